package dev.jymnasium.physics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.WorldSettings;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Position servos and thrusters against the laws they implement, on both engines. */
class ActuatorKindsTest {
  private static final double DT = 0.002;

  /** A bar on a hinge about y, without gravity, driven by {@code actuator}. */
  private static ModelSpec bar(ActuatorSpec actuator) {
    LinkSpec link =
        LinkSpec.of(
            "bar",
            null,
            Pose.at(0, 0, 1),
            List.of(GeomSpec.of("rod", new Shape.Box(0.25, 0.02, 0.02), Pose.at(0.25, 0, 0))),
            List.of(JointDef.hinge("pivot", 0, 1, 0)));
    return ModelSpec.of("bar", DT, List.of(link), List.of(actuator)).withGravity(0, 0, 0);
  }

  /** A free 0.2 x 0.2 x 0.2 m box (8 kg at the default density) with two thrusters. */
  private static ModelSpec drone(double gravity) {
    LinkSpec body =
        LinkSpec.of(
                "body",
                null,
                Pose.at(0, 0, 1),
                List.of(GeomSpec.of("hull", new Shape.Box(0.1, 0.1, 0.1), Pose.IDENTITY)),
                List.of(JointDef.free("root")))
            .withSites(List.of(SiteSpec.at("top", 0, 0, 0.1)));
    ActuatorSpec lift =
        new ActuatorSpec.Thruster(
            "lift", "top", new Vector3d(0, 0, -0.1), new Vector3d(0, 0, 1), new Vector3d(), 0, 200);
    ActuatorSpec yaw =
        new ActuatorSpec.Thruster(
            "yaw", "body", new Vector3d(), new Vector3d(), new Vector3d(0, 0, 1), -1, 1);
    return ModelSpec.of("drone", DT, List.of(body), List.of(lift, yaw)).withGravity(0, 0, -gravity);
  }

  private static PhysicsWorld world(String engine, ModelSpec spec) {
    return PhysicsEngine.byName(engine).createWorld(spec.worldSettings());
  }

  private static void run(ArticulatedModel model, PhysicsWorld world, double[] ctrl, int steps) {
    model.applyControls(ctrl);
    for (int i = 0; i < steps; i++) {
      model.applyActuatorForces();
      world.step(DT);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void servoSettlesAtItsTarget(String engine) {
    ModelSpec spec = bar(new ActuatorSpec.PositionServo("servo", "pivot", 20, 2, -1, 1, 100));
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      assertTrue(model.hasStepwiseActuators());
      run(model, world, new double[] {0.5}, 1500);
      assertEquals(0.5, model.jointPosition("pivot"), 1e-3);
      run(model, world, new double[] {3}, 1500); // clamped to the control range
      assertEquals(1.0, model.jointPosition("pivot"), 1e-3);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void saturatedServoPushesLikeAMotorAtItsForceLimit(String engine) {
    ModelSpec servo = bar(new ActuatorSpec.PositionServo("servo", "pivot", 1e6, 0, -3, 3, 0.05));
    ModelSpec motor = bar(new ActuatorSpec.Motor("motor", "pivot", 0.05, -1, 1));
    try (PhysicsWorld w1 = world(engine, servo);
        PhysicsWorld w2 = world(engine, motor)) {
      ArticulatedModel m1 = servo.instantiate(w1);
      ArticulatedModel m2 = motor.instantiate(w2);
      run(m1, w1, new double[] {3}, 100);
      run(m2, w2, new double[] {1}, 100);
      assertTrue(m2.jointVelocity("pivot") > 0.01, "the motor turned the bar");
      assertEquals(m2.jointVelocity("pivot"), m1.jointVelocity("pivot"), 1e-12);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void thrustEqualToWeightHovers(String engine) {
    ModelSpec spec = drone(WorldSettings.STANDARD_GRAVITY_MPS2);
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      double weightN = model.linkMassKg(0) * WorldSettings.STANDARD_GRAVITY_MPS2;
      run(model, world, new double[] {weightN, 0}, 500);
      assertEquals(1.0, model.qpos(null)[2], 1e-6);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void thrustAndTorqueTurnWithTheBody(String engine) {
    ModelSpec spec = drone(0);
    try (PhysicsWorld world = world(engine, spec)) {
      ArticulatedModel model = spec.instantiate(world);
      double massKg = model.linkMassKg(0);
      // Tilted 90 degrees about x: the body's +z points along world -y.
      Quaterniond tilt = new Quaterniond().rotateX(Math.PI / 2);
      model.reset(new double[] {0, 0, 1, tilt.w, tilt.x, tilt.y, tilt.z}, new double[6]);
      double seconds = 0.2;
      run(model, world, new double[] {4, 0}, (int) Math.round(seconds / DT));
      double[] qvel = model.qvel(null);
      assertEquals(-4 / massKg * seconds, qvel[1], 1e-6, "thrust along the body's z, now world -y");
      assertEquals(0, qvel[2], 1e-9);
      // The yaw torque about the body's z: I_zz = m (0.2^2 + 0.2^2) / 12 for the cube.
      double izz = massKg * (0.04 + 0.04) / 12;
      model.reset(new double[] {0, 0, 1, 1, 0, 0, 0}, new double[6]);
      run(model, world, new double[] {0, 0.5}, (int) Math.round(seconds / DT));
      Vector3d spin = model.linkAngularVelocity(0, new Vector3d());
      assertEquals(0.5 / izz * seconds, spin.z, 1e-4);
    }
  }

  @Test
  void badActuatorsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ActuatorSpec.PositionServo("s", "pivot", 0, 1, -1, 1, 1));
    assertTrue(e.getMessage().contains("kp"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ModelSpec.of(
                    "m",
                    DT,
                    drone(0).links(),
                    List.of(
                        new ActuatorSpec.Thruster(
                            "t",
                            "nowhere",
                            new Vector3d(),
                            new Vector3d(0, 0, 1),
                            new Vector3d(),
                            0,
                            1))));
    assertEquals(
        "thruster 't' acts on 'nowhere', which is neither a link nor a site", e.getMessage());
  }
}
