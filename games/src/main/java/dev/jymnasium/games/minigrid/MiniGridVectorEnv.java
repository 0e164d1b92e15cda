package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.spaces.Dict;
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
import java.util.function.Supplier;

/**
 * {@code n} Minigrid envs of one id stepped in a loop, every view encoded straight into one flat
 * batch: the vector entry point of the {@code MiniGrid-*} ids. The batched observation is the
 * {@code Dict} batch a sync vector env gives: {@code image} one {@code byte[n·V·V·3]} (sub-env
 * {@code i} from {@code i·V·V·3}, each slice {@code [x][y][3]}), {@code direction} an {@code
 * int[n]}, {@code mission} an {@code Object[n]} of strings.
 *
 * <p>It plays exactly like {@code Gym.makeVec(id, n, SYNC)}: sub-env {@code i} is reset with {@code
 * seed + i} and draws from its own generator, so with the same seed and actions the observations,
 * rewards and flags equal those of {@code n} single envs. It leaves out the cost around the game:
 * the wrappers ({@code PassiveEnvChecker}, {@code OrderEnforcing}), the {@code Step} and
 * observation map per sub-env, the info maps to batch, boxed actions and the copy of each view into
 * the batch. Steps allocate nothing; a reset builds a new grid, as the single env does. Autoreset
 * is {@link AutoresetMode#NEXT_STEP}: the step after a sub-env's last one resets it (reward 0, no
 * flags, the action ignored).
 *
 * <p>The dynamics are the sub-envs' own; the views are not: each sub-env's grid keeps a {@link
 * ViewMirror} up to date (its cells as encodings, by rows and by columns both ways, and see-past
 * bits), from which {@link ViewEncoder} copies each view column in one piece and runs the
 * visibility pass on bit masks. Grids too large for a mirror are encoded as the single env does.
 */
public final class MiniGridVectorEnv implements VectorEnv<Map<String, Object>, int[]> {
  private final int n;
  private final int imageSize;
  private final int viewSize;
  private final MiniGridEnv[] envs;
  private final Dict singleObservation;
  private final Discrete singleAction;
  private final Dict observationSpace;
  private final MultiDiscrete actionSpace;
  private final Map<String, Object> batch;
  private final byte[] images;
  private final int[] directions;
  private final Object[] missions;
  private final ViewEncoder encoder;

  /** Each sub-env's mirror (null when its grid is too large for one) and the grid it mirrors. */
  private final ViewMirror[] mirrors;

  private final Grid[] mirrored;
  private final VectorStep<Map<String, Object>> result;
  private final NextStepEpisodes episodes;
  private final EnvMetadata metadata;
  private boolean hasReset;

