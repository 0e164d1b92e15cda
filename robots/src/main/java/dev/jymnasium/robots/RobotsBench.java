package dev.jymnasium.robots;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * A JMH-free speed check: env steps per second of an unwrapped robot env with random actions,
 * single thread, after a warm-up. Usage: {@code RobotsBench [id] [engine] [steps]}, defaults
 * {@code Hopper-v5 ode4j 20000}.
 */
public final class RobotsBench {
  private RobotsBench() {}

  /** Runs the benchmark and prints steps/s for three rounds. */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "Hopper-v5";
    String engine = args.length > 1 ? args[1] : "ode4j";
    int steps = args.length > 2 ? Integer.parseInt(args[2]) : 20000;
    Env<double[], float[]> env = (Env<double[], float[]>) Gym.make(id, Map.of("engine", engine)).unwrapped();
    Space<float[]> actions = env.actionSpace();
    actions.seed(0);
    env.reset(0L, null);
    for (int round = 0; round < 4; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < steps; i++) {
        Step<double[]> s = env.step(actions.sample());
        if (s.terminated() || s.truncated()) {
          env.reset();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%s %s round %d: %.0f env steps/s%n", id, engine, round, steps / seconds);
    }
    env.close();
  }
}
