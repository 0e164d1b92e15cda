package dev.jymnasium.baselines;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/** A deterministic chain of 5 states: action 1 moves right, 0 left; reaching the end pays 1. */
final class ChainEnv extends Env<Integer, Integer> {
  static final int LENGTH = 5;
  private final Discrete obs = new Discrete(LENGTH);
  private final Discrete act = new Discrete(2);
  private final Step<Integer> step = new Step<>();
  private int state;

  @Override
  public Space<Integer> observationSpace() {
    return obs;
  }

  @Override
  public Space<Integer> actionSpace() {
    return act;
  }

  @Override
  protected Reset<Integer> doReset(Long seed, Map<String, Object> options) {
    state = 0;
    return new Reset<>(state, Map.of());
  }

  @Override
  protected Step<Integer> doStep(Integer action) {
    state = Math.max(0, state + (action == 1 ? 1 : -1));
    boolean end = state == LENGTH - 1;
    return step.set(state, end ? 1.0 : 0.0, end, false, Map.of());
  }
}
