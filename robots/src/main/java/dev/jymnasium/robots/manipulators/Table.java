package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Shape;
import org.joml.Vector3d;

/**
 * panda-gym's table (top at z = 0, 0.7 m wide, 0.4 m high, its length and x offset per task) and
 * the floor 0.4 m below, both static.
 *
 * @param lengthM extent along x (m)
 * @param xOffsetM centre x (m)
 */
record Table(double lengthM, double xOffsetM) {
  /** Bullet's default friction, which panda-gym keeps for the table and the cubes. */
  static final double DEFAULT_FRICTION = 0.5;

  static final double WIDTH_M = 0.7;
  static final double HEIGHT_M = 0.4;

  /** The table of Reach, Push, PickAndPlace, Stack and Flip. */
  static final Table STANDARD = new Table(1.1, -0.3);

  /** Slide's longer table. */
  static final Table LONG = new Table(1.4, -0.1);

  private static final int TABLE_RGB = 0xE6E6E6;

  /** Adds the floor plane and the table box to {@code world}. */
  void addTo(PhysicsWorld world) {
    world.addBody(
        BodySpec.fixed("floor", new Shape.Plane(new Vector3d(0, 0, 1), -HEIGHT_M))
            .friction(DEFAULT_FRICTION)
            .build());
    world.addBody(
        BodySpec.fixed("table", new Shape.Box(lengthM / 2, WIDTH_M / 2, HEIGHT_M / 2))
            .position(xOffsetM, 0, -HEIGHT_M / 2)
            .friction(DEFAULT_FRICTION)
            .build());
  }

  /** Draws the floor and the table. */
  void draw(Scene3D scene) {
    scene.checkerGround(-HEIGHT_M, 4, 0.25);
    scene.box(
        Pose.at(xOffsetM, 0, -HEIGHT_M / 2), lengthM / 2, WIDTH_M / 2, HEIGHT_M / 2, TABLE_RGB);
  }
}
