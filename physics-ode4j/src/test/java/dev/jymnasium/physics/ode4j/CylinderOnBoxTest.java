package dev.jymnasium.physics.ode4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.Contact;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.WorldSettings;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * A flat cylinder (a puck) on a box lies flat on several contact points and is not pressed into the
 * box by a load on its rim (libccd's one contact point let it tilt and sink, #14).
 */
class CylinderOnBoxTest {
  private static final double RADIUS_M = 0.03;
  private static final double HALF_LENGTH_M = 0.015;
  private static final double DT_S = 0.004;

  @Test
  void aPuckLiesFlatAndBearsALoadOnItsRim() {
    WorldSettings settings = WorldSettings.defaults().withSolver(ConstraintSolver.DIRECT);
    try (PhysicsWorld world = PhysicsEngine.byName("ode4j").createWorld(settings)) {
      Body table =
          world.addBody(
              BodySpec.fixed("table", new Shape.Box(0.5, 0.35, 0.2)).position(0, 0, -0.2).build());
      Body puck =
          world.addBody(
              BodySpec.dynamic("puck", new Shape.Cylinder(RADIUS_M, HALF_LENGTH_M))
                  .massKg(1)
                  .position(0, 0, HALF_LENGTH_M + 0.001)
                  .build());
      for (int i = 0; i < 250; i++) {
        world.step(DT_S);
      }
      int contacts = 0;
      for (int i = 0; i < world.contactCount(); i++) {
        if (world.contact(i, new Contact()).bodyB == table) {
          contacts++;
        }
      }
      assertTrue(contacts >= 3, contacts + " contacts with the table");
      Vector3d p = puck.position(new Vector3d());
      assertEquals(HALF_LENGTH_M, p.z, 5e-4, "resting centre height");
      Quaterniond q = puck.orientation(new Quaterniond());
      double tiltRad = 2 * Math.asin(Math.hypot(q.x, q.y));
      assertTrue(tiltRad < Math.toRadians(0.5), "tilt " + Math.toDegrees(tiltRad) + " deg");

      // 200 N down on the rim, as closed fingers pressing the puck's edge.
      Vector3d down = new Vector3d(0, 0, -200);
      Vector3d rim = new Vector3d();
      double lowest = p.z;
      for (int i = 0; i < 125; i++) {
        puck.position(rim).add(0.8 * RADIUS_M, 0, HALF_LENGTH_M);
        puck.applyForceAtPoint(down, rim);
        world.step(DT_S);
        lowest = Math.min(lowest, puck.position(p).z);
      }
      assertTrue(lowest > HALF_LENGTH_M - 0.002, "pressed puck's centre down to " + lowest + " m");
    }
  }
}
