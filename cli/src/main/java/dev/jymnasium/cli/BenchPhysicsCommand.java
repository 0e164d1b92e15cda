package dev.jymnasium.cli;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.bench.BenchResult;
import dev.jymnasium.physics.bench.PhysicsBench;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jym bench-physics}: single-thread steps per second of the physics layer's fixed scenes
 * ({@code box-on-plane}, {@code chain-7}, {@code boxes-100}) on each engine, at dt = 2 ms.
 */
@Command(
    name = "bench-physics",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the speed of the physics engines.",
      "Steps per second of fixed physics scenes on each engine on the classpath (single"
          + " thread)."
    })
final class BenchPhysicsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--engine",
      defaultValue = "all",
      description = "jbullet, ode4j or all (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(
      names = "--steps",
      defaultValue = "20000",
      description = "Timed steps per scene; boxes-100 runs a tenth (default: ${DEFAULT-VALUE}).")
  long steps;

  @Option(
      names = "--warmup",
      defaultValue = "5000",
      description = "Untimed steps first, for the JIT (default: ${DEFAULT-VALUE}).")
  long warmup;

  @Option(
      names = "--raw",
      description = "Also time chain-7 written directly against each engine's own API.")
  boolean raw;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() {
    if (!engine.equals("all") && !PhysicsEngine.names().contains(engine)) {
      throw CliException.usage(
          "unknown engine '" + engine + "'; expected one of " + PhysicsEngine.names() + " or all");
    }
    if (steps < 1 || warmup < 0) {
      throw CliException.usage("--steps must be >= 1 and --warmup >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    for (BenchResult r : PhysicsBench.runAll(engine, warmup, steps, raw)) {
      out.println(
          json
              ? r.toJson()
              : String.format(
                  "%-8s %-13s bodies=%-4d dt=%.4f steps=%-7d %,12.0f steps/s",
                  r.engine(), r.scene(), r.bodies(), r.dt(), r.steps(), r.stepsPerSecond()));
      out.flush();
    }
    return Jym.EXIT_OK;
  }
}
