package dev.jymnasium.benchmarks;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.vector.VectorEnv;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;

/**
 * Per env-step cost of one id's four ways of stepping, on one thread, in thread CPU time (which a
 * busy machine's other processes disturb far less than wall-clock time): {@code Gym.make(id)} (the
 * env users step, default wrappers), its unwrapped env, {@code Gym.makeVec(id, n, SYNC)} and the
 * native vector env {@code Gym.makeVec(id, n)}. The four alternate round by round; each figure is
 * the best round. Random actions (Discrete spaces) are drawn before timing; single envs reset when
 * an episode ends, vector envs autoreset. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.jymnasium.benchmarks.VectorStepTiming ID [num_envs] [env_steps_per_round] [rounds]}.
 */
public final class VectorStepTiming {
  private static final int ACTIONS = 1 << 16;

  private VectorStepTiming() {}

  /** Prints env-steps per CPU second for each way, and the ratios to {@code Gym.make}. */
  public static void main(String[] args) {
    String id = args[0];
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    long steps = args.length > 2 ? Long.parseLong(args[2]) : 2_000_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Env<Object, Integer> made = Gym.make(id);
    @SuppressWarnings("unchecked")
    Env<Object, Integer> unwrapped = (Env<Object, Integer>) Gym.make(id).unwrapped();
    VectorEnv<Object, int[]> sync = Gym.makeVec(id, n, VectorizeMode.SYNC, Map.of());
    VectorEnv<Object, int[]> vector =
        Gym.makeVec(id, n, VectorizeMode.VECTOR_ENTRY_POINT, Map.of());
    int actionCount = ((Discrete) made.actionSpace()).n();
    NpRandom rng = NpRandom.of(0);
    Integer[] actions = new Integer[ACTIONS];
    int[][] batches = new int[ACTIONS / n][n];
    for (int i = 0; i < ACTIONS; i++) {
      actions[i] = (int) rng.integers(0, actionCount);
      if (i / n < batches.length) {
        batches[i / n][i % n] = actions[i];
      }
    }
    made.reset(0);
    unwrapped.reset(0);
    sync.reset(0);
    vector.reset(0);
    String[] names = {"Gym.make", "unwrapped", "makeVec SYNC", "native vector"};
    double[] best = new double[4];
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = -1; r < rounds; r++) {
      for (int w = 0; w < 4; w++) {
        long start = mx.getCurrentThreadCpuTime();
        long done =
            switch (w) {
              case 0 -> single(made, actions, steps);
              case 1 -> single(unwrapped, actions, steps);
              case 2 -> batch(sync, batches, steps);
              default -> batch(vector, batches, steps);
            };
        double rate = done / ((mx.getCurrentThreadCpuTime() - start) / 1e9);
        if (r >= 0) {
          best[w] = Math.max(best[w], rate);
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "%s, %d sub-envs, best of %d rounds of %d env-steps%n", id, n, rounds, steps);
    for (int w = 0; w < 4; w++) {
      System.out.printf(
          Locale.ROOT,
          "  %-14s %8.2f M env-steps/CPU-s  %5.2fx Gym.make%n",
          names[w],
          best[w] / 1e6,
          best[w] / best[0]);
    }
    sync.close();
    vector.close();
  }

  private static long single(Env<Object, Integer> env, Integer[] actions, long steps) {
    for (long t = 0; t < steps; t++) {
      var s = env.step(actions[(int) (t & (ACTIONS - 1))]);
      if (s.terminated() || s.truncated()) {
        env.reset();
      }
    }
    return steps;
  }

  private static long batch(VectorEnv<Object, int[]> env, int[][] batches, long steps) {
    long calls = steps / env.numEnvs();
    for (long t = 0; t < calls; t++) {
      env.step(batches[(int) (t % batches.length)]);
    }
    return calls * env.numEnvs();
  }
}
