package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Number formatting and value conversion of the JSON output. */
class JsonTest {
  @Test
  void float32ValuesRoundTripExactlyAsFloat32AndAsFloat64() throws Exception {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < 20_000; i++) {
      float f = Float.intBitsToFloat(rnd.nextInt());
      if (Float.isNaN(f) || Float.isInfinite(f)) {
        continue;
      }
      String text = Json.toJson(f);
      assertEquals(f, Float.parseFloat(text), text);
      assertEquals((double) f, Double.parseDouble(text), text);
      // Jackson itself reads it back to the same value.
      assertEquals((double) f, ((Number) Json.parseValue(text)).doubleValue(), text);
    }
    for (float f : new float[] {0f, -0f, 1f, 0.1f, Float.MIN_VALUE, Float.MAX_VALUE, 1e-7f}) {
      String text = Json.toJson(f);
      assertEquals(f, Float.parseFloat(text), text);
      assertEquals((double) f, Double.parseDouble(text), text);
    }
    // Float.toString (what Jackson writes for a Float) round-trips only when read as float32.
    float f = 0.02739560417830944f;
    assertEquals("0.027395604", Float.toString(f));
    assertEquals("0.02739560417830944", Json.toJson(f));
  }

  @Test
  void doublesRoundTripExactly() throws Exception {
    SplittableRandom rnd = new SplittableRandom(2);
    for (int i = 0; i < 20_000; i++) {
      double d = Double.longBitsToDouble(rnd.nextLong());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        continue;
      }
      assertEquals(d, Double.parseDouble(Json.toJson(d)));
    }
  }

  @Test
  void nonFiniteNumbersAreBareTokensAsPythonWritesThem() throws Exception {
    assertEquals(
        "[NaN,Infinity,-Infinity]",
        Json.toJson(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}));
    assertEquals("NaN", Json.toJson(Float.NaN));
  }

  @Test
  void infoValuesOfEveryKind() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("i", 3);
    info.put("l", 5L);
    info.put("d", 0.5);
    info.put("b", true);
    info.put("s", "x\"y");
    info.put("bytes", new byte[] {0, 1, (byte) 255});
    info.put("ints", new int[] {1, -2});
    info.put("floats", new float[] {0.5f});
    info.put("doubles", new double[] {0.25});
    info.put("bools", new boolean[] {true, false});
    info.put("nested", Map.of("k", List.of(1, 2)));
    info.put("tuple", new Object[] {1, new long[] {7}});
    info.put("null", null);
    assertEquals(
        "{\"i\":3,\"l\":5,\"d\":0.5,\"b\":true,\"s\":\"x\\\"y\",\"bytes\":[0,1,255],"
            + "\"ints\":[1,-2],\"floats\":[0.5],\"doubles\":[0.25],\"bools\":[true,false],"
            + "\"nested\":{\"k\":[1,2]},\"tuple\":[1,[7]],\"null\":null}",
        Json.toJson(info));
  }

  @Test
  void kwargsMustBeAJsonObject() {
    assertEquals(Map.of(), Json.parseKwargs(null));
    assertEquals(Map.of(), Json.parseKwargs("  "));
    assertEquals(
        Map.of("a", 1, "b", List.of(0.5, "x")),
        Json.parseKwargs("{\"a\": 1, \"b\": [0.5, \"x\"]}"));
    CliException notJson = assertThrows(CliException.class, () -> Json.parseKwargs("{a: 1}"));
    assertEquals(2, notJson.exitCode());
    CliException notObject = assertThrows(CliException.class, () -> Json.parseKwargs("3"));
    assertEquals(2, notObject.exitCode());
  }
}
