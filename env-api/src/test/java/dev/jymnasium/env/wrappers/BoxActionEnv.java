package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * Test env with float32 Box actions {@code [-2, 2] x [0, 10]}; the observation is the last action
 * received (a copy), reward 0, never ends.
 */
public final class BoxActionEnv extends Env<float[], float[]> {
  static final Box<float[]> ACT = Box.float32(new float[] {-2, 0}, new float[] {2, 10});
  private static final Box<float[]> OBS = Box.float32(-100, 100, 2);
  private final float[] obs = new float[2];
  private final Step<float[]> step = new Step<>();

  @Override
  public Space<float[]> observationSpace() {
    return OBS;
  }

  @Override
  public Space<float[]> actionSpace() {
    return ACT;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    obs[0] = 0;
    obs[1] = 0;
    return new Reset<>(obs, Map.of());
  }

  @Override
  protected Step<float[]> doStep(float[] action) {
    obs[0] = action[0];
    obs[1] = action[1];
    return step.set(obs, 0.0, false, false, Map.of());
  }
}
