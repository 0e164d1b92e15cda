package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.policy.ObsEncoder;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Map;

/**
 * The vector env a neural agent trains on, seen as float features in and discrete indices or
 * continuous values out: one flat observation array per vector step, one reused action batch.
 */
final class AgentEnv implements AutoCloseable {
  final String envId;
  final Map<String, Object> kwargs;
  final int numEnvs;
  final Space<?> obsSpace;
  final Space<?> actSpace;
  final ObsEncoder encoder;
  final int obsDim;

  /** Discrete actions: their number; continuous: 0. */
  final int nActions;

  /** Continuous actions: their dimension; discrete: 1. */
  final int actDim;

  private final VectorEnv<Object, Object> env;

  /** A separate instance of the env whose {@link GoalEnv} computes relabelled rewards, or null. */
  private Env<Object, Object> goalInstance;

  private final Object actionBatch;
  private final float[] obs;

  /** The action spaces an algorithm can act in. */
  enum ActionSpaces {
    DISCRETE("Discrete"),
    FLOAT_BOX("a float Box"),
    EITHER("Discrete or a float Box");

    private final String description;

    ActionSpaces(String description) {
      this.description = description;
    }
  }

  AgentEnv(
      String envId, Map<String, Object> kwargs, int numEnvs, ActionSpaces accepted, String algo) {
    this.envId = envId;
    this.kwargs = Map.copyOf(kwargs);
    this.env = Gym.makeVec(envId, numEnvs, null, kwargs);
    this.numEnvs = numEnvs;
    this.obsSpace = env.singleObservationSpace();
    this.actSpace = env.singleActionSpace();
    if (actSpace instanceof Discrete d && accepted != ActionSpaces.FLOAT_BOX) {
      nActions = d.n();
      actDim = 1;
      actionBatch = new int[numEnvs];
    } else if (actSpace instanceof Box<?> b
        && accepted != ActionSpaces.DISCRETE
        && (b.dtype() == DType.FLOAT32 || b.dtype() == DType.FLOAT64)) {
      nActions = 0;
      actDim = b.size();
      actionBatch =
          b.dtype() == DType.FLOAT32 ? new float[numEnvs * actDim] : new double[numEnvs * actDim];
    } else {
      env.close();
      throw new IllegalArgumentException(
          algo
              + " cannot act in "
              + envId
              + "'s action space "
              + actSpace
              + " (needs "
              + accepted.description
              + ")");
    }
    this.encoder = new ObsEncoder(obsSpace);
    this.obsDim = encoder.dim();
    this.obs = new float[numEnvs * obsDim];
  }

  boolean discrete() {
    return nActions > 0;
  }

  /** Lower bound of action dimension {@code j} (continuous actions). */
  double low(int j) {
    return ((Box<?>) actSpace).low(j);
  }

  /** Upper bound of action dimension {@code j} (continuous actions). */
  double high(int j) {
    return ((Box<?>) actSpace).high(j);
  }

  /** Resets every sub-env (sub-env {@code i} gets seed {@code seed + i}); returns features. */
  float[] reset(long seed) {
    encoder.encodeBatch(env.reset(seed).observations(), numEnvs, obs);
    return obs;
  }

  /** Sets sub-env {@code i}'s discrete action index (0-based). */
  void setDiscrete(int i, int index) {
    ((int[]) actionBatch)[i] = ((Discrete) actSpace).start() + index;
  }

  /** Sets sub-env {@code i}'s continuous action dimension {@code j}, clipped to the bounds. */
  void setContinuous(int i, int j, double value) {
    double v = Math.max(low(j), Math.min(high(j), value));
    if (actionBatch instanceof float[] f) {
      f[i * actDim + j] = (float) v;
    } else {
      ((double[]) actionBatch)[i * actDim + j] = v;
    }
  }

  /** Steps with the actions set; the new features are in {@link #observations()}. */
  VectorStep<Object> step() {
    VectorStep<Object> s = env.step(actionBatch);
    encoder.encodeBatch(s.observations(), numEnvs, obs);
    return s;
  }

  /** Features of the current observations (reused; copy what you keep). */
  float[] observations() {
    return obs;
  }

  /**
   * The goal env that computes rewards of relabelled goals: the unwrapped env of one more instance
   * made with the same kwargs (as SB3 calls {@code compute_reward} on its first sub-env), kept open
   * until {@link #close}. Its goal sizes must match the observation space's goal entries.
   *
   * @throws IllegalArgumentException when the env is not a goal env
   */
  GoalEnv goalEnv() {
    if (goalInstance == null) {
      Env<Object, Object> made = Gym.make(envId, kwargs);
      GoalEnv goal = GoalEnv.of(made);
      try {
        if (goal == null) {
          throw new IllegalArgumentException(
              "hindsight experience replay (replay_buffer_class HerReplayBuffer, --her) needs a "
                  + "goal env, but "
                  + envId
                  + " ("
                  + made.unwrapped().getClass().getSimpleName()
                  + ") does not implement GoalEnv");
        }
        GoalEnv.requireGoalSpace(obsSpace);
        for (String key : new String[] {GoalEnv.ACHIEVED_GOAL, GoalEnv.DESIRED_GOAL}) {
          if (encoder.size(key) != goal.goalDim()) {
            throw new IllegalArgumentException(
                envId
                    + ": the '"
                    + key
                    + "' entry has "
                    + encoder.size(key)
                    + " values but goalDim() is "
                    + goal.goalDim());
          }
        }
      } catch (RuntimeException e) {
        made.close();
        throw e;
      }
      goalInstance = made;
    }
    return GoalEnv.of(goalInstance);
  }

  @Override
  public void close() {
    env.close();
    if (goalInstance != null) {
      goalInstance.close();
    }
  }
}
