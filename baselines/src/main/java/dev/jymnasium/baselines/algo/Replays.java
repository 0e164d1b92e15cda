package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.Check;
import dev.jymnasium.env.goal.GoalEnv;

/**
 * The replay buffer an off-policy agent asks for by name, as SB3's {@code replay_buffer_class}:
 * {@value #PLAIN} or {@value #HER}.
 */
final class Replays {
  /** The uniform replay buffer. */
  static final String PLAIN = "ReplayBuffer";

  /** Hindsight experience replay; needs a goal env. */
  static final String HER = "HerReplayBuffer";

  private Replays() {}

  /**
   * Checks the replay hyperparameters.
   *
   * @throws IllegalArgumentException naming the bad key and what it accepts
   */
  static void check(String replayBufferClass, int nSampledGoal, String goalSelectionStrategy) {
    Check.oneOf("replay_buffer_class", replayBufferClass, PLAIN, HER);
    Check.nonNegative("n_sampled_goal", nSampledGoal);
    Check.oneOf("goal_selection_strategy", goalSelectionStrategy, "future", "final", "episode");
  }

  /**
   * The buffer of {@code replayBufferClass} for {@code env}'s continuous actions.
   *
   * @throws IllegalArgumentException when HER is asked for on an env that is not a goal env
   */
  static Replay create(
      AgentEnv env,
      String replayBufferClass,
      int bufferSize,
      int nSampledGoal,
      String goalSelectionStrategy) {
    if (!HER.equals(replayBufferClass)) {
      return new ReplayBuffer(bufferSize, env.obsDim, env.actDim);
    }
    GoalEnv goal = env.goalEnv();
    HerReplayBuffer.GoalLayout layout =
        new HerReplayBuffer.GoalLayout(
            env.encoder.offset(GoalEnv.ACHIEVED_GOAL),
            env.encoder.offset(GoalEnv.DESIRED_GOAL),
            goal.goalDim());
    return new HerReplayBuffer(
        bufferSize,
        env.numEnvs,
        env.obsDim,
        env.actDim,
        layout,
        goal,
        nSampledGoal,
        HerReplayBuffer.GoalSelection.parse(goalSelectionStrategy));
  }
}
