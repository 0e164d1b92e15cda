import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * CPU time per env step of two builds in one JVM, interleaved in short chunks, for speed
 * comparisons on a busy machine: each build is loaded in its own class loader, both step the same
 * env with the same seeded random actions, and chunks of a few thousand steps alternate (A, B),
 * (B, A), (A, B), ..., so that a slow phase of the machine hits both alike within milliseconds
 * (separate JVMs run seconds apart). Where both builds give the same results, both follow the
 * same trajectory, so each pair of chunks does the same work. Which build is loaded first can
 * move the ratio by a few percent in every pair: compare in both orders.
 *
 * <p>Usage, from the repository root (each build a folder holding jym.jar and lib/, copies of
 * cli/target/jym.jar and cli/target/lib after {@code ./jym list} on that checkout):
 *
 * <pre>
 * java benchmarks/mujoco/StepCpuInterleaved.java [--chunk N] [--pairs P] [--warmup W] \
 *     DIR_A DIR_B ID [ID ...]
 * </pre>
 *
 * <p>Prints per env the thread CPU µs per step of each build over all its chunks, the ratio B/A of
 * those totals, the median of the per-pair ratios and in how many pairs B was faster.
 */
public final class StepCpuInterleaved {
  public static void main(String[] args) throws Exception {
    int chunk = 2000;
    int pairs = 60;
    int warmup = 60000;
    int first = 0;
    while (first < args.length && args[first].startsWith("--")) {
      int value = Integer.parseInt(args[first + 1]);
      switch (args[first]) {
        case "--chunk" -> chunk = value;
        case "--pairs" -> pairs = value;
        case "--warmup" -> warmup = value;
        default -> throw new IllegalArgumentException("unknown option " + args[first]);
      }
      first += 2;
    }
    ClassLoader[] loaders = {loader(args[first]), loader(args[first + 1])};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int e = first + 2; e < args.length; e++) {
      String id = args[e];
      Stepper[] builds = {new Stepper(loaders[0], id), new Stepper(loaders[1], id)};
      float[][] actions = actions(builds[0].actionSize(), chunk * pairs + warmup);
      for (int s = 0; s < warmup; s += chunk) {
        for (Stepper build : builds) {
          build.run(actions, s, Math.min(chunk, warmup - s));
        }
      }
      double[] total = new double[2];
      double[] ratio = new double[pairs];
      int faster = 0;
      for (int p = 0; p < pairs; p++) {
        double[] time = new double[2];
        // Alternate which build goes first, so that neither always follows the other.
        for (int k = 0; k < 2; k++) {
          int b = (p + k) % 2;
          long t0 = threads.getCurrentThreadCpuTime();
          builds[b].run(actions, warmup + p * chunk, chunk);
          time[b] = threads.getCurrentThreadCpuTime() - t0;
          total[b] += time[b];
        }
        ratio[p] = time[1] / time[0];
        faster += time[1] < time[0] ? 1 : 0;
      }
      Arrays.sort(ratio);
      double steps = (double) chunk * pairs;
      System.out.printf(
          "%-16s A %.2f us/step  B %.2f us/step  B/A %.3f  median pair B/A %.3f  B faster in %d of"
              + " %d pairs%n",
          id,
          total[0] / 1e3 / steps,
          total[1] / 1e3 / steps,
          total[1] / total[0],
          ratio[pairs / 2],
          faster,
          pairs);
    }
  }

  private static ClassLoader loader(String dir) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(new File(dir, "jym.jar").toURI().toURL());
    File[] lib = new File(dir, "lib").listFiles((d, name) -> name.endsWith(".jar"));
    Arrays.sort(lib);
    for (File jar : lib) {
      urls.add(jar.toURI().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static float[][] actions(int size, int steps) {
    SplittableRandom random = new SplittableRandom(0);
    float[][] actions = new float[steps][size];
    for (float[] a : actions) {
      for (int i = 0; i < size; i++) {
        a[i] = (float) (random.nextDouble() * 2 - 1);
      }
    }
    return actions;
  }

  /** One build's env, stepped through reflection (its classes live in its own loader). */
  private static final class Stepper {
    private final Object env;
    private final ClassLoader loader;
    private final Method step;
    private final Method reset;
    private final Method terminated;
    private final Method truncated;

    Stepper(ClassLoader loader, String id) throws Exception {
      this.loader = loader;
      Class<?> gym = loader.loadClass("dev.jymnasium.env.registry.Gym");
      // The registry finds the envs through the context class loader.
      Thread.currentThread().setContextClassLoader(loader);
      env = gym.getMethod("make", String.class, Map.class).invoke(null, id, Map.of());
      Class<?> envType = loader.loadClass("dev.jymnasium.env.Env");
      step = envType.getMethod("step", Object.class);
      reset = envType.getMethod("reset", long.class);
      Class<?> stepType = loader.loadClass("dev.jymnasium.env.Step");
      terminated = stepType.getMethod("terminated");
      truncated = stepType.getMethod("truncated");
      reset.invoke(env, 0L);
    }

    int actionSize() throws Exception {
      Object space = loader.loadClass("dev.jymnasium.env.Env").getMethod("actionSpace").invoke(env);
      Class<?> spaceType = loader.loadClass("dev.jymnasium.env.spaces.Space");
      return ((int[]) spaceType.getMethod("shape").invoke(space))[0];
    }

    void run(float[][] actions, int from, int steps) throws Exception {
      for (int s = from; s < from + steps; s++) {
        Object result = step.invoke(env, (Object) actions[s]);
        if ((Boolean) terminated.invoke(result) || (Boolean) truncated.invoke(result)) {
          reset.invoke(env, 0L);
        }
      }
    }
  }
}
