package dev.jymnasium.benchmarks;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Heap bytes one env step allocates on the stepping thread, after a warm-up (so the JIT's escape
 * analysis has run), with random actions and resets when an episode ends.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.jymnasium.benchmarks.StepAllocation \
 *     Hopper-v5 ode4j 20000
 * </pre>
 *
 * Arguments: env id, engine, measured steps (defaults: Hopper-v5, ode4j, 20000).
 */
public final class StepAllocation {
  private StepAllocation() {}

  /** Prints the bytes allocated per step, unwrapped and through {@code make}'s wrappers. */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "Hopper-v5";
    String engine = args.length > 1 ? args[1] : "ode4j";
    int steps = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    Env<double[], float[]> made =
        (Env<double[], float[]>) (Env<?, ?>) Gym.make(id, Map.of("engine", engine));
    for (Env<double[], float[]> env : List.of((Env<double[], float[]>) made.unwrapped(), made)) {
      int actSize = ((Box<?>) env.actionSpace()).shape()[0];
      float[] action = new float[actSize];
      SplittableRandom random = new SplittableRandom(0);
      env.reset(0L, null);
      run(env, action, random, steps);
      long before = threads.getThreadAllocatedBytes(thread);
      run(env, action, random, steps);
      long bytes = threads.getThreadAllocatedBytes(thread) - before;
      System.out.printf(
          "%s on %s, %s: %.0f bytes per step%n",
          id, engine, env == made ? "make" : "unwrapped", (double) bytes / steps);
    }
    made.close();
  }

  private static void run(
      Env<double[], float[]> env, float[] action, SplittableRandom random, int steps) {
    for (int t = 0; t < steps; t++) {
      for (int k = 0; k < action.length; k++) {
        action[k] = (float) random.nextDouble(-1, 1);
      }
      Step<double[]> s = env.step(action);
      if (s.terminated() || s.truncated()) {
        env.reset();
      }
    }
  }
}
