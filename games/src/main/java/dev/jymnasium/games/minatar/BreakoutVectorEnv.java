package dev.jymnasium.games.minatar;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.rng.RandomState;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.MultiDiscrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorReset;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code n} MinAtar Breakout games in flat arrays and one observation buffer ({@code n x 400}
 * bytes, sub-env {@code i} at {@code i * 400}): the vector entry point of {@code
 * MinAtar/Breakout-v0} and {@code -v1}, with the rules of {@link BreakoutEnv} ({@link
 * BreakoutBoards}). Unlike a sync vector env, all sub-envs share one numpy {@code RandomState}:
 * {@code reset(seed)} seeds it once; each step visits the sub-envs in order, each drawing its
 * sticky-action {@code random_sample()} (and, when it starts over, its start side), so a sub-env's
 * episode differs from a single env seeded alike. Autoreset is {@link AutoresetMode#NEXT_STEP}: the
 * step after a sub-env's last one resets it (reward 0, no flags, the action ignored). No time
 * limit, as the single env.
 */
public final class BreakoutVectorEnv implements VectorEnv<byte[], int[]> {
  private static final int[] FULL = {
    MinAtarEnv.NOOP,
    MinAtarEnv.LEFT,
    MinAtarEnv.UP,
    MinAtarEnv.RIGHT,
    MinAtarEnv.DOWN,
    MinAtarEnv.FIRE
  };
  private static final int[] MINIMAL = {MinAtarEnv.NOOP, MinAtarEnv.LEFT, MinAtarEnv.RIGHT};
  private static final int OBS = BreakoutBoards.OBS_SIZE;

  private final int n;
  private final Integer maxEpisodeSteps;
  private final int[] steps;
  private final double stickyActionProb;
  private final int[] actionSet;
  private final Discrete singleAction;
  private final Space<byte[]> singleObservation;
  private final MultiDiscrete actionSpace;
  private final Box<byte[]> observationSpace;
  private final BreakoutBoards boards;
  private final int[] lastAction;
  private final boolean[] previouslyDone;
  private final VectorStep<byte[]> result;
  private RandomState random;

  /**
   * @param numEnvs number of games, {@code >= 1}
   * @param maxEpisodeSteps truncation limit per sub-env, or {@code null} for none (MinAtar
   *     registers none)
   * @param config Breakout's kwargs; {@code render_mode} must be unset (no batched rendering)
   */
  public BreakoutVectorEnv(int numEnvs, Integer maxEpisodeSteps, MinAtarEnv.Config config) {
    if (numEnvs < 1) {
      throw new IllegalArgumentException("num_envs must be >= 1, got " + numEnvs);
    }
    if (maxEpisodeSteps != null && maxEpisodeSteps < 1) {
      throw new IllegalArgumentException("max_episode_steps must be >= 1, got " + maxEpisodeSteps);
    }
    if (config.renderMode() != null) {
      throw new IllegalArgumentException(
          "render_mode \""
              + config.renderMode()
              + "\" is not supported by Breakout's native vector env; accepted: None (use"
              + " vectorization_mode sync or threaded to render sub-envs)");
    }
    BreakoutEnv single = new BreakoutEnv(config);
    this.n = numEnvs;
    this.maxEpisodeSteps = maxEpisodeSteps;
    this.stickyActionProb = config.stickyActionProb();
    this.actionSet = config.useMinimalActionSet() ? MINIMAL : FULL;
    this.singleAction = single.actionSpace();
    this.singleObservation = single.observationSpace();
    this.actionSpace = singleAction.batch(n);
    @SuppressWarnings("unchecked")
    Box<byte[]> batched = (Box<byte[]>) singleObservation.batch(n);
    this.observationSpace = batched;
    this.boards = new BreakoutBoards(n);
    this.lastAction = new int[n];
    this.steps = new int[n];
    this.previouslyDone = new boolean[n];
    this.result = new VectorStep<>(new byte[n * OBS], n);
    single.close();
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
  public Space<byte[]> observationSpace() {
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
    return new EnvMetadata(List.of(), 10);
  }

  @Override
  public VectorReset<byte[]> reset(Long seed, Map<String, Object> options) {
    if (seed != null) {
      random = new RandomState(seed);
    } else if (random == null) {
      random = new RandomState(NpRandom.fromEntropy().integers(0, 1L << 32));
    }
    Arrays.fill(lastAction, MinAtarEnv.NOOP);
    Arrays.fill(steps, 0);
    Arrays.fill(previouslyDone, false);
    byte[] obs = result.observations();
    for (int i = 0; i < n; i++) {
      boards.reset(i, random);
      boards.observe(i, obs, i * OBS);
    }
    return new VectorReset<>(obs, Map.of());
  }

  @Override
  public VectorStep<byte[]> step(int[] actions) {
    if (random == null) {
      throw new IllegalStateException("Cannot call step() before reset()");
    }
    actionSpace.requireContains(actions, "actions");
    double[] rewards = result.rewards();
    boolean[] terms = result.terminations();
    boolean[] truncs = result.truncations();
    byte[] obs = result.observations();
    for (int i = 0; i < n; i++) {
      if (previouslyDone[i]) {
        boards.reset(i, random);
        steps[i] = 0;
        rewards[i] = 0;
        terms[i] = false;
        truncs[i] = false;
      } else {
        int a = actionSet[actions[i]];
        if (random.rand() < stickyActionProb) {
          a = lastAction[i];
        }
        lastAction[i] = a;
        rewards[i] = boards.act(i, a);
        terms[i] = boards.terminal[i];
        steps[i]++;
        truncs[i] = maxEpisodeSteps != null && steps[i] >= maxEpisodeSteps;
      }
      previouslyDone[i] = terms[i] || truncs[i];
      boards.observe(i, obs, i * OBS);
    }
    return result;
  }

  @Override
  public void close() {}
}
