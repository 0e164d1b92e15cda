package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Shape;
import org.joml.Vector3d;

/** Reach: bring the grasp target within 5 cm of a point in a 0.3 × 0.3 × 0.3 m box. */
final class ReachTask extends PandaTask {
  private static final double[] LOW = {-0.15, -0.15, 0};
  private static final double[] HIGH = {0.15, 0.15, 0.3};
  private static final Shape MARKER = new Shape.Sphere(0.02);
  private static final int MARKER_RGB = 0x1AE61A;

  private final Vector3d ee = new Vector3d();

  @Override
  Table table() {
    return Table.STANDARD;
  }

  @Override
  boolean gripperBlocked() {
    return true;
  }

  @Override
  int observationSize() {
    return 0;
  }

  @Override
  int goalSize() {
    return 3;
  }

  @Override
  double distanceThreshold() {
    return 0.05;
  }

  @Override
  void addBodies(PhysicsWorld world) {}

  @Override
  void reset(NpRandom rng, double[] goal) {
    uniform(rng, LOW, HIGH, goal);
  }

  @Override
  void observe(float[] out, int at) {}

  @Override
  void achievedGoal(PandaArm arm, float[] out) {
    arm.eePosition(ee);
    out[0] = (float) ee.x;
    out[1] = (float) ee.y;
    out[2] = (float) ee.z;
  }

  @Override
  void draw(Scene3D scene, double[] goal) {
    scene.add(TaskObject.marker(MARKER, Pose.at(goal[0], goal[1], goal[2]), MARKER_RGB));
  }
}
