package dev.jymnasium.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.env.render.RgbFrame;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON in and out for the CLI.
 *
 * <p>Numbers are written so that they read back exactly: a {@code float} (float32) is written as
 * the decimal of its exact double value ({@code 0.02739560417830944f} prints as {@code
 * 0.02739560417830944}, as numpy's {@code tolist()} does), which parses back to the same value both
 * as a float64 and as a float32; doubles print with {@link Double#toString}. NaN and infinities are
 * written as the bare tokens {@code NaN}, {@code Infinity}, {@code -Infinity} that Python's {@code
 * json} reads and writes.
 */
public final class Json {
  /** Parses JSON: trailing tokens are an error; integers stay integers, decimals are doubles. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

  private Json() {}

  /**
   * Parses the {@code --kwargs} option: a JSON object, or null/blank for none.
   *
   * @throws CliException (exit 2) with a readable message when it is not a JSON object
   */
  public static Map<String, Object> parseKwargs(String json) {
    return parseObject("--kwargs", "{\"render_mode\": \"rgb_array\"}", json);
  }

  /**
   * Parses an option whose value is a JSON object, or null/blank for none.
   *
   * @param option the option's name, for messages
   * @param example an accepted value, for messages
   * @throws CliException (exit 2) with a readable message when it is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String option, String example, String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    Object value;
    try {
      value = MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw CliException.usage(
          option
              + " is not valid JSON ("
              + e.getOriginalMessage()
              + "); expected an object such as '"
              + example
              + "', got: "
              + json);
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw CliException.usage(
          option + " must be a JSON object such as '" + example + "', got: " + json);
    }
    return new LinkedHashMap<>((Map<String, Object>) map);
  }

  /** Parses one JSON value (numbers as Integer/Long/BigInteger/Double, arrays as lists). */
  public static Object parseValue(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, Object.class);
  }

  /** A generator writing compact JSON to {@code out} with this class's number rules. */
  public static JsonGenerator generator(java.io.Writer out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as one line of compact JSON (no newline). */
  public static String toJson(Object value) {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = generator(sw)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  /**
   * Writes a JSON-friendly value: null, booleans, numbers, strings, primitive arrays ({@code
   * byte[]} as unsigned 0..255, as uint8 data is stored), {@code Object[]}, collections and maps
   * (keys as strings), recursively. Other objects are written as their string form.
   */
  public static void write(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Float f) {
      g.writeNumber(f.doubleValue());
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigInteger bi) {
      g.writeNumber(bi);
    } else if (v instanceof BigDecimal bd) {
      g.writeNumber(bd);
    } else if (v instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (v instanceof CharSequence || v instanceof Character || v instanceof Enum<?>) {
      g.writeString(v.toString());
    } else if (v instanceof float[] a) {
      g.writeStartArray();
      for (float x : a) {
        g.writeNumber((double) x);
      }
      g.writeEndArray();
    } else if (v instanceof double[] a) {
      g.writeStartArray();
      for (double x : a) {
        g.writeNumber(x);
      }
      g.writeEndArray();
    } else if (v instanceof int[] a) {
      g.writeStartArray();
      for (int x : a) {
        g.writeNumber(x);
      }
      g.writeEndArray();
    } else if (v instanceof long[] a) {
      g.writeStartArray();
      for (long x : a) {
        g.writeNumber(x);
      }
      g.writeEndArray();
    } else if (v instanceof short[] a) {
      g.writeStartArray();
      for (short x : a) {
        g.writeNumber(x);
      }
      g.writeEndArray();
    } else if (v instanceof byte[] a) {
      g.writeStartArray();
      for (byte x : a) {
        g.writeNumber(x & 0xFF);
      }
      g.writeEndArray();
    } else if (v instanceof boolean[] a) {
      g.writeStartArray();
      for (boolean x : a) {
        g.writeBoolean(x);
      }
      g.writeEndArray();
    } else if (v instanceof Object[] a) {
      g.writeStartArray();
      for (Object x : a) {
        write(g, x);
      }
      g.writeEndArray();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object x : c) {
        write(g, x);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof RgbFrame f) {
      g.writeStartObject();
      g.writeNumberField("width", f.width());
      g.writeNumberField("height", f.height());
      g.writeEndObject();
    } else {
      g.writeString(v.toString());
    }
  }
}
