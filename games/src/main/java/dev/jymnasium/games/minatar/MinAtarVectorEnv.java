package dev.jymnasium.games.minatar;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.MultiDiscrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.NextStepEpisodes;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorReset;
import dev.jymnasium.env.vector.VectorStep;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code n} games of one MinAtar id stepped in a loop, every game drawing straight into one batch
 * buffer ({@code n x 100·C} bytes, sub-env {@code i} from {@code i·100·C}, each slice {@code
 * [y][x][c]}): the vector entry point of the {@code MinAtar/*} ids.
 *
 * <p>It plays exactly like {@code Gym.makeVec(id, n, SYNC)}: sub-env {@code i} is reset with {@code
 * seed + i} and has its own numpy {@code RandomState}, so with the same seed and actions the
 * observations, rewards and flags equal those of {@code n} single envs. What it leaves out is the
 * cost around the game: no wrappers ({@code PassiveEnvChecker}, {@code OrderEnforcing}), no {@code
 * Step} or {@code Reset} per sub-env, no info maps to batch, no boxed actions, no copy of each
 * observation into the batch, and no allocation per step (a reset allocates nothing either, except
 * the {@code RandomState} a seed makes). Autoreset is {@link AutoresetMode#NEXT_STEP}: the step
 * after a sub-env's last one resets it (reward 0, no flags, the action ignored).
 *
 * <p>Every MinAtar game is stepped by batched rules ({@link RulesBatch}: every game's state in
 * primitive arrays, MT19937 streams in flat arrays; Seaquest redraws each observation whole, the
 * others only what changed); a game of another kind by a loop over its games' own objects.
 */
public final class MinAtarVectorEnv implements VectorEnv<byte[], int[]> {
  private final int n;
  private final int obsSize;
  private final MinAtarEnv[] games;
  private final Discrete singleAction;
  private final Space<byte[]> singleObservation;
  private final MultiDiscrete actionSpace;
  private final Box<byte[]> observationSpace;
  private final MinAtarBatch batch;
  private final VectorStep<byte[]> result;
  private final NextStepEpisodes episodes;
  private final EnvMetadata metadata;
  private boolean hasReset;

  /**
   * @param numEnvs number of games, {@code >= 1}
   * @param maxEpisodeSteps truncation limit per sub-env, or {@code null} for none (MinAtar
   *     registers none)
   * @param config the game's kwargs; {@code render_mode} must be unset (no batched rendering)
   * @param game makes one game from the kwargs ({@code BreakoutEnv::new})
   */
  public MinAtarVectorEnv(
      int numEnvs,
      Integer maxEpisodeSteps,
      MinAtarEnv.Config config,
      Function<MinAtarEnv.Config, ? extends MinAtarEnv> game) {
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
              + "\" is not supported by MinAtar's native vector env; accepted: None (use"
              + " vectorization_mode sync or threaded to render sub-envs)");
    }
    this.n = numEnvs;
    this.games = new MinAtarEnv[n];
    for (int i = 0; i < n; i++) {
      games[i] = game.apply(config);
    }
    this.singleAction = games[0].actionSpace();
    this.singleObservation = games[0].observationSpace();
    this.obsSize = games[0].observationSpace().size();
    this.actionSpace = singleAction.batch(n);
    @SuppressWarnings("unchecked")
    Box<byte[]> batched = (Box<byte[]>) singleObservation.batch(n);
    this.observationSpace = batched;
    this.metadata = new EnvMetadata(List.of(), games[0].metadata().renderFps());
    byte[] buffer = new byte[n * obsSize];
    this.batch = MinAtarBatch.of(games, buffer, obsSize);
    this.result = new VectorStep<>(buffer, n);
    this.episodes = new NextStepEpisodes(result, maxEpisodeSteps == null ? 0 : maxEpisodeSteps);
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
    return metadata;
  }

  /** Resets every sub-env, sub-env {@code i} with {@code seed + i} (as a sync vector env does). */
  @Override
  public VectorReset<byte[]> reset(Long seed, Map<String, Object> options) {
    if (seed != null && seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0, got " + seed);
    }
    for (int i = 0; i < n; i++) {
      batch.restart(i, seed == null ? null : seed + i);
    }
    episodes.resetAll();
    hasReset = true;
    return new VectorReset<>(result.observations(), Map.of());
  }

  @Override
  public VectorStep<byte[]> step(int[] actions) {
    if (!hasReset) {
      throw new IllegalStateException("Cannot call step() before reset()");
    }
    actionSpace.requireContains(actions, "actions");
    batch.step(actions, episodes);
    return result;
  }

  @Override
  public void close() {
    for (MinAtarEnv g : games) {
      g.close();
    }
  }

  @Override
  public String toString() {
    return "MinAtarVectorEnv(" + games[0].getClass().getSimpleName() + ", num_envs=" + n + ")";
  }
}