  /**
   * @param numEnvs number of sub-envs, {@code >= 1}
   * @param maxEpisodeSteps truncation limit per sub-env on top of the env's own {@code max_steps},
   *     or {@code null} for none (Minigrid registers none)
   * @param env makes one sub-env; its {@code render_mode} must be unset (no batched rendering)
   */
  @SuppressWarnings("unchecked")
  public MiniGridVectorEnv(int numEnvs, Integer maxEpisodeSteps, Supplier<MiniGridEnv> env) {
    if (numEnvs < 1) {
      throw new IllegalArgumentException("num_envs must be >= 1, got " + numEnvs);
    }
    if (maxEpisodeSteps != null && maxEpisodeSteps < 1) {
      throw new IllegalArgumentException("max_episode_steps must be >= 1, got " + maxEpisodeSteps);
    }
    this.n = numEnvs;
    this.envs = new MiniGridEnv[n];
    for (int i = 0; i < n; i++) {
      envs[i] = env.get();
      if (envs[i].renderMode() != null) {
        String mode = envs[i].renderMode();
        envs[i].close();
        throw new IllegalArgumentException(
            "render_mode \""
                + mode
                + "\" is not supported by Minigrid's native vector env; accepted: None (use"
                + " vectorization_mode sync or threaded to render sub-envs)");
      }
    }
    this.singleObservation = envs[0].observationSpace();
    this.singleAction = envs[0].actionSpace();
    this.observationSpace = singleObservation.batch(n);
    this.actionSpace = singleAction.batch(n);
    this.metadata = new EnvMetadata(List.of(), envs[0].metadata().renderFps());
    int v = envs[0].agentViewSize();
    this.viewSize = v;
    this.imageSize = v * v * 3;
    this.batch = (Map<String, Object>) singleObservation.createBatch(n);
    this.images = (byte[]) batch.get("image");
    this.directions = (int[]) batch.get("direction");
    this.missions = (Object[]) batch.get("mission");
    this.encoder = new ViewEncoder(v, envs[0].seeThroughWalls());
    this.mirrors = new ViewMirror[n];
    this.mirrored = new Grid[n];
    Grid g = envs[0].grid;
    if (ViewMirror.fits(g.width(), g.height(), v)) {
      for (int i = 0; i < n; i++) {
        mirrors[i] = new ViewMirror(g.width(), g.height(), v - 1);
      }
    }
    this.result = new VectorStep<>(batch, n);
    this.episodes = new NextStepEpisodes(result, maxEpisodeSteps == null ? 0 : maxEpisodeSteps);
  }

  /**
   * The vector entry point of an id whose single env {@code factory} makes from a bound config, as
   * {@code EnvSpec.Builder.vectorConfig} takes it.
   */
  public static <C extends Record> EnvSpec.VectorFactory<C> factory(
      Function<C, ? extends MiniGridEnv> factory) {
    return (numEnvs, maxEpisodeSteps, config) ->
        new MiniGridVectorEnv(numEnvs, maxEpisodeSteps, () -> factory.apply(config));
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
  public Space<Map<String, Object>> observationSpace() {
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
  public VectorReset<Map<String, Object>> reset(Long seed, Map<String, Object> options) {
    if (seed != null && seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0, got " + seed);
    }
    for (int i = 0; i < n; i++) {
      envs[i].reset(seed == null ? null : seed + i, options);
      observe(i);
    }
    episodes.resetAll();
    hasReset = true;
    return new VectorReset<>(batch, Map.of());
  }

  @Override
  public VectorStep<Map<String, Object>> step(int[] actions) {
    if (!hasReset) {
      throw new IllegalStateException("Cannot call step() before reset()");
    }
    actionSpace.requireContains(actions, "actions");
    for (int i = 0; i < n; i++) {
      MiniGridEnv e = envs[i];
      if (episodes.restarts(i)) {
        e.reset();
      } else {
        int aheadX = e.agentX + MiniGridEnv.DX[e.agentDir];
        int aheadY = e.agentY + MiniGridEnv.DY[e.agentDir];
        e.advance(actions[i]);
        if (e.grid.inside(aheadX, aheadY)) {
          e.grid.refreshMirror(aheadX, aheadY); // a door toggles without changing the cell's object
        }
        episodes.record(i, e.reward, e.terminated, e.truncated);
      }
      observe(i);
    }
    return result;
  }

  private void observe(int i) {
    MiniGridEnv e = envs[i];
    ViewMirror m = mirrors[i];
    if (m != null) {
      if (e.grid != mirrored[i]) { // a reset made a new grid
        e.grid.attach(m);
        mirrored[i] = e.grid;
      }
      encoder.encode(
          m, e.agentX, e.agentY, e.agentDir, MiniGridEnv.code(e.carrying), images, i * imageSize);
    } else {
      e.encodeView(images, i * imageSize);
    }
    directions[i] = e.agentDir;
    missions[i] = e.mission;
  }

  @Override
  public void close() {
    for (MiniGridEnv e : envs) {
      e.close();
    }
  }

  @Override
  public String toString() {
    return "MiniGridVectorEnv(" + envs[0].getClass().getSimpleName() + ", num_envs=" + n + ")";
  }
}
