package dev.jymnasium.env.checker;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneView;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small envs for the checker tests: one well-behaved, and variants that break one rule each. */
final class CheckerTestEnvs {
  private CheckerTestEnvs() {}

  /**
   * A 1-D random walk on [-1, 1]: actions 0/1/2 move left/stay/right by 0.1 plus a little noise
   * drawn from the env's generator; terminates at the edges. Reuses its observation array and Step
   * object as real envs do. Render modes {@code ansi}, {@code rgb_array}, {@code human}.
   */
  static class Walk extends Env<float[], Integer> {
    static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array", "ansi"), 10);

    final String renderMode;
    final Box<float[]> observationSpace = Box.float32(-1, 1, 1);
    final Discrete actionSpace = new Discrete(3);
    final float[] obs = new float[1];
    final Step<float[]> step = new Step<>();
    final Map<String, Object> info = new HashMap<>();
    final SceneView view;
    double x;
    int t;

    Walk() {
      this(null);
    }

    Walk(String renderMode) {
      this.renderMode = METADATA.requireMode(renderMode);
      this.view = new SceneView(renderMode, "Walk", METADATA.renderFps());
    }

    @Override
    public Space<float[]> observationSpace() {
      return observationSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
      return actionSpace;
    }

    @Override
    public EnvMetadata metadata() {
      return METADATA;
    }

    @Override
    public String renderMode() {
      return renderMode;
    }

    @Override
    protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
      x = npRandom().uniform(-0.5, 0.5);
      t = 0;
      return new Reset<>(observe(), Map.of());
    }

    @Override
    protected Step<float[]> doStep(Integer action) {
      x += 0.1 * (action - 1) + 0.01 * npRandom().uniform(-1, 1);
      t++;
      boolean terminated = Math.abs(x) >= 1;
      x = Math.max(-1, Math.min(1, x));
      info.put("t", t);
      info.put("position", new double[] {x});
      return step.set(observe(), terminated ? 0.0 : 1.0, terminated, false, info);
    }

    float[] observe() {
      obs[0] = (float) x;
      return obs;
    }

    @Override
    public Object render() {
      if ("ansi".equals(renderMode)) {
        return "x=" + x + "\n";
      }
      return view.show(new Scene2D(100, 20, 0xFFFFFF).circle(50 + 50 * x, 10, 3, 0));
    }

    @Override
    public void close() {
      view.close();
    }
  }

  /** Observations far outside the observation space. */
  static final class ObsOutsideSpace extends Walk {
    @Override
    float[] observe() {
      obs[0] = (float) (x + 5);
      return obs;
    }
  }

  /** Reset ignores the env's generator: the start state comes from the clock. */
  static final class NondeterministicReset extends Walk {
    private final java.util.Random random = new java.util.Random(System.nanoTime());

    @Override
    protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
      x = random.nextDouble() - 0.5;
      t = 0;
      return new Reset<>(observe(), Map.of());
    }
  }

  /** Never re-seeds its generator on reset(seed) (a forgotten super.reset(seed=seed)). */
  static final class IgnoresSeed extends Walk {
    @Override
    protected void beforeReset(Long seed) {}
  }

  /** Step noise comes from outside the env's generator. */
  static final class NondeterministicStep extends Walk {
    private final java.util.Random random = new java.util.Random(System.nanoTime());

    @Override
    protected Step<float[]> doStep(Integer action) {
      Step<float[]> s = super.doStep(action);
      x = Math.max(-0.99, Math.min(0.99, x + 0.001 * random.nextGaussian()));
      s.setObservation(observe());
      return s;
    }
  }

  /** Truncates every episode after one step. */
  static final class TruncatesAtOnce extends Walk {
    @Override
    protected Step<float[]> doStep(Integer action) {
      Step<float[]> s = super.doStep(action);
      s.setTruncated(true);
      return s;
    }
  }

  /** Reset throws. */
  static final class ResetThrows extends Walk {
    @Override
    protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
      throw new UnsupportedOperationException("reset is broken");
    }
  }

  /** ansi render returns a number instead of a string. */
  static final class BadAnsiRender extends Walk {
    BadAnsiRender() {
      super("ansi");
    }

    @Override
    public Object render() {
      return 42;
    }
  }

  /** A continuous-action env with unbounded, non-normalised bounds. */
  static final class WideActions extends Env<float[], float[]> {
    private final Box<float[]> obsSpace =
        Box.float32(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 2);
    private final Box<float[]> actSpace = Box.float32(new float[] {-2, 0}, new float[] {2, 5});
    private final float[] obs = new float[2];
    private final Step<float[]> step = new Step<>();

    @Override
    public Space<float[]> observationSpace() {
      return obsSpace;
    }

    @Override
    public Space<float[]> actionSpace() {
      return actSpace;
    }

    @Override
    protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
      obs[0] = (float) npRandom().random();
      obs[1] = 0;
      return new Reset<>(obs, Map.of());
    }

    @Override
    protected Step<float[]> doStep(float[] action) {
      obs[0] += action[0];
      obs[1] += action[1];
      return step.set(obs, -Math.abs(obs[0]), false, false, Map.of());
    }
  }
}
