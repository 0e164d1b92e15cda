package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Physics checkable on paper, on both engines (and ODE4J's direct solver). */
class PhysicsLawsTest {
  private static final double G = WorldSettings.STANDARD_GRAVITY_MPS2;

  private static PhysicsWorld world(String engine, double subStepSeconds) {
    return TestWorlds.create(engine, WorldSettings.defaults().withMaxSubStep(subStepSeconds));
  }

  private static Body ground(PhysicsWorld world, double friction, double restitution) {
    return world.addBody(
        BodySpec.fixed("ground", Shape.Plane.ground())
            .friction(friction)
            .restitution(restitution)
            .build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void freeFallFollowsHalfGTSquared(String engine) {
    try (PhysicsWorld world = world(engine, 0.001)) {
      Body ball =
          world.addBody(
              BodySpec.dynamic("ball", new Shape.Sphere(0.1)).position(0, 0, 10).massKg(1).build());
      for (int i = 0; i < 1000; i++) {
        world.step(0.001);
      }
      Vector3d p = ball.position(new Vector3d());
      // Semi-implicit Euler is off by g·dt·t/2 = 0.005 m after 1 s.
      assertEquals(10 - 0.5 * G, p.z, 0.01);
      assertEquals(-G, ball.linearVelocity(new Vector3d()).z, 1e-3);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void pendulumPeriodMatchesSmallAngleFormula(String engine) {
    double length = 1.0;
    double theta0 = 0.05;
    try (PhysicsWorld world = world(engine, 0.001)) {
      // A 5 cm bob: its own inertia lengthens the period by only 0.05%.
      Body bob =
          world.addBody(
              BodySpec.dynamic("bob", new Shape.Sphere(0.05))
                  .position(length * Math.sin(theta0), 0, 2 - length * Math.cos(theta0))
                  .massKg(1)
                  .build());
      world.addJoint(
          JointSpec.hinge("pivot", null, bob, new Vector3d(0, 0, 2), new Vector3d(0, 1, 0)));
      double previousX = bob.position(new Vector3d()).x;
      double firstCrossing = Double.NaN;
      double lastCrossing = Double.NaN;
      int crossings = 0;
      for (int i = 1; i <= 7000; i++) {
        world.step(0.001);
        double x = bob.position(new Vector3d()).x;
        if (previousX > 0 && x <= 0) {
          double t = 0.001 * (i - 1 + previousX / (previousX - x));
          if (crossings == 0) {
            firstCrossing = t;
          }
          lastCrossing = t;
          crossings++;
        }
        previousX = x;
      }
      double period = (lastCrossing - firstCrossing) / (crossings - 1);
      assertEquals(2 * Math.PI * Math.sqrt(length / G), period, 0.01 * period);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void boxRestsAtHalfHeightWithoutDrift(String engine) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      ground(world, 1, 0);
      Body box =
          world.addBody(
              BodySpec.dynamic("box", new Shape.Box(0.5, 0.3, 0.2))
                  .position(1, 2, 0.2)
                  .massKg(2)
                  .build());
      for (int i = 0; i < 500; i++) {
        world.step(0.002);
      }
      Vector3d settled = box.position(new Vector3d());
      for (int i = 0; i < 4500; i++) {
        world.step(0.002);
      }
      Vector3d end = box.position(new Vector3d());
      assertEquals(0.2, end.z, 5e-3, "rest height");
      assertEquals(1, end.x, 1e-3);
      assertEquals(2, end.y, 1e-3);
      assertEquals(0, settled.distance(end), 1e-4, "drift from 1 s to 10 s");
      double normalForce = 0;
      for (Contact c : world.contacts()) {
        normalForce += c.normalForceN;
        double up = c.bodyA == box ? c.normal.z : -c.normal.z;
        assertTrue(up > 0.99, "normal points from ground to box: " + c);
      }
      assertEquals(2 * G, normalForce, 0.1 * 2 * G, "contact forces carry the weight");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void boxOnInclineSlidesIffTanThetaAboveMu(String engine) {
    double mu = 0.5;
    assertTrue(slideDistance(engine, Math.toRadians(20), mu) < 0.01, "tan 20° = 0.36 < 0.5: stays");
    double a = G * (Math.sin(Math.toRadians(35)) - mu * Math.cos(Math.toRadians(35)));
    double expected = 0.5 * a * 1.0;
    assertEquals(
        expected,
        slideDistance(engine, Math.toRadians(35), mu),
        0.15 * expected,
        "tan 35° = 0.70 > 0.5");
  }

  /** Distance slid in 1 s on a plane tilted by theta (gravity tilted instead of the plane). */
  private static double slideDistance(String engine, double theta, double mu) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      world.setGravity(new Vector3d(G * Math.sin(theta), 0, -G * Math.cos(theta)));
      ground(world, 1, 0);
      Body box =
          world.addBody(
              BodySpec.dynamic("box", new Shape.Box(0.2, 0.2, 0.1))
                  .position(0, 0, 0.1)
                  .massKg(1)
                  .friction(mu)
                  .build());
      for (int i = 0; i < 500; i++) {
        world.step(0.002);
      }
      return box.position(new Vector3d()).x;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void bounceHeightFollowsRestitution(String engine) {
    double e = 0.8;
    double dropHeight = 1.0;
    try (PhysicsWorld world = world(engine, 0.001)) {
      ground(world, 1, 1);
      Body ball =
          world.addBody(
              BodySpec.dynamic("ball", new Shape.Sphere(0.1))
                  .position(0, 0, 0.1 + dropHeight)
                  .massKg(1)
                  .restitution(e)
                  .build());
      double apex = 0;
      boolean bounced = false;
      for (int i = 0; i < 1500; i++) {
        world.step(0.001);
        double vz = ball.linearVelocity(new Vector3d()).z;
        bounced |= vz > 0.5;
        if (bounced) {
          apex = Math.max(apex, ball.position(new Vector3d()).z - 0.1);
        }
      }
      assertEquals(e * e * dropHeight, apex, 0.06);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void hingeLimitHoldsUnderLoad(String engine) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      Body bar =
          world.addBody(
              BodySpec.dynamic("bar", new Shape.Box(0.5, 0.05, 0.05))
                  .position(0.5, 0, 1)
                  .massKg(5)
                  .build());
      Joint hinge =
          world.addJoint(
              JointSpec.hinge("hinge", null, bar, new Vector3d(0, 0, 1), new Vector3d(0, 1, 0))
                  .withLimits(-0.3, 0.3));
      bar.applyForce(new Vector3d(0, 0, -1)); // one-step nudge; gravity does the rest
      for (int i = 0; i < 1000; i++) {
        world.step(0.002);
      }
      // Gravity turns the bar down, which is a positive turn about +y.
      assertEquals(0.3, hinge.position(), 0.03, "held at the upper limit");
      assertEquals(0, hinge.velocity(), 0.05);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void motorReachesTargetVelocity(String engine) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      world.setGravity(new Vector3d());
      Body wheel =
          world.addBody(
              BodySpec.dynamic("wheel", new Shape.Cylinder(0.3, 0.05))
                  .position(0, 0, 1)
                  .massKg(2)
                  .build());
      Joint axle =
          world.addJoint(
              JointSpec.hinge("axle", null, wheel, new Vector3d(0, 0, 1), new Vector3d(0, 0, 1)));
      axle.setMotor(0, 3.0, 10.0);
      for (int i = 0; i < 500; i++) {
        world.step(0.002);
      }
      assertEquals(3.0, axle.velocity(), 0.03);
      assertEquals(3.0, wheel.angularVelocity(new Vector3d()).z, 0.03);
      assertTrue(axle.position() > 1.0, "angle grows continuously: " + axle.position());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void motorTorqueIsCapped(String engine) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      world.setGravity(new Vector3d());
      Body wheel =
          world.addBody(
              BodySpec.dynamic("wheel", new Shape.Sphere(0.5))
                  .position(0, 0, 1)
                  .mass(1, 0.1, 0.1, 0.1)
                  .build());
      Joint axle =
          world.addJoint(
              JointSpec.hinge("axle", null, wheel, new Vector3d(0, 0, 1), new Vector3d(1, 0, 0)));
      axle.setMotor(0, 100.0, 0.5);
      for (int i = 0; i < 100; i++) {
        world.step(0.002);
      }
      // 0.5 N·m on 0.1 kg·m² for 0.2 s: 1 rad/s.
      assertEquals(1.0, axle.velocity(), 0.1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void sliderMotorAndPosition(String engine) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      world.setGravity(new Vector3d());
      Body cart =
          world.addBody(
              BodySpec.dynamic("cart", new Shape.Box(0.2, 0.1, 0.1))
                  .position(0, 0, 1)
                  .massKg(1)
                  .build());
      Joint rail =
          world.addJoint(
              JointSpec.slider("rail", null, cart, new Vector3d(1, 0, 0)).withLimits(-1, 0.5));
      rail.setMotor(0, 1.0, 50);
      for (int i = 0; i < 250; i++) {
        world.step(0.002);
      }
      assertEquals(1.0, rail.velocity(), 0.02);
      assertEquals(0.5, rail.position(), 0.03);
      for (int i = 0; i < 250; i++) {
        world.step(0.002);
      }
      assertEquals(0.5, rail.position(), 0.02, "upper limit");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void momentumIsConservedInFreeSpace(String engine) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      world.setGravity(new Vector3d());
      Body a =
          world.addBody(
              BodySpec.dynamic("a", new Shape.Box(0.2, 0.1, 0.1))
                  .position(0, 0, 0)
                  .massKg(2)
                  .build());
      Body b =
          world.addBody(
              BodySpec.dynamic("b", new Shape.Box(0.2, 0.1, 0.1))
                  .position(0.5, 0, 0)
                  .massKg(1)
                  .build());
      Joint hinge =
          world.addJoint(
              JointSpec.hinge("h", a, b, new Vector3d(0.25, 0, 0), new Vector3d(0, 0, 1)));
      a.setLinearVelocity(new Vector3d(1, 0.5, 0));
      b.setLinearVelocity(new Vector3d(-1, 0, 0.3));
      hinge.setEffort(0, 0.5);
      Vector3d before = momentum(a, b);
      for (int i = 0; i < 500; i++) {
        world.step(0.002);
      }
      Vector3d after = momentum(a, b);
      assertEquals(0, before.distance(after), 1e-3, before + " vs " + after);
    }
  }

  private static Vector3d momentum(Body a, Body b) {
    Vector3d p = a.linearVelocity(new Vector3d()).mul(a.massKg());
    return p.add(b.linearVelocity(new Vector3d()).mul(b.massKg()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "ode4j-direct", "jbullet"})
  void raycastHitsTheClosestBody(String engine) {
    try (PhysicsWorld world = world(engine, 0.002)) {
      ground(world, 1, 0);
      Body box =
          world.addBody(
              BodySpec.dynamic("box", new Shape.Box(0.5, 0.5, 0.5))
                  .position(0, 0, 2)
                  .massKg(1)
                  .build());
      RayHit hit = new RayHit();
      assertTrue(world.raycast(new Vector3d(0.1, 0, 5), new Vector3d(0.1, 0, -1), hit));
      assertEquals(box, hit.body);
      assertEquals(2.5, hit.positionM.z, 1e-3);
      assertEquals(1, hit.normal.z, 1e-3);
      assertEquals(2.5 / 6, hit.fraction, 1e-3);
      assertTrue(world.raycast(new Vector3d(3, 0, 5), new Vector3d(3, 0, -1), hit));
      assertEquals("ground", hit.body.name());
      assertTrue(!world.raycast(new Vector3d(3, 0, 5), new Vector3d(3, 0, 1), hit));
    }
  }
}
