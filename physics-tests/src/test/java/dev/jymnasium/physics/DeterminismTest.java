package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.bench.Scenes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bit-identical repeats: worlds built alike, and snapshot / restore, on scenes with contacts and
 * motors.
 */
class DeterminismTest {

  private static PhysicsWorld build(String engine, String scene, Scenes.SceneDriver[] driver) {
    PhysicsWorld world = TestWorlds.create(engine, WorldSettings.defaults());
    driver[0] = Scenes.build(scene, world);
    return world;
  }

  private static void run(PhysicsWorld world, Scenes.SceneDriver driver, long from, long steps) {
    for (long s = from; s < from + steps; s++) {
      driver.beforeStep(s);
      world.step(0.002);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void twoWorldsBuiltAlikeStepIdentically(String engine) {
    Scenes.SceneDriver[] d1 = new Scenes.SceneDriver[1];
    Scenes.SceneDriver[] d2 = new Scenes.SceneDriver[1];
    try (PhysicsWorld a = build(engine, "chain-7", d1);
        PhysicsWorld b = build(engine, "chain-7", d2)) {
      // Interleave the two worlds so any shared hidden state would show.
      for (long s = 0; s < 600; s++) {
        run(a, d1[0], s, 1);
        run(b, d2[0], s, 1);
      }
      assertArrayEquals(a.snapshot().values(), b.snapshot().values());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ode4j:chain-7",
        "ode4j-direct:chain-7",
        "jbullet:chain-7",
        "ode4j:boxes-100",
        "jbullet:boxes-100"
      })
  void restoreThenStepRepeatsTheOriginalBitForBit(String engineAndScene) {
    String engine = engineAndScene.substring(0, engineAndScene.indexOf(':'));
    String scene = engineAndScene.substring(engine.length() + 1);
    Scenes.SceneDriver[] d = new Scenes.SceneDriver[1];
    try (PhysicsWorld world = build(engine, scene, d)) {
      run(world, d[0], 0, 300);
      WorldSnapshot saved = world.snapshot();
      run(world, d[0], 300, 300);
      double[] original = world.snapshot().values();
      world.restore(saved);
      run(world, d[0], 300, 300);
      assertArrayEquals(original, world.snapshot().values());
      assertTrue(world.isFinite());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void snapshotRestoresIntoAnotherWorldBuiltAlike(String engine) {
    Scenes.SceneDriver[] d1 = new Scenes.SceneDriver[1];
    Scenes.SceneDriver[] d2 = new Scenes.SceneDriver[1];
    try (PhysicsWorld a = build(engine, "chain-7", d1);
        PhysicsWorld b = build(engine, "chain-7", d2)) {
      run(a, d1[0], 0, 200);
      b.restore(a.snapshot());
      run(a, d1[0], 200, 200);
      run(b, d2[0], 200, 200);
      assertArrayEquals(a.snapshot().values(), b.snapshot().values());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void blowUpIsReportedByIsFinite(String engine) {
    try (PhysicsWorld world = PhysicsEngine.byName(engine).createWorld()) {
      Body box =
          world.addBody(BodySpec.dynamic("box", new Shape.Box(0.1, 0.1, 0.1)).massKg(1).build());
      assertTrue(world.isFinite());
      box.applyForce(new org.joml.Vector3d(1e308, 1e308, 0));
      box.applyForce(new org.joml.Vector3d(1e308, 1e308, 0));
      world.step(0.002);
      world.step(0.002);
      assertFalse(world.isFinite());
    }
  }
}
