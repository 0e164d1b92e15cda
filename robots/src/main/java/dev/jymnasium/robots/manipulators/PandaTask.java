package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.physics.PhysicsWorld;

/**
 * One panda-gym task: the bodies it adds to the world, how it samples goals and places its objects,
 * what it observes, which goal it achieves and how far that is from the desired one. Goals are
 * sampled around the world origin on the table (panda-gym's frame).
 */
abstract class PandaTask {
  /** Side of panda-gym's cubes (m). */
  static final double CUBE_M = 0.04;

  /** The table this task stands on. */
  abstract Table table();

  /** Whether the fingers stay closed and take no action (Reach, Push, Slide). */
  abstract boolean gripperBlocked();

  /**
   * Whether the closed fingers are welded to the hand and the physics steps are 8 ms (5 per action)
   * instead of 4 ms (10): tasks with a blocked gripper, but Slide, whose puck sinks more than 1 cm
   * into the table under the rigid pads.
   */
  boolean fingersWelded() {
    return gripperBlocked();
  }

  /** Entries the task adds to the observation (after the robot's). */
  abstract int observationSize();

  /** Length of a goal. */
  abstract int goalSize();

  /** Success when the goal distance is below this. */
  abstract double distanceThreshold();

  /** Adds the objects to the world (the table is added by the env). */
  abstract void addBodies(PhysicsWorld world);

  /** Samples a goal into {@code goal} and places the objects, drawing from {@code rng}. */
  abstract void reset(NpRandom rng, double[] goal);

  /** Writes the task's observation from {@code out[at]}. */
  abstract void observe(float[] out, int at);

  /** Writes the achieved goal into {@code out}. */
  abstract void achievedGoal(PandaArm arm, float[] out);

  /** Draws the objects and the goal markers. */
  abstract void draw(Scene3D scene, double[] goal);

  /**
   * Distance between goal {@code i} of two row-major batches: Euclidean, rounded to 1e-6 as
   * panda-gym rounds it (for determinism).
   */
  double distance(float[] achieved, float[] desired, int i) {
    int n = goalSize();
    double sum = 0;
    for (int k = i * n; k < (i + 1) * n; k++) {
      double d = (double) achieved[k] - desired[k];
      sum += d * d;
    }
    return Math.rint(Math.sqrt(sum) * 1e6) / 1e6;
  }

  /** {@code n} draws of numpy's {@code uniform(low, high)}, one per component, into {@code out}. */
  static void uniform(NpRandom rng, double[] low, double[] high, double[] out) {
    for (int k = 0; k < low.length; k++) {
      out[k] = rng.uniform(low[k], high[k]);
    }
  }
}
