package dev.jymnasium.control.classic;

import static dev.jymnasium.control.classic.CartPoleEnv.FORCE_N;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.MultiDiscrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorReset;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Map;

/**
 * {@code n} cart-poles in one set of arrays: Gymnasium's {@code CartPoleVectorEnv}, the vector
 * entry point of CartPole. Unlike a {@code SyncVectorEnv}, all sub-envs share one generator: {@code
 * reset(seed)} seeds it once and draws the {@code (4, n)} state row-major (every x first, then
 * every velocity, ...), so observations differ from a sync vector env's. Autoreset is {@link
 * AutoresetMode#NEXT_STEP} with the time limit counted here.
 */
public final class CartPoleVectorEnv implements VectorEnv<float[], int[]> {
  private static final double DEFAULT_LOW = -0.05;
  private static final double DEFAULT_HIGH = 0.05;

  private final int n;
  private final Integer maxEpisodeSteps;
  private final boolean suttonBartoReward;
  private final Discrete singleAction = new Discrete(2);
  private final Space<float[]> singleObservation = new CartPoleEnv().observationSpace();
  private final MultiDiscrete actionSpace;
  private final Box<float[]> observationSpace;

  /** State row-major {@code (4, n)}: x, xDot, theta, thetaDot rows. */
  private final double[] state;

  private final int[] steps;
  private final boolean[] previouslyDone;
  private final double[] draws;
  private final VectorStep<float[]> result;
  private NpRandom npRandom;

  /** Reset bounds chosen at the last reset, also used by autoresets. */
  private double low = DEFAULT_LOW;

  private double high = DEFAULT_HIGH;

  /**
   * @param numEnvs number of cart-poles, {@code >= 1}
   * @param maxEpisodeSteps truncation limit per sub-env, or {@code null} for none
   * @param config CartPole's kwargs; {@code render_mode} must be unset (no batched rendering)
   */
  public CartPoleVectorEnv(int numEnvs, Integer maxEpisodeSteps, CartPoleEnv.Config config) {
    if (numEnvs < 1) {
      throw new IllegalArgumentException("num_envs must be >= 1, got " + numEnvs);
    }
    if (config.renderMode() != null) {
      throw new IllegalArgumentException(
          "render_mode \""
              + config.renderMode()
              + "\" is not supported by CartPole's native vector env; accepted: None (use"
              + " vectorization_mode sync or threaded to render sub-envs)");
    }
    this.n = numEnvs;
    this.maxEpisodeSteps = maxEpisodeSteps;
    this.suttonBartoReward = config.suttonBartoReward();
    this.actionSpace = singleAction.batch(n);
    @SuppressWarnings("unchecked")
    Box<float[]> batched = (Box<float[]>) singleObservation.batch(n);
    this.observationSpace = batched;
    this.state = new double[4 * n];
    this.steps = new int[n];
    this.previouslyDone = new boolean[n];
    this.draws = new double[4 * n];
    this.result = new VectorStep<>(new float[4 * n], n);
  }

  @Override
  public int numEnvs() {
    return n;
  }

  @Override
  public Space<?> singleObservationSpace() {
    return singleObservation;
  }

  @Override
  public Space<?> singleActionSpace() {
    return singleAction;
  }

  @Override
  public Space<float[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<int[]> actionSpace() {
    return actionSpace;
  }

  @Override
  public AutoresetMode autoresetMode() {
    return AutoresetMode.NEXT_STEP;
  }

  @Override
  public EnvMetadata metadata() {
    return new EnvMetadata(java.util.List.of(), 0);
  }

  @Override
  public VectorReset<float[]> reset(Long seed, Map<String, Object> options) {
    if (seed != null) {
      npRandom = NpRandom.of(seed);
    } else if (npRandom == null) {
      npRandom = NpRandom.fromEntropy();
    }
    Map<String, Object> opts = options == null ? Map.of() : options;
    double[] bounds = ResetBounds.lowHigh(opts, DEFAULT_LOW, DEFAULT_HIGH);
    low = bounds[0];
    high = bounds[1];
    npRandom.uniform(low, high, state);
    java.util.Arrays.fill(steps, 0);
    java.util.Arrays.fill(previouslyDone, false);
    return new VectorReset<>(observe(), Map.of());
  }

  @Override
  public VectorStep<float[]> step(int[] actions) {
    if (npRandom == null) {
      throw new IllegalStateException("Cannot call step() before reset()");
    }
    actionSpace.requireContains(actions, "actions");
    double[] rewards = result.rewards();
    boolean[] terms = result.terminations();
    boolean[] truncs = result.truncations();
    for (int i = 0; i < n; i++) {
      CartPoleEnv.integrate(state, i, n, actions[i] == 1 ? FORCE_N : -FORCE_N);
      steps[i]++;
      terms[i] = CartPoleEnv.failed(state[i], state[2 * n + i]);
      truncs[i] = maxEpisodeSteps != null && steps[i] >= maxEpisodeSteps;
      rewards[i] = suttonBartoReward ? (terms[i] ? -1.0 : 0.0) : 1.0;
    }
    resetPreviouslyDone(rewards, terms, truncs);
    for (int i = 0; i < n; i++) {
      previouslyDone[i] = terms[i] || truncs[i];
    }
    observe();
    return result;
  }

  /** Sub-envs done on the previous call start over: {@code uniform(size=(4, k))} row-major. */
  private void resetPreviouslyDone(double[] rewards, boolean[] terms, boolean[] truncs) {
    int k = 0;
    for (boolean d : previouslyDone) {
      k += d ? 1 : 0;
    }
    if (k == 0) {
      return;
    }
    double range = high - low;
    for (int j = 0; j < 4 * k; j++) {
      draws[j] = low + range * npRandom.random();
    }
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (!previouslyDone[i]) {
        continue;
      }
      for (int r = 0; r < 4; r++) {
        state[r * n + i] = draws[r * k + c];
      }
      steps[i] = 0;
      rewards[i] = 0.0;
      terms[i] = false;
      truncs[i] = false;
      c++;
    }
  }

  private float[] observe() {
    float[] obs = result.observations();
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < 4; r++) {
        obs[4 * i + r] = (float) state[r * n + i];
      }
    }
    return obs;
  }

  @Override
  public void close() {}
}
