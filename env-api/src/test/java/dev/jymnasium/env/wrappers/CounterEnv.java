package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deterministic test env: observation {@code [count, lastAction]} (float32 Box [0, 100]^2, one
 * reused array), actions {@code Discrete(3)}, reward = the action, terminated once {@code count >=
 * terminateAt}. Reset option {@code "start"} (an Integer) sets the initial count. Render mode
 * {@code "ansi"} draws {@code "count=N"}. Records every applied action.
 */
public final class CounterEnv extends Env<float[], Integer> {
  private static final Box<float[]> OBS = Box.float32(0, 100, 2);
  private static final Discrete ACT = new Discrete(3);

  final int terminateAt;
  private final String renderMode;
  private final float[] obs = new float[2];
  private final Step<float[]> step = new Step<>();
  final List<Integer> applied = new ArrayList<>();
  int resets;
  int count;

  public CounterEnv(int terminateAt) {
    this(terminateAt, null);
  }

  public CounterEnv(int terminateAt, String renderMode) {
    this.terminateAt = terminateAt;
    this.renderMode = renderMode;
  }

  @Override
  public Space<float[]> observationSpace() {
    return OBS;
  }

  @Override
  public Space<Integer> actionSpace() {
    return ACT;
  }

  @Override
  public EnvMetadata metadata() {
    return new EnvMetadata(List.of("ansi"), 10);
  }

  @Override
  public String renderMode() {
    return renderMode;
  }

  @Override
  protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
    resets++;
    count = options.get("start") instanceof Integer s ? s : 0;
    obs[0] = count;
    obs[1] = 0;
    return new Reset<>(obs, Map.of("reset", resets));
  }

  @Override
  protected Step<float[]> doStep(Integer action) {
    applied.add(action);
    count++;
    obs[0] = count;
    obs[1] = action;
    return step.set(obs, action, count >= terminateAt, false, Map.of("count", count));
  }

  @Override
  public Object render() {
    return "ansi".equals(renderMode) ? "count=" + count : null;
  }
}
