import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * CPU time per env step of unwrapped envs, for speed comparisons on a busy machine: the thread's
 * CPU time over the timed steps (JVM start, JIT threads and GC threads not counted), so other load
 * on the machine moves it far less than wall-clock steps per second.
 *
 * <p>Usage, from the repository root after {@code ./jym list} has built the launcher:
 *
 * <pre>
 * java -cp 'cli/target/jym.jar:cli/target/lib/*' benchmarks/mujoco/StepCpu.java \
 *     [--steps N] [--warmup W] [--rounds R] ID [ID ...]
 * </pre>
 *
 * <p>Each round steps every env W untimed then N timed steps with uniform random actions (seeded,
 * drawn before timing), resetting at episode ends, and prints µs of CPU per step, the steps per
 * CPU second and the bytes the thread allocated per step; envs alternate within a round so that
 * slow phases of the machine hit them alike.
 */
public final class StepCpu {
  public static void main(String[] args) {
    int steps = 20000;
    int warmup = 20000;
    int rounds = 3;
    int first = 0;
    while (first < args.length && args[first].startsWith("--")) {
      int value = Integer.parseInt(args[first + 1]);
      switch (args[first]) {
        case "--steps" -> steps = value;
        case "--warmup" -> warmup = value;
        case "--rounds" -> rounds = value;
        default -> throw new IllegalArgumentException("unknown option " + args[first]);
      }
      first += 2;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean allocated = (com.sun.management.ThreadMXBean) threads;
    int n = args.length - first;
    @SuppressWarnings("unchecked")
    Env<double[], float[]>[] envs = new Env[n];
    float[][][] actions = new float[n][][];
    for (int e = 0; e < n; e++) {
      @SuppressWarnings("unchecked")
      Env<double[], float[]> env = (Env<double[], float[]>) (Env<?, ?>) Gym.make(args[first + e], Map.of());
      envs[e] = env;
      int size = env.actionSpace().shape()[0];
      SplittableRandom random = new SplittableRandom(e);
      actions[e] = new float[Math.max(steps, warmup)][size];
      for (float[] a : actions[e]) {
        for (int i = 0; i < size; i++) {
          a[i] = (float) (random.nextDouble() * 2 - 1);
        }
      }
      env.reset(0L);
    }
    for (int round = 0; round < rounds; round++) {
      for (int e = 0; e < n; e++) {
        run(envs[e], actions[e], warmup);
        long bytes0 = allocated.getCurrentThreadAllocatedBytes();
        long t0 = threads.getCurrentThreadCpuTime();
        run(envs[e], actions[e], steps);
        double us = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / steps;
        double bytes = (allocated.getCurrentThreadAllocatedBytes() - bytes0) / (double) steps;
        System.out.printf(
            "round %d  %-28s %8.2f us CPU/step  %,10.0f steps per CPU second  %,8.0f B/step%n",
            round, args[first + e], us, 1e6 / us, bytes);
      }
    }
  }

  private static void run(Env<double[], float[]> env, float[][] actions, int steps) {
    for (int s = 0; s < steps; s++) {
      Step<double[]> step = env.step(actions[s]);
      if (step.terminated() || step.truncated()) {
        env.reset();
      }
    }
  }
}
