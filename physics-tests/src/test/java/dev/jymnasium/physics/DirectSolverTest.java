package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.bench.Scenes;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * ODE4J's direct solver: repeatable on parallel threads (no shared random state); DeterminismTest
 * covers snapshots.
 */
class DirectSolverTest {
  private static final WorldSettings DIRECT =
      WorldSettings.defaults().withSolver(ConstraintSolver.DIRECT);
  private static final int STEPS = 800;

  /**
   * chain-7 (motors, limits, ground contacts) stepped {@code STEPS} times; returns the final state.
   */
  private static double[] chainRun() {
    try (PhysicsWorld world = PhysicsEngine.byName("ode4j").createWorld(DIRECT)) {
      Scenes.SceneDriver driver = Scenes.build("chain-7", world);
      for (long s = 0; s < STEPS; s++) {
        driver.beforeStep(s);
        world.step(0.002);
      }
      assertTrue(world.isFinite());
      return world.snapshot().values();
    }
  }

  @Test
  void worldsOnParallelThreadsStepAsOneAlone() {
    double[] alone = chainRun();
    CompletableFuture<double[]> first = CompletableFuture.supplyAsync(DirectSolverTest::chainRun);
    CompletableFuture<double[]> second = CompletableFuture.supplyAsync(DirectSolverTest::chainRun);
    assertArrayEquals(alone, first.join());
    assertArrayEquals(alone, second.join());
  }

  @Test
  void jbulletRefusesTheDirectSolver() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PhysicsEngine.byName("jbullet").createWorld(DIRECT));
    assertTrue(
        e.getMessage().contains("DIRECT") && e.getMessage().contains("ode4j"), e.getMessage());
  }
}
