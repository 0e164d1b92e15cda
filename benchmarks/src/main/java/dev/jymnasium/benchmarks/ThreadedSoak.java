package dev.jymnasium.benchmarks;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.SyncVectorEnv;
import dev.jymnasium.env.vector.ThreadedVectorEnv;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Long check that threaded physics envs equal single ones: steps a threaded and a sync vector env
 * of the same env with the same seed and random actions and stops at the first step where any
 * observation, reward or ending differs (a sync vector env steps single envs one after the other on
 * one thread). {@code ThreadedEnginesTest} in robots is the short version that CI runs.
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.jymnasium.benchmarks.ThreadedSoak \
 *     Walker2d-v5,Ant-v5,HalfCheetah-v5 jbullet 12500 8 2
 * </pre>
 *
 * Arguments: env ids (comma-separated), engine, vector steps per env id, sub-envs, threads
 * (defaults: the three above, jbullet, 12500, 8, 2).
 */
public final class ThreadedSoak {
  private ThreadedSoak() {}

  /** Runs the soak; exits with status 1 at the first difference. */
  public static void main(String[] args) {
    String[] ids = arg(args, 0, "Walker2d-v5,Ant-v5,HalfCheetah-v5").split(",");
    String engine = arg(args, 1, "jbullet");
    long steps = Long.parseLong(arg(args, 2, "12500"));
    int envs = Integer.parseInt(arg(args, 3, "8"));
    int threads = Integer.parseInt(arg(args, 4, "2"));
    for (String id : ids) {
      long start = System.nanoTime();
      long differs = soak(id, Map.of("engine", engine), steps, envs, threads);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (differs >= 0) {
        System.out.printf("%s on %s: threaded differs from sync at step %d%n", id, engine, differs);
        System.exit(1);
      }
      System.out.printf(
          "%s on %s: %d sub-envs x %d steps on %d threads equal to sync (%.0f s)%n",
          id, engine, envs, steps, threads, seconds);
    }
  }

  /** The first vector step where the two differ, or -1. */
  static long soak(String id, Map<String, ?> kwargs, long steps, int envs, int threads) {
    List<Supplier<Env<?, ?>>> fns = new ArrayList<>();
    for (int i = 0; i < envs; i++) {
      fns.add(() -> Gym.make(id, kwargs));
    }
    try (VectorEnv<double[], float[]> sync = new SyncVectorEnv<>(fns);
        VectorEnv<double[], float[]> threaded =
            new ThreadedVectorEnv<>(fns, AutoresetMode.NEXT_STEP, threads)) {
      if (!Arrays.equals(sync.reset(1L).observations(), threaded.reset(1L).observations())) {
        return 0;
      }
      SplittableRandom random = new SplittableRandom(1);
      int actSize = ((Box<?>) sync.singleActionSpace()).shape()[0];
      float[] actions = new float[envs * actSize];
      for (long t = 1; t <= steps; t++) {
        for (int k = 0; k < actions.length; k++) {
          actions[k] = (float) random.nextDouble(-1, 1);
        }
        VectorStep<double[]> a = sync.step(actions);
        VectorStep<double[]> b = threaded.step(actions);
        if (!Arrays.equals(a.observations(), b.observations())
            || !Arrays.equals(a.rewards(), b.rewards())
            || !Arrays.equals(a.terminations(), b.terminations())
            || !Arrays.equals(a.truncations(), b.truncations())) {
          return t;
        }
      }
      return -1;
    }
  }

  private static String arg(String[] args, int i, String fallback) {
    return args.length > i ? args[i] : fallback;
  }
}
