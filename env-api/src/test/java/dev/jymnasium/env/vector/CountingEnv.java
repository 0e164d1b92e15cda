package dev.jymnasium.env.vector;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * A tiny test env: the observation is {@code [start + steps]} where start is drawn at reset, the
 * reward is the action, the episode terminates after {@code length} steps, action 2 throws an
 * exception and action 3 an {@link AssertionError} (to test failure reporting).
 */
public final class CountingEnv extends Env<float[], Integer> {
  private final int length;
  private final Box<float[]> obsSpace = Box.float32(0, 1000, 1);
  private final Discrete actSpace = new Discrete(4);
  private final float[] obs = new float[1];
  private final Step<float[]> step = new Step<>();
  private int steps;
  private int start;

  public CountingEnv(int length) {
    this.length = length;
  }

  @Override
  public Space<float[]> observationSpace() {
    return obsSpace;
  }

  @Override
  public Space<Integer> actionSpace() {
    return actSpace;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    start = (int) npRandom().integers(0, 100);
    steps = 0;
    obs[0] = start;
    return new Reset<>(obs, Map.of("start", start));
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    if (action == 2) {
      throw new IllegalStateException("action 2 breaks this env");
    }
    if (action == 3) {
      throw new AssertionError("action 3 breaks this env");
    }
    steps++;
    obs[0] = start + steps;
    return step.set(obs, action, steps >= length, false, Map.of("steps", steps));
  }
}
