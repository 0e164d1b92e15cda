import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;

/**
 * 8 envs stepped by 1 plain thread, then by 2 (4 envs each), with no vector env between them: the
 * threads never wait for each other, so what the 2-thread figures lose against 1 thread comes from
 * the envs themselves (shared state, allocation, the collector), not from hand-offs. Prints, per
 * round and thread count, env-steps per wall-clock second, thread CPU time and bytes allocated per
 * env-step. Random actions from each env's seeded action space; envs reset when episodes end.
 *
 * <pre>
 * java -cp 'cli/target/jym.jar:cli/target/lib/*' benchmarks/drones/FreeThreads.java \
 *     HoverAviary-v0 '{"physics":"pyb","engine":"jbullet"}' 400000 2
 * </pre>
 */
public final class FreeThreads {
  private static final int ENVS = 8;
  private static final com.sun.management.ThreadMXBean MX =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Arguments: id, kwargs JSON, env-steps per measurement, rounds. */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    Map<String, Object> kwargs =
        new com.fasterxml.jackson.databind.ObjectMapper().readValue(args[1], Map.class);
    long steps = Long.parseLong(args[2]);
    int rounds = Integer.parseInt(args[3]);
    for (int r = 0; r < rounds; r++) {
      for (int threads : new int[] {1, 2}) {
        measure(args[0], kwargs, threads, steps);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void measure(String id, Map<String, Object> kwargs, int threads, long steps)
      throws Exception {
    List<Env<Object, Object>> envs = new ArrayList<>();
    for (int i = 0; i < ENVS; i++) {
      envs.add((Env<Object, Object>) Gym.make(id, kwargs));
    }
    int per = ENVS / threads;
    long[] cpu = new long[threads];
    long[] bytes = new long[threads];
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      List<Env<Object, Object>> mine = envs.subList(t * per, (t + 1) * per);
      int index = t;
      workers[t] =
          new Thread(
              () -> {
                Object[] actions = new Object[1024 * per];
                for (int e = 0; e < per; e++) {
                  mine.get(e).actionSpace().seed(100L + index * per + e);
                  mine.get(e).reset((long) (index * per + e));
                }
                for (int a = 0; a < actions.length; a++) {
                  actions[a] = mine.get(a % per).actionSpace().sample();
                }
                run(mine, actions, steps / threads / 2); // warm-up
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                long self = Thread.currentThread().getId();
                long c0 = MX.getCurrentThreadCpuTime();
                long b0 = MX.getThreadAllocatedBytes(self);
                run(mine, actions, steps / threads);
                cpu[index] = MX.getCurrentThreadCpuTime() - c0;
                bytes[index] = MX.getThreadAllocatedBytes(self) - b0;
              });
      workers[t].start();
    }
    start.await();
    long t0 = System.nanoTime();
    for (Thread w : workers) {
      w.join();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    long cpuSum = 0;
    long bytesSum = 0;
    for (int t = 0; t < threads; t++) {
      cpuSum += cpu[t];
      bytesSum += bytes[t];
    }
    System.out.printf(
        Locale.ROOT,
        "  %d thread(s): %,9.0f steps/s  %,6.0f CPU-ns/step  %,6.0f B/step%n",
        threads,
        steps / wall,
        (double) cpuSum / steps,
        (double) bytesSum / steps);
    for (Env<Object, Object> e : envs) {
      e.close();
    }
  }

  private static void run(List<Env<Object, Object>> envs, Object[] actions, long steps) {
    int a = 0;
    for (long s = 0; s < steps; s += envs.size()) {
      for (Env<Object, Object> env : envs) {
        Step<Object> st = env.step(actions[a]);
        a = (a + 1) % actions.length;
        if (st.terminated() || st.truncated()) {
          env.reset();
        }
      }
    }
  }
}
