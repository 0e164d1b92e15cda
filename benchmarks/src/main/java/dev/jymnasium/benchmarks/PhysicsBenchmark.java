package dev.jymnasium.benchmarks;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;
import dev.jymnasium.physics.bench.Scenes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One physics step (dt = 2 ms) of each fixed scene on each engine; throughput is steps per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PhysicsBenchmark {
  private static final double DT_SECONDS = 0.002;

  @Param({"ode4j", "jbullet"})
  public String engine;

  @Param({"box-on-plane", "chain-7", "boxes-100"})
  public String scene;

  private PhysicsWorld world;
  private Scenes.SceneDriver driver;
  private long stepIndex;

  @Setup(Level.Trial)
  public void build() {
    world =
        PhysicsEngine.byName(engine)
            .createWorld(WorldSettings.defaults().withMaxSubStep(DT_SECONDS));
    driver = Scenes.build(scene, world);
    stepIndex = 0;
  }

  @Benchmark
  public double step() {
    driver.beforeStep(stepIndex++);
    world.step(DT_SECONDS);
    return world.timeSeconds();
  }

  @TearDown(Level.Trial)
  public void close() {
    world.close();
  }
}
