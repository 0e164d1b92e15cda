package dev.jymnasium.baselines;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/** A 1-D point that should move to 0.5: action in [-1, 1] moves it by a tenth; reward -distance. */
final class ReachEnv extends Env<float[], float[]> {
  private final Box<float[]> obs = Box.float32(-2, 2, 1);
  private final Box<float[]> act = Box.float32(-1, 1, 1);
  private final Step<float[]> step = new Step<>();
  private final float[] o = new float[1];

  @Override
  public Space<float[]> observationSpace() {
    return obs;
  }

  @Override
  public Space<float[]> actionSpace() {
    return act;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    o[0] = (float) npRandom().uniform(-1, 1);
    return new Reset<>(o, Map.of());
  }

  @Override
  protected Step<float[]> doStep(float[] action) {
    o[0] = Math.max(-2f, Math.min(2f, o[0] + 0.1f * action[0]));
    return step.set(o, -Math.abs(o[0] - 0.5), false, false, Map.of());
  }
}
