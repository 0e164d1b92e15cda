package dev.jymnasium.env.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {
  record Shared(
      @Kwarg(
              defaultValue = "ode4j",
              oneOf = {"ode4j", "jbullet"},
              doc = "engine")
          String engine,
      @Kwarg(doc = "render mode") String renderMode) {}

  record Config(
      @Kwarg(defaultValue = "1e-3", min = 0, doc = "cost weight") double ctrlCostWeight,
      @Kwarg(defaultValue = "4", min = 1, max = 10, doc = "sub-steps") int frameSkip,
      @Kwarg(defaultValue = "true", doc = "flag") boolean terminate,
      @Kwarg(defaultValue = "0.7, inf", doc = "range") double[] healthyZRange,
      @Kwarg(defaultValue = "[]", doc = "names") List<String> names,
      @Kwarg(doc = "optional count") Integer limit,
      Shared shared) {}

  record Undeclared(double x) {}

  @Test
  void defaultsComeFromTheDeclarations() {
    Config c = ConfigBinder.defaults(Config.class);
    assertEquals(1e-3, c.ctrlCostWeight());
    assertEquals(4, c.frameSkip());
    assertArrayEquals(new double[] {0.7, Double.POSITIVE_INFINITY}, c.healthyZRange());
    assertEquals(List.of(), c.names());
    assertNull(c.limit());
    assertEquals(new Shared("ode4j", null), c.shared());
  }

  @Test
  void givenKwargsReplaceDefaultsAtEveryLevel() {
    Config c =
        ConfigBinder.bind(
            Config.class,
            "Test-v0",
            Map.of(
                "frame_skip",
                2.0,
                "healthy_z_range",
                List.of(1, 2.5),
                "engine",
                "jbullet",
                "render_mode",
                "rgb_array"));
    assertEquals(2, c.frameSkip());
    assertArrayEquals(new double[] {1, 2.5}, c.healthyZRange());
    assertEquals(new Shared("jbullet", "rgb_array"), c.shared());
  }

  @Test
  void unknownKeysListTheAcceptedOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigBinder.bind(Config.class, "Test-v0", Map.of("frameskip", 2)));
    assertEquals(
        "unknown kwarg [frameskip] for Test-v0; accepted kwargs: ctrl_cost_weight,"
            + " frame_skip, terminate, healthy_z_range, names, limit, engine, render_mode",
        e.getMessage());
  }

  @Test
  void wrongTypesNameKeyExpectedTypeAndValue() {
    assertMessage(
        "kwarg 'ctrl_cost_weight' of Test-v0 expects float, got \"x\" (str)",
        Map.of("ctrl_cost_weight", "x"));
    assertMessage(
        "kwarg 'frame_skip' of Test-v0 expects int, got 2.5 (float)", Map.of("frame_skip", 2.5));
    assertMessage("kwarg 'terminate' of Test-v0 expects bool, got 1 (int)", Map.of("terminate", 1));
    assertMessage(
        "kwarg 'names' of Test-v0 expects list[str], got [1] (list)", Map.of("names", List.of(1)));
  }

  @Test
  void valuesOutOfRangeNameTheRange() {
    assertMessage(
        "kwarg 'frame_skip' of Test-v0 must be in [1, 10], got 0", Map.of("frame_skip", 0));
    assertMessage(
        "kwarg 'ctrl_cost_weight' of Test-v0 must be in [0, inf], got -0.5",
        Map.of("ctrl_cost_weight", -0.5));
    assertMessage(
        "kwarg 'engine' of Test-v0 must be one of ode4j, jbullet, got \"bullet\"",
        Map.of("engine", "bullet"));
  }

  private static void assertMessage(String expected, Map<String, ?> kwargs) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigBinder.bind(Config.class, "Test-v0", kwargs));
    assertEquals(expected, e.getMessage());
  }

  @Test
  void recordsTurnBackIntoTheSameKwargs() {
    Config c =
        ConfigBinder.bind(Config.class, "Test-v0", Map.of("limit", 3, "names", List.of("a")));
    Map<String, Object> kwargs = ConfigBinder.toKwargs(c);
    assertEquals(List.of(0.7, Double.POSITIVE_INFINITY), kwargs.get("healthy_z_range"));
    assertEquals("ode4j", kwargs.get("engine"));
    Config again = ConfigBinder.bind(Config.class, "Test-v0", kwargs);
    assertEquals(ConfigBinder.toKwargs(again), kwargs);
  }

  @Test
  void checkedRejectsARecordMadeInJavaOutOfRange() {
    Config bad =
        new Config(-1, 4, true, new double[] {0, 1}, List.of(), null, new Shared("x", null));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConfigBinder.checked(bad, "Test-v0"));
    assertEquals("kwarg 'ctrl_cost_weight' of Test-v0 must be in [0, inf], got -1", e.getMessage());
  }

  @Test
  void describeShowsTypesDefaultsRangesAndSpecOverrides() {
    List<KwargInfo> infos = ConfigBinder.describe(Config.class, Map.of("frame_skip", 5));
    assertEquals(
        new KwargInfo("ctrl_cost_weight", "float", "0.001", "[0, inf]", "cost weight"),
        infos.get(0));
    assertEquals(new KwargInfo("frame_skip", "int", "5", "[1, 10]", "sub-steps"), infos.get(1));
    assertEquals(
        new KwargInfo("healthy_z_range", "list[float]", "[0.7, inf]", "", "range"), infos.get(3));
    assertEquals(new KwargInfo("limit", "int | None", "None", "", "optional count"), infos.get(5));
    assertEquals(
        new KwargInfo("engine", "str", "\"ode4j\"", "ode4j | jbullet", "engine"), infos.get(6));
  }

  @Test
  void aComponentWithoutDeclarationIsAProgrammingError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ConfigBinder.defaults(Undeclared.class));
    assertEquals(Undeclared.class.getName() + ".x needs a @Kwarg declaration", e.getMessage());
  }

  @Test
  void specsBoundToAConfigExposeTheirKwargs() {
    EnvSpec spec =
        EnvSpec.builder("Test-v0")
            .config(
                Config.class,
                c -> {
                  throw new AssertionError("not made");
                })
            .kwarg("frame_skip", 2)
            .build();
    assertEquals("2", spec.kwargInfos().get(1).defaultValue());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EnvSpec.builder("Test-v1")
                .config(Config.class, c -> null)
                .kwarg("frame_skip", 0)
                .build());
  }
}
