package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * Test env replaying a script: reset returns {@code script[0]}, step {@code t} returns {@code
 * script[t]} with reward {@code t}; terminated at the last row. Observations are a float32 Box
 * {@code [-10, 10]^d} in one reused array; actions {@code Discrete(2)} are ignored.
 */
public final class ScriptedEnv extends Env<float[], Integer> {
  private final float[][] script;
  private final Box<float[]> space;
  private final float[] obs;
  private final Step<float[]> step = new Step<>();
  private int t;

  public ScriptedEnv(float[]... script) {
    this.script = script;
    this.space = Box.float32(-10, 10, script[0].length);
    this.obs = new float[script[0].length];
  }

  @Override
  public Space<float[]> observationSpace() {
    return space;
  }

  @Override
  public Space<Integer> actionSpace() {
    return new Discrete(2);
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    t = 0;
    System.arraycopy(script[0], 0, obs, 0, obs.length);
    return new Reset<>(obs, Map.of());
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    t++;
    System.arraycopy(script[t], 0, obs, 0, obs.length);
    return step.set(obs, t, t == script.length - 1, false, Map.of());
  }
}
