// Steps/s of envs by the stepping thread's CPU time as well as by the wall clock, in interleaved
// rounds (so that every env sees the same machine), for loaded machines where wall-clock figures
// mean little. Single-file program, run from the repository root after building jym:
//
//   java -cp "cli/target/jym.jar:cli/target/lib/*" benchmarks/manipulators/CpuTime.java \
//     STEPS_PER_ROUND ROUNDS ID:ENGINE [ID:ENGINE ...]
//
// e.g. 400 10 PandaPush-v3:ode4j PandaPush-v3:jbullet. Round 0 is warm-up; prints the best wall
// clock, best CPU and median CPU steps/s of the other rounds. Random actions, seed 0, resets in
// the loop as in `jym bench`.

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Space;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

public class CpuTime {
  @SuppressWarnings("unchecked")
  public static void main(String[] args) {
    int steps = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int n = args.length - 2;
    List<Env<Object, Object>> envs = new ArrayList<>();
    List<Space<Object>> spaces = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String[] idEngine = args[k + 2].split(":");
      Env<Object, Object> env =
          (Env<Object, Object>) Gym.make(idEngine[0], Map.of("engine", idEngine[1])).unwrapped();
      Space<Object> space = (Space<Object>) env.actionSpace();
      space.seed(0L);
      env.reset(0L, null);
      envs.add(env);
      spaces.add(space);
    }
    var threads = ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[n][rounds - 1];
    double[] bestWall = new double[n];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        Env<Object, Object> env = envs.get(k);
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
          Step<?> s = env.step(spaces.get(k).sample());
          if (s.terminated() || s.truncated()) {
            env.reset(null, null);
          }
        }
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        if (r > 0) {
          cpu[k][r - 1] = steps / ((c1 - c0) / 1e9);
          bestWall[k] = Math.max(bestWall[k], steps / ((w1 - w0) / 1e9));
        }
      }
    }
    for (int k = 0; k < n; k++) {
      Arrays.sort(cpu[k]);
      System.out.printf(
          "%-28s best wall %6.0f  best cpu %6.0f  median cpu %6.0f steps/s%n",
          args[k + 2], bestWall[k], cpu[k][cpu[k].length - 1], cpu[k][cpu[k].length / 2]);
    }
  }
}
