package dev.jymnasium.robots.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.checker.EnvChecker;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.model.ActuatorSpec;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.robots.model.MjcfLoader;
import java.util.List;
import java.util.Map;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The physics env base, extended the way a new family would: a one-thruster rocket on a rail. */
class PhysicsEnvTest {
  private static final double DT = 0.01;

  /** Height of a 1 kg block on a vertical slide; the action is the thrust (N) of one thruster. */
  static final class Rocket extends PhysicsEnv<double[], float[]> {
    private final Box<double[]> observationSpace = Box.float64(-100, 100, 2);
    private final Box<float[]> actionSpace = Box.float32(0, 20, 1);
    private final double[] obs = new double[2];
    private final double[] ctrl = new double[1];
    private final Step<double[]> step = new Step<>();

    Rocket(PhysicsEnvOptions options) {
      super(
          "Rocket-v0",
          new EnvMetadata(List.of("rgb_array"), 1 / DT),
          model(),
          ConstraintSolver.ITERATIVE,
          options,
          CameraConfig.side("block", 0, 3, -10));
    }

    private static ModelSpec model() {
      LinkSpec block =
          LinkSpec.of(
              "block",
              null,
              Pose.at(0, 0, 1),
              List.of(
                  GeomSpec.of("hull", new Shape.Box(0.05, 0.05, 0.05), Pose.IDENTITY)
                      .withDensity(1000)),
              List.of(JointDef.slide("rail", 0, 0, 1)));
      ActuatorSpec thrust =
          new ActuatorSpec.Thruster(
              "thrust", "block", new Vector3d(), new Vector3d(0, 0, 1), new Vector3d(), 0, 20);
      return ModelSpec.of("rocket", DT, List.of(block), List.of(thrust));
    }

    @Override
    public Box<double[]> observationSpace() {
      return observationSpace;
    }

    @Override
    public Box<float[]> actionSpace() {
      return actionSpace;
    }

    private double[] observe() {
      obs[0] = model.jointPosition("rail");
      obs[1] = model.jointVelocity("rail");
      return obs;
    }

    @Override
    protected Reset<double[]> doReset(Long seed, Map<String, Object> options) {
      restoreInitialState();
      model.reset(new double[1], new double[] {npRandom().uniform(-0.1, 0.1)});
      return new Reset<>(observe(), Map.of());
    }

    @Override
    protected Step<double[]> doStep(float[] action) {
      ctrl[0] = action[0];
      simulate(ctrl, 1);
      return step.set(observe(), -Math.abs(obs[0]), false, false, Map.of());
    }
  }

  private static PhysicsEnvOptions options(String engine) {
    return ConfigBinder.bind(PhysicsEnvOptions.class, "Rocket-v0", Map.of("engine", engine));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void thrustAgainstGravityFollowsNewton(String engine) {
    try (Rocket rocket = new Rocket(options(engine))) {
      assertEquals(engine, rocket.engine());
      double v0 = rocket.reset(7L).observation()[1];
      double massKg = rocket.articulatedModel().linkMassKg(0);
      double thrustN = 2 * massKg * 9.81;
      double[] obs = null;
      for (int i = 0; i < 50; i++) {
        obs = rocket.step(new float[] {(float) thrustN}).observation();
      }
      // Net acceleration g upwards for 0.5 s (float32 thrust, semi-implicit Euler steps).
      assertEquals(v0 + 9.81 * 0.5, obs[1], 2e-3);
    }
  }

  @Test
  void seededResetsReplayExactly() {
    try (Rocket rocket = new Rocket(options("ode4j"))) {
      double[] first = rocket.reset(3L).observation().clone();
      double[] after = rocket.step(new float[] {15}).observation().clone();
      assertArrayEquals(first, rocket.reset(3L).observation());
      assertArrayEquals(after, rocket.step(new float[] {15}).observation());
      assertTrue(EnvChecker.check(rocket).passed(), EnvChecker.check(rocket).toString());
    }
  }

  @Test
  void itDrawsItsModelAndNamesABadEngine() {
    try (Rocket rocket = new Rocket(options("jbullet"))) {
      rocket.reset(0L);
      assertInstanceOf(Scene3D.class, rocket.scene());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Rocket(options("bullet")));
    assertTrue(e.getMessage().startsWith("kwarg 'engine' of Rocket-v0: "), e.getMessage());
  }

  @Test
  void modelsLoadFromFilesBundledNamesAndTheClasspath() {
    assertEquals("hopper", MjcfLoader.loadAny("hopper.xml").spec().name());
    assertEquals(
        "hopper", MjcfLoader.loadAny(MjcfLoader.MODEL_FOLDER + "hopper.xml").spec().name());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MjcfLoader.loadAny("no-such-model.xml"));
    assertTrue(e.getMessage().startsWith("no model 'no-such-model.xml'"), e.getMessage());
  }
}
