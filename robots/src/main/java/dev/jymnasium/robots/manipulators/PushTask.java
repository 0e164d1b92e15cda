package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.physics.PhysicsWorld;

/**
 * Push (fingers closed), Slide (fingers closed, a low-friction puck, goals beyond reach on a longer
 * table) and PickAndPlace (fingers active, goals up to 0.2 m above the table): one object to bring
 * within 5 cm of a goal position. The goal is drawn first, then the object's start.
 */
final class PushTask extends PandaTask {
  /** Which of the three single-object tasks. */
  enum Variant {
    PUSH,
    SLIDE,
    PICK_AND_PLACE
  }

  /** Slide's puck: radius = half the object size, length = half the object size (panda-gym). */
  private static final double PUCK_SIZE_M = 0.06;

  private static final double PUCK_FRICTION = 0.04;
  private static final int OBJECT_RGB = 0x1AE61A;

  /** PickAndPlace keeps the goal on the table with this probability. */
  private static final double ON_TABLE_PROBABILITY = 0.3;

  private final Variant variant;
  private final double objectZ;
  private final double[] goalLow;
  private final double[] goalHigh;
  private final double[] objectLow = {-0.15, -0.15, 0};
  private final double[] objectHigh = {0.15, 0.15, 0};
  private final double[] noise = new double[3];
  private TaskObject object;

  PushTask(Variant variant) {
    this.variant = variant;
    this.objectZ = variant == Variant.SLIDE ? PUCK_SIZE_M / 2 : CUBE_M / 2;
    double goalXOffset = variant == Variant.SLIDE ? 0.4 : 0;
    double goalZRange = variant == Variant.PICK_AND_PLACE ? 0.2 : 0;
    this.goalLow = new double[] {goalXOffset - 0.15, -0.15, 0};
    this.goalHigh = new double[] {goalXOffset + 0.15, 0.15, goalZRange};
  }

  @Override
  Table table() {
    return variant == Variant.SLIDE ? Table.LONG : Table.STANDARD;
  }

  @Override
  boolean gripperBlocked() {
    return variant != Variant.PICK_AND_PLACE;
  }

  @Override
  boolean fingersWelded() {
    return variant == Variant.PUSH;
  }

  /** Height (m) of the object's centre at rest on the table (the puck is placed higher). */
  double restZ() {
    return variant == Variant.SLIDE ? PUCK_SIZE_M / 4 : CUBE_M / 2;
  }

  @Override
  int observationSize() {
    return 12;
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
  void addBodies(PhysicsWorld world) {
    object =
        variant == Variant.SLIDE
            ? TaskObject.cylinder(
                world, "object", PUCK_SIZE_M / 2, PUCK_SIZE_M / 2, 1.0, PUCK_FRICTION, OBJECT_RGB)
            : TaskObject.cube(world, "object", CUBE_M, 1.0, OBJECT_RGB);
  }

  /** The object, for tests. */
  TaskObject object() {
    return object;
  }

  @Override
  void reset(NpRandom rng, double[] goal) {
    uniform(rng, goalLow, goalHigh, noise);
    if (variant == Variant.PICK_AND_PLACE && rng.random() < ON_TABLE_PROBABILITY) {
      noise[2] = 0;
    }
    goal[0] = noise[0];
    goal[1] = noise[1];
    goal[2] = objectZ + noise[2];
    uniform(rng, objectLow, objectHigh, noise);
    object.place(noise[0], noise[1], objectZ + noise[2], 0, 0, 0, 1);
  }

  @Override
  void observe(float[] out, int at) {
    object.observe(out, at, TaskObject.Rotation.EULER);
  }

  @Override
  void achievedGoal(PandaArm arm, float[] out) {
    object.position(out, 0);
  }

  @Override
  void draw(Scene3D scene, double[] goal) {
    object.draw(scene);
    object.drawGhost(scene, Pose.at(goal[0], goal[1], goal[2]));
  }
}
