package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.physics.PhysicsWorld;

/**
 * Flip: turn the cube to a uniformly random orientation; the goal is a quaternion (x, y, z, w), the
 * distance {@code 1 − ⟨q_achieved, q_desired⟩²} (0 for the same rotation, 1 for a half turn apart),
 * success below 0.2. The goal is sampled as scipy's {@code Rotation.random} does (four standard
 * normals, normalised), then the cube's start xy; the cube starts upright.
 */
final class FlipTask extends PandaTask {
  private static final double[] LOW = {-0.15, -0.15, 0};
  private static final double[] HIGH = {0.15, 0.15, 0};
  private static final int CUBE_RGB = 0xE6801A;

  /** Where the goal orientation is shown: above the table centre, as panda-gym shows it. */
  private static final double MARKER_Z_M = 3 * CUBE_M / 2;

  private final double[] noise = new double[3];
  private TaskObject cube;

  @Override
  Table table() {
    return Table.STANDARD;
  }

  @Override
  boolean gripperBlocked() {
    return false;
  }

  @Override
  int observationSize() {
    return 13;
  }

  @Override
  int goalSize() {
    return 4;
  }

  @Override
  double distanceThreshold() {
    return 0.2;
  }

  @Override
  void addBodies(PhysicsWorld world) {
    cube = TaskObject.cube(world, "object", CUBE_M, 1.0, CUBE_RGB);
  }

  @Override
  void reset(NpRandom rng, double[] goal) {
    double norm = 0;
    for (int k = 0; k < 4; k++) {
      goal[k] = rng.standardNormal();
      norm += goal[k] * goal[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < 4; k++) {
      goal[k] /= norm;
    }
    uniform(rng, LOW, HIGH, noise);
    cube.place(noise[0], noise[1], CUBE_M / 2 + noise[2], 0, 0, 0, 1);
  }

  @Override
  void observe(float[] out, int at) {
    cube.observe(out, at, TaskObject.Rotation.QUATERNION);
  }

  @Override
  void achievedGoal(PandaArm arm, float[] out) {
    cube.quaternion(out, 0);
  }

  @Override
  double distance(float[] achieved, float[] desired, int i) {
    double dot = 0;
    for (int k = 4 * i; k < 4 * i + 4; k++) {
      dot += (double) achieved[k] * desired[k];
    }
    return 1 - dot * dot;
  }

  @Override
  void draw(Scene3D scene, double[] goal) {
    cube.draw(scene);
    // Scene poses take the quaternion as w, x, y, z.
    cube.drawGhost(scene, new Pose(0, 0, MARKER_Z_M, goal[3], goal[0], goal[1], goal[2]));
  }
}
