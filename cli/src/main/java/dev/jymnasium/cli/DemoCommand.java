package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.robots.drones.CtrlAviaryEnv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jym demo}: a short tour for a newcomer. A random agent plays a few seeded episodes of a
 * few registered envs, CartPole-v1's stepping speed is measured unwrapped and via make, a
 * Q-learning agent learns FrozenLake, a PID controller flies a quadrotor around a circle, and
 * pictures of a few envs are written (when rendering is available).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "A short tour of what Jymnasium does.",
      "A random agent on a few registered envs (fixed seed), the stepping speed of"
          + " CartPole-v1, Q-learning on FrozenLake-v1, a PID-flown quadrotor circle, and"
          + " pictures."
    })
final class DemoCommand implements Callable<Integer> {
  /** Shown first when registered, in this order. */
  static final List<String> FAVOURITES =
      List.of(
          "CartPole-v1",
          "MountainCar-v0",
          "Acrobot-v1",
          "Pendulum-v1",
          "FrozenLake-v1",
          "Taxi-v4",
          "Blackjack-v1",
          "Hopper-v5");

  /** Episodes longer than this are cut (envs without a time limit). */
  static final int MAX_EPISODE_LENGTH = 1000;

  @Spec CommandSpec spec;

  @Option(
      names = "--envs",
      split = ",",
      paramLabel = "ID",
      description = "Envs to tour (default: up to 4 well-known registered envs).")
  List<String> envs;

  @Option(
      names = "--episodes",
      defaultValue = "3",
      description = "Episodes per env (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Seed of the first reset and of the random agent (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--bench-seconds",
      defaultValue = "1.0",
      paramLabel = "S",
      description = "Seconds per speed measurement; 0 skips them (default: ${DEFAULT-VALUE}).")
  double benchSeconds;

  @Option(
      names = "--learn-steps",
      defaultValue = "200000",
      paramLabel = "N",
      description =
          "Q-learning steps on FrozenLake-v1; 0 skips learning (default: ${DEFAULT-VALUE}).")
  long learnSteps;

  @Option(
      names = "--pictures",
      defaultValue = "jym-demo",
      paramLabel = "DIR",
      description = "Folder for the pictures; 'none' skips them (default: ${DEFAULT-VALUE}).")
  String pictures;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (episodes < 1) {
      throw CliException.usage("--episodes must be >= 1, got " + episodes);
    }
    List<String> ids = envs != null && !envs.isEmpty() ? envs : pick(4);
    out.println(
        "Jymnasium "
            + Jym.version()
            + ": "
            + Gym.registry().all().size()
            + " registered envs (see `jym list`).");
    out.println();
    out.println("A random agent, " + episodes + " episodes per env, seed " + seed + ":");
    for (String id : ids) {
      tour(out, id);
    }
    if (benchSeconds > 0
        && Gym.registry().all().stream().anyMatch(s -> s.id().equals("CartPole-v1"))) {
      out.println();
      out.println(
          "Stepping speed of CartPole-v1 (random actions, about "
              + String.format(Locale.ROOT, "%.1f", benchSeconds)
              + " s each):");
      out.flush();
      speed(out, "unwrapped", Bench.Mode.unwrapped);
      speed(out, "Gym.make (checker, order enforcing, time limit)", Bench.Mode.make);
    }
    if (learnSteps > 0) {
      DemoExtras.learnFrozenLake(out, learnSteps, seed);
    }
    if (Gym.registry().all().stream().anyMatch(s -> s.id().equals(CtrlAviaryEnv.ID))) {
      PidCircleDemo.run(out, seed);
    }
    if (!pictures.equals("none")) {
      DemoExtras.pictures(out, Path.of(pictures), seed);
    }
    out.println();
    out.println(
        "Next: jym info CartPole-v1 | jym check CartPole-v1 | "
            + "jym rollout CartPole-v1 --seed 42 --steps 5 | jym bench CartPole-v1 | "
            + "jym train CartPole-v1 --algo ppo --out runs/ppo");
    out.flush();
    return Jym.EXIT_OK;
  }

  /** Up to {@code n} ids: registered favourites first, then other ids (latest versions). */
  static List<String> pick(int n) {
    List<EnvSpec> all = Gym.registry().all();
    Set<String> ids = new LinkedHashSet<>();
    for (String f : FAVOURITES) {
      if (all.stream().anyMatch(s -> s.id().equals(f))) {
        ids.add(f);
      }
    }
    Set<String> families = new LinkedHashSet<>();
    for (String id : ids) {
      families.add(Gym.registry().resolve(id).name());
    }
    for (EnvSpec s : all) {
      if (ids.size() >= n) {
        break;
      }
      if (s.entryPoint() != null && families.add(s.name())) {
        ids.add(
            Gym.registry()
                .resolve(s.namespace() == null ? s.name() : s.namespace() + "/" + s.name())
                .id());
      }
    }
    return new ArrayList<>(ids).subList(0, Math.min(n, ids.size()));
  }

  @SuppressWarnings("unchecked")
  private void tour(PrintWriter out, String id) {
    Env<Object, Object> env = Gym.make(id, Map.of());
    try {
      out.println();
      out.println(
          env.spec().id()
              + ": observations "
              + env.observationSpace()
              + ", actions "
              + env.actionSpace()
              + (env.spec().maxEpisodeSteps() == null
                  ? ""
                  : ", at most " + env.spec().maxEpisodeSteps() + " steps")
              + (env.spec().rewardThreshold() == null
                  ? ""
                  : ", solved at return " + env.spec().rewardThreshold()));
      Space<Object> actions = env.actionSpace();
      actions.seed(seed);
      double total = 0;
      for (int ep = 0; ep < episodes; ep++) {
        if (ep == 0) {
          env.reset(seed, null);
        } else {
          env.reset();
        }
        double ret = 0;
        int length = 0;
        boolean cut = false;
        while (true) {
          Step<Object> s = env.step(actions.sample());
          ret += s.reward();
          length++;
          if (s.done()) {
            break;
          }
          if (length >= MAX_EPISODE_LENGTH) {
            cut = true;
            break;
          }
        }
        total += ret;
        out.println(
            String.format(
                Locale.ROOT,
                "  episode %d: return %10.2f, length %5d%s",
                ep + 1,
                ret,
                length,
                cut ? " (cut)" : ""));
      }
      out.println(String.format(Locale.ROOT, "  mean return %.2f", total / episodes));
      out.flush();
    } finally {
      env.close();
    }
  }

  private void speed(PrintWriter out, String label, Bench.Mode mode) {
    Env<?, ?> made = Gym.make("CartPole-v1", Map.of());
    try {
      Env<?, ?> env = mode == Bench.Mode.unwrapped ? made.unwrapped() : made;
      Bench.Result r = Bench.timed("CartPole-v1", mode, env, benchSeconds, seed);
      out.println(
          String.format(
              Locale.ROOT,
              "  %-50s %,14.0f steps/s (%d episodes)",
              label,
              r.stepsPerSecond(),
              r.episodes()));
      out.flush();
    } finally {
      made.close();
    }
  }
}
