package dev.jymnasium.cli;

import dev.jymnasium.baselines.Agent;
import dev.jymnasium.baselines.Agents;
import dev.jymnasium.baselines.DeviceChoice;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.run.EvalResult;
import dev.jymnasium.baselines.run.EvalRun;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.render.FrameImages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The learning and picture parts of {@code jym demo}. */
final class DemoExtras {
  /** Envs drawn by the demo, one per family. */
  static final List<String> PICTURED = List.of("CartPole-v1", "Taxi-v4", "Hopper-v5");

  private DemoExtras() {}

  /** Trains tabular Q-learning on slippery FrozenLake 4x4 and reports its success rate. */
  static void learnFrozenLake(PrintWriter out, long steps, long seed) {
    out.println();
    out.println("Learning: tabular Q-learning on FrozenLake-v1 (slippery), " + steps + " steps:");
    out.flush();
    long t0 = System.nanoTime();
    Agent agent =
        Agents.create("qlearning", "FrozenLake-v1", Map.of(), Map.of(), seed, DeviceChoice.CPU);
    agent.learn(steps, TrainingListener.NONE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (Env<Object, Object> env = Gym.make("FrozenLake-v1")) {
      EvalResult r = EvalRun.evaluate(agent.policy(), env, "FrozenLake-v1", 1000, seed);
      out.println(
          String.format(
              Locale.ROOT,
              "  trained in %.1f s; success rate of the greedy policy over 1000 episodes: %.3f "
                  + "(solved at 0.70)",
              seconds,
              r.meanReturn()));
    }
  }

  /** Writes a 60-step GIF of CartPole and first frames of a few envs into {@code dir}. */
  static void pictures(PrintWriter out, Path dir, long seed) {
    out.println();
    out.println("Pictures (headless rendering) in " + dir + "/:");
    out.flush();
    try {
      Files.createDirectories(dir);
      for (String id : PICTURED) {
        if (Gym.registry().all().stream().noneMatch(s -> s.id().equals(id))) {
          continue;
        }
        try (Env<Object, Object> env = Gym.make(id, Map.of("render_mode", "rgb_array"))) {
          env.reset(seed);
          Path png = dir.resolve(id + ".png");
          FrameImages.savePng((RgbFrame) env.render(), png);
          out.println("  " + png);
        }
      }
      Path gif = dir.resolve("CartPole-v1.gif");
      Env<Object, Object> env = Gym.make("CartPole-v1", Map.of("render_mode", "rgb_array"));
      Recording recording = Recording.start(env, gif);
      try (Env<Object, Object> recorded = recording.env()) {
        recorded.actionSpace().seed(seed);
        recorded.reset(seed);
        for (int t = 0; t < 60; t++) {
          Step<Object> s = recorded.step(recorded.actionSpace().sample());
          if (s.done()) {
            break;
          }
        }
      }
      out.println("  " + recording.finish());
    } catch (RuntimeException | java.io.IOException e) {
      out.println("  skipped: " + e.getMessage());
      out.println(
          "  (headless rendering needs Mesa's EGL: apt-get install libegl1 libgl1-mesa-dri)");
    }
  }
}
