package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.physics.PhysicsWorld;

/**
 * Stack: put the blue cube (2 kg) on the goal spot and the green one (1 kg) on top of it; success
 * within 0.1 m over both positions. Draws: the goal's xy, then each cube's start xy.
 */
final class StackTask extends PandaTask {
  private static final double[] LOW = {-0.15, -0.15, 0};
  private static final double[] HIGH = {0.15, 0.15, 0};
  private static final int BLUE = 0x1A1AE6;
  private static final int GREEN = 0x1AE61A;

  private final double[] noise = new double[3];
  private TaskObject bottom;
  private TaskObject top;

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
    return 24;
  }

  @Override
  int goalSize() {
    return 6;
  }

  @Override
  double distanceThreshold() {
    return 0.1;
  }

  @Override
  void addBodies(PhysicsWorld world) {
    bottom = TaskObject.cube(world, "object1", CUBE_M, 2.0, BLUE);
    top = TaskObject.cube(world, "object2", CUBE_M, 1.0, GREEN);
  }

  @Override
  void reset(NpRandom rng, double[] goal) {
    uniform(rng, LOW, HIGH, noise);
    goal[0] = noise[0];
    goal[1] = noise[1];
    goal[2] = CUBE_M / 2 + noise[2];
    goal[3] = noise[0];
    goal[4] = noise[1];
    goal[5] = 3 * CUBE_M / 2 + noise[2];
    uniform(rng, LOW, HIGH, noise);
    bottom.place(noise[0], noise[1], CUBE_M / 2 + noise[2], 0, 0, 0, 1);
    uniform(rng, LOW, HIGH, noise);
    top.place(noise[0], noise[1], 3 * CUBE_M / 2 + noise[2], 0, 0, 0, 1);
  }

  @Override
  void observe(float[] out, int at) {
    int next = bottom.observe(out, at, TaskObject.Rotation.EULER);
    top.observe(out, next, TaskObject.Rotation.EULER);
  }

  @Override
  void achievedGoal(PandaArm arm, float[] out) {
    bottom.position(out, 0);
    top.position(out, 3);
  }

  @Override
  void draw(Scene3D scene, double[] goal) {
    bottom.draw(scene);
    top.draw(scene);
    bottom.drawGhost(scene, Pose.at(goal[0], goal[1], goal[2]));
    top.drawGhost(scene, Pose.at(goal[3], goal[4], goal[5]));
  }
}
