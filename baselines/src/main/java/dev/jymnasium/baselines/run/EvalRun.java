package dev.jymnasium.baselines.run;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code jym eval}: runs a saved policy deterministically and reports return statistics. */
public final class EvalRun {
  private EvalRun() {}

  /**
   * Evaluates the policy of {@code options}.
   *
   * @throws IOException when the policy file is missing or corrupted
   * @throws IllegalArgumentException when the policy does not fit the env
   */
  public static EvalResult run(EvalOptions options) throws IOException {
    Policy policy = Policy.load(policyFile(options.policy()));
    try (Env<Object, Object> env = Gym.make(options.envId(), options.envKwargs())) {
      policy.requireCompatible(options.envId(), env.observationSpace(), env.actionSpace());
      return evaluate(policy, env, options.envId(), options.episodes(), options.seed());
    }
  }

  /** The policy file of a run directory ({@code DIR/policy.bin}) or the file itself. */
  public static Path policyFile(Path path) {
    return Files.isDirectory(path) ? path.resolve(TrainRun.POLICY_FILE) : path;
  }

  /**
   * Runs {@code episodes} deterministic episodes, episode {@code k} reset with {@code seed + k}.
   * For a goal env (see {@link GoalEnv#of}) the result carries the success rate: the mean of {@code
   * info["is_success"]} of the last step of each episode, as SB3's evaluation reports it.
   */
  public static EvalResult evaluate(
      Policy policy, Env<Object, Object> env, String envId, int episodes, long seed) {
    boolean goalEnv = GoalEnv.of(env) != null;
    double sum = 0;
    double sumSq = 0;
    double successes = 0;
    long length = 0;
    for (int k = 0; k < episodes; k++) {
      Object obs = env.reset(seed + k).observation();
      double ret = 0;
      while (true) {
        Step<Object> s = env.step(policy.act(obs));
        ret += s.reward();
        length++;
        if (s.done()) {
          if (goalEnv) {
            successes += GoalEnv.successOf(s.info());
          }
          break;
        }
        obs = s.observation();
      }
      sum += ret;
      sumSq += ret * ret;
    }
    double mean = sum / episodes;
    double std = Math.sqrt(Math.max(0, sumSq / episodes - mean * mean));
    return new EvalResult(
        envId,
        episodes,
        mean,
        std,
        (double) length / episodes,
        goalEnv ? successes / episodes : null);
  }
}
