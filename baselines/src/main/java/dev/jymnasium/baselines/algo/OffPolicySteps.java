package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.env.vector.VectorStep;

/**
 * The collecting half of the off-policy agents (DQN, SAC, TD3), as in CleanRL's loops: step the
 * vector env with the actions the agent set, store the real transitions (not the reset steps of
 * next-step autoreset) in the replay buffer, report episodes, steps per second and progress. The
 * agent keeps its own action choice and training; see {@link Dqn#learn} for the loop.
 */
final class OffPolicySteps {
  final AgentEnv env;
  final Replay replay;
  final EpisodeTracker episodes;

  /** Features of the current observations, row per sub-env. */
  final float[] obs;

  /** Environment steps so far (every sub-env step counts). */
  long globalStep;

  /** Vector steps so far in this process (drives train and target-update frequencies). */
  long vectorSteps;

  private long startNanos;
  private long startStep;

  /**
   * @param actWidth width of a stored action: the number of actions (one-hot) or the action
   *     dimension
   */
  OffPolicySteps(AgentEnv env, int bufferSize, int actWidth, long seed) {
    this(env, new ReplayBuffer(bufferSize, env.obsDim, actWidth), seed);
  }

  /** Collects into {@code replay} (a {@link HerReplayBuffer}, for instance). */
  OffPolicySteps(AgentEnv env, Replay replay, long seed) {
    this.env = env;
    this.replay = replay;
    this.episodes = new EpisodeTracker(env.numEnvs);
    this.obs = env.reset(seed).clone();
  }

  /** Starts the steps-per-second clock of a {@code learn} call. */
  void begin() {
    startNanos = System.nanoTime();
    startStep = globalStep;
  }

  /**
   * Steps the env with the actions already set on it; {@code actions} holds the same actions in
   * stored form (row per sub-env) for the replay buffer.
   */
  void step(float[] actions, TrainingListener listener) {
    int n = env.numEnvs;
    VectorStep<Object> s = env.step();
    vectorSteps++;
    globalStep += n;
    float[] next = env.observations();
    for (int i = 0; i < n; i++) {
      if (!episodes.isResetStep(i)) {
        replay.add(obs, actions, i, s.rewards()[i], next, s.terminations()[i], s.truncations()[i]);
      }
    }
    episodes.observe(s, globalStep, listener);
    System.arraycopy(next, 0, obs, 0, obs.length);
  }

  /**
   * Whether a training round is due: past {@code learningStarts}, every {@code trainFreq} vector
   * steps.
   */
  boolean trainDue(int learningStarts, int trainFreq) {
    return globalStep > learningStarts && replay.canSample() && vectorSteps % trainFreq == 0;
  }

  /** Ends a vector step: {@code charts/SPS} every 100 vector steps, then progress. */
  void endStep(TrainingListener listener) {
    if (vectorSteps % 100 == 0) {
      listener.onScalar(
          "charts/SPS",
          (globalStep - startStep) / ((System.nanoTime() - startNanos) / 1e9),
          globalStep);
    }
    listener.onProgress(globalStep);
  }
}
