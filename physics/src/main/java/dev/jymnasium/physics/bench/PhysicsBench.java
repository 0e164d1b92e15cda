package dev.jymnasium.physics.bench;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Physics throughput benchmark: runs the fixed {@link Scenes} on one engine for a number of steps
 * (single thread) and reports steps per second. Also times chain-7 built directly on each engine
 * (the {@link RawChain7} its artifact registers as a {@link RawChain7Factory}), to measure the
 * neutral layer's overhead.
 *
 * <p>{@link #runAll} first builds and warms up every scene of an engine (the raw chain-7 too), so
 * that the JIT has compiled all of them before any timing starts, then times them in turns, a few
 * rounds, and keeps each one's best round. Timing one scene right after a short warm-up of its own
 * would charge whichever scene comes first with the compilation of code it shares with the others
 * (on a small, loaded machine that made the neutral chain-7 look 2–4 times slower than the raw one,
 * which ran last).
 */
public final class PhysicsBench {
  /** Step length used by default (s). */
  public static final double DEFAULT_DT_SECONDS = 0.002;

  /**
   * Timed rounds per scene in {@link #runAll(String, long, long, boolean)}; the best one is
   * reported.
   */
  public static final int DEFAULT_ROUNDS = 3;

  private PhysicsBench() {}

  /**
   * Builds {@code scene} on {@code engine}, runs {@code warmupSteps} untimed steps, then times
   * {@code steps} steps of {@code dtSeconds} (one round, no warm-up of other scenes).
   */
  public static BenchResult run(
      String engine, String scene, double dtSeconds, long warmupSteps, long steps) {
    checkCounts(warmupSteps, steps);
    try (Subject subject = new NeutralSubject(engine, scene, dtSeconds, steps)) {
      subject.advance(warmupSteps);
      return subject.result(subject.time());
    }
  }

  /**
   * Times chain-7 built directly on the engine's own API (no neutral layer); scene name
   * "chain-7-raw".
   */
  public static BenchResult runRawChain7(
      String engine, double dtSeconds, long warmupSteps, long steps) {
    checkCounts(warmupSteps, steps);
    try (Subject subject = new RawSubject(engine, dtSeconds, steps)) {
      subject.advance(warmupSteps);
      return subject.result(subject.time());
    }
  }

  /**
   * Runs every scene on the engines named ({@code all} = every engine on the classpath), plus the
   * raw chain-7 when asked, best of {@link #DEFAULT_ROUNDS} rounds; boxes-100 times a tenth of
   * {@code steps}.
   */
  public static List<BenchResult> runAll(
      String engine, long warmupSteps, long steps, boolean withRaw) {
    return runAll(engine, warmupSteps, steps, withRaw, DEFAULT_ROUNDS);
  }

  /**
   * As {@link #runAll(String, long, long, boolean)} with {@code rounds} timed rounds: per engine,
   * every scene is built and warmed up first, then each round times every scene once, in turn.
   */
  public static List<BenchResult> runAll(
      String engine, long warmupSteps, long steps, boolean withRaw, int rounds) {
    checkCounts(warmupSteps, steps);
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
    }
    List<String> engines = "all".equals(engine) ? PhysicsEngine.names() : List.of(engine);
    List<BenchResult> results = new ArrayList<>();
    for (String name : engines) {
      List<Subject> subjects = new ArrayList<>();
      try {
        for (String scene : Scenes.NAMES) {
          long sceneSteps = "boxes-100".equals(scene) ? Math.max(1, steps / 10) : steps;
          subjects.add(new NeutralSubject(name, scene, DEFAULT_DT_SECONDS, sceneSteps));
        }
        if (withRaw) {
          subjects.add(new RawSubject(name, DEFAULT_DT_SECONDS, steps));
        }
        for (Subject subject : subjects) {
          subject.advance(warmupSteps);
        }
        double[] best = new double[subjects.size()];
        for (int round = 0; round < rounds; round++) {
          for (int i = 0; i < subjects.size(); i++) {
            best[i] = Math.max(best[i], subjects.get(i).time());
          }
        }
        for (int i = 0; i < subjects.size(); i++) {
          results.add(subjects.get(i).result(best[i]));
        }
      } finally {
        for (Subject subject : subjects) {
          subject.close();
        }
      }
    }
    return results;
  }

  private static void checkCounts(long warmupSteps, long steps) {
    if (steps <= 0 || warmupSteps < 0) {
      throw new IllegalArgumentException(
          "steps must be > 0 and warm-up >= 0, got " + steps + ", " + warmupSteps);
    }
  }

  /** One scene being benchmarked: stepped in place, timed in windows of {@code steps} steps. */
  private abstract static class Subject implements AutoCloseable {
    final String engine;
    final String scene;
    final double dtSeconds;
    final long steps;
    long step;

    Subject(String engine, String scene, double dtSeconds, long steps) {
      this.engine = engine;
      this.scene = scene;
      this.dtSeconds = dtSeconds;
      this.steps = steps;
    }

    abstract void advance(long count);

    abstract int bodyCount();

    /** Times the next {@code steps} steps; returns steps per second. */
    final double time() {
      long start = System.nanoTime();
      advance(steps);
      return steps / ((System.nanoTime() - start) / 1e9);
    }

    final BenchResult result(double stepsPerSecond) {
      return new BenchResult(engine, scene, bodyCount(), dtSeconds, steps, stepsPerSecond);
    }

    @Override
    public abstract void close();
  }

  private static final class NeutralSubject extends Subject {
    private final PhysicsWorld world;
    private final Scenes.SceneDriver driver;

    NeutralSubject(String engine, String scene, double dtSeconds, long steps) {
      this(
          PhysicsEngine.byName(engine)
              .createWorld(WorldSettings.defaults().withMaxSubStep(dtSeconds)),
          scene,
          dtSeconds,
          steps);
    }

    private NeutralSubject(PhysicsWorld world, String scene, double dtSeconds, long steps) {
      super(world.engineName(), scene, dtSeconds, steps);
      this.world = world;
      try {
        driver = Scenes.build(scene, world);
      } catch (RuntimeException e) {
        world.close();
        throw e;
      }
    }

    @Override
    void advance(long count) {
      for (long end = step + count; step < end; step++) {
        driver.beforeStep(step);
        world.step(dtSeconds);
      }
    }

    @Override
    int bodyCount() {
      return world.bodies().size();
    }

    @Override
    public void close() {
      world.close();
    }
  }

  private static final class RawSubject extends Subject {
    private final RawChain7 raw;

    RawSubject(String engine, double dtSeconds, long steps) {
      super(PhysicsEngine.byName(engine).name(), "chain-7-raw", dtSeconds, steps);
      raw = rawFactory(this.engine).create(dtSeconds);
    }

    @Override
    void advance(long count) {
      for (long end = step + count; step < end; step++) {
        raw.step(step);
      }
    }

    @Override
    int bodyCount() {
      return raw.bodyCount();
    }

    @Override
    public void close() {
      raw.close();
    }
  }

  /**
   * The {@link RawChain7Factory} of {@code engine}, found through {@link ServiceLoader}.
   *
   * @throws IllegalArgumentException when the engine's artifact brings none; names the engines that
   *     have one
   */
  private static RawChain7Factory rawFactory(String engine) {
    List<String> found = new ArrayList<>();
    for (RawChain7Factory factory :
        ServiceLoader.load(RawChain7Factory.class, RawChain7Factory.class.getClassLoader())) {
      if (factory.engine().equals(engine)) {
        return factory;
      }
      found.add(factory.engine());
    }
    throw new IllegalArgumentException(
        "no raw chain-7 for engine '" + engine + "'; engines with one: " + found);
  }
}
