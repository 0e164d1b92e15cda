package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test env with Dict observations {@code {"pos": float32 Box [-1, 1]^2, "flag": Discrete(3), "vel":
 * float32 Box [-5, 5]}} (in that order): after {@code t} steps pos = {@code [t/4, -t/8]}, flag =
 * {@code t % 3}, vel = {@code [t]}. Actions {@code Discrete(2)} ignored; never ends.
 */
public final class DictEnv extends Env<Map<String, Object>, Integer> {
  static final Dict SPACE =
      Dict.ordered(
          "pos", Box.float32(-1, 1, 2), "flag", new Discrete(3), "vel", Box.float32(-5, 5, 1));
  private final Step<Map<String, Object>> step = new Step<>();
  private int t;

  @Override
  public Space<Map<String, Object>> observationSpace() {
    return SPACE;
  }

  @Override
  public Space<Integer> actionSpace() {
    return new Discrete(2);
  }

  private Map<String, Object> obs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pos", new float[] {t / 4f, -t / 8f});
    m.put("flag", t % 3);
    m.put("vel", new float[] {t});
    return m;
  }

  @Override
  protected Reset<Map<String, Object>> doReset(Long seed, Map<String, Object> options) {
    t = 0;
    return new Reset<>(obs(), Map.of());
  }

  @Override
  protected Step<Map<String, Object>> doStep(Integer action) {
    t++;
    return step.set(obs(), 0, false, false, Map.of());
  }
}
