package dev.jymnasium.physics.bench;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Physics throughput benchmark: runs one of the fixed {@link Scenes} on one engine for a number
 * of steps (single thread) and reports steps per second. Also times chain-7 built directly on
 * each engine, to measure the neutral layer's overhead.
 */
public final class PhysicsBench {
    /** Step length used by default (s). */
    public static final double DEFAULT_DT_SECONDS = 0.002;

    private PhysicsBench() {
    }

    /**
     * Builds {@code scene} on {@code engine}, runs {@code warmupSteps} untimed steps, then times
     * {@code steps} steps of {@code dtSeconds}.
     */
    public static BenchResult run(String engine, String scene, double dtSeconds, long warmupSteps, long steps) {
        if (steps <= 0 || warmupSteps < 0) {
            throw new IllegalArgumentException("steps must be > 0 and warm-up >= 0, got " + steps + ", " + warmupSteps);
        }
        WorldSettings settings = WorldSettings.defaults().withMaxSubStep(dtSeconds);
        try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld(settings)) {
            Scenes.SceneDriver driver = Scenes.build(scene, world);
            long step = 0;
            for (; step < warmupSteps; step++) {
                driver.beforeStep(step);
                world.step(dtSeconds);
            }
            long start = System.nanoTime();
            for (long end = step + steps; step < end; step++) {
                driver.beforeStep(step);
                world.step(dtSeconds);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new BenchResult(world.engineName(), scene, world.bodies().size(), dtSeconds, steps, steps / seconds);
        }
    }

    /** Times chain-7 built directly on the engine's own API (no neutral layer); scene name "chain-7-raw". */
    public static BenchResult runRawChain7(String engine, double dtSeconds, long warmupSteps, long steps) {
        RawChain7 raw = switch (PhysicsEngine.byName(engine).name()) {
            case "ode4j" -> new RawChain7Ode4j(dtSeconds);
            default -> new RawChain7JBullet(dtSeconds);
        };
        try {
            long step = 0;
            for (; step < warmupSteps; step++) {
                raw.step(step);
            }
            long start = System.nanoTime();
            for (long end = step + steps; step < end; step++) {
                raw.step(step);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new BenchResult(engine, "chain-7-raw", raw.bodyCount(), dtSeconds, steps, steps / seconds);
        } finally {
            raw.close();
        }
    }

    /** Runs every scene on the engines named ({@code all} = both), plus the raw chain-7 when asked. */
    public static List<BenchResult> runAll(String engine, long warmupSteps, long steps, boolean withRaw) {
        List<String> engines = "all".equals(engine) ? PhysicsEngine.NAMES : List.of(engine);
        List<BenchResult> results = new ArrayList<>();
        for (String name : engines) {
            for (String scene : Scenes.NAMES) {
                long sceneSteps = "boxes-100".equals(scene) ? Math.max(1, steps / 10) : steps;
                results.add(run(name, scene, DEFAULT_DT_SECONDS, warmupSteps, sceneSteps));
            }
            if (withRaw) {
                results.add(runRawChain7(name, DEFAULT_DT_SECONDS, warmupSteps, steps));
            }
        }
        return results;
    }

    /**
     * Command line: {@code [--engine jbullet|ode4j|all] [--steps N] [--warmup N] [--raw] [--json]};
     * prints one line per result.
     */
    public static void main(String[] args) {
        String engine = "all";
        long steps = 20_000;
        long warmup = 5_000;
        boolean json = false;
        boolean raw = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--engine" -> engine = args[++i];
                case "--steps" -> steps = Long.parseLong(args[++i]);
                case "--warmup" -> warmup = Long.parseLong(args[++i]);
                case "--json" -> json = true;
                case "--raw" -> raw = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        for (BenchResult r : runAll(engine, warmup, steps, raw)) {
            System.out.println(json ? r.toJson()
                    : String.format("%-8s %-13s bodies=%-4d dt=%.4f steps=%-7d %,12.0f steps/s", r.engine(),
                    r.scene(), r.bodies(), r.dt(), r.steps(), r.stepsPerSecond()));
        }
    }

    /** A scene driven directly through an engine's own API. */
    interface RawChain7 extends AutoCloseable {
        void step(long step);

        int bodyCount();

        @Override
        void close();
    }
}
