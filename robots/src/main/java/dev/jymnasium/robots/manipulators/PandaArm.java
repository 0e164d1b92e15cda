package dev.jymnasium.robots.manipulators;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.Joint;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.model.ArticulatedModel;
import java.util.Arrays;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * The Panda in a world: its nine position servos, its neutral reset, and the read-outs panda-gym
 * observes (grasp-target position and velocity, finger width).
 *
 * <p>The servos follow PyBullet's {@code POSITION_CONTROL} as panda-gym uses it (position gain 0.1,
 * velocity gain 1): each PyBullet step of 1/500 s the joint's motor is asked for the velocity
 * {@code 0.1 · (target − q) / dt} with at most the joint's force from {@link
 * PandaModel#MAX_FORCES}. Our physics step may be longer: the gain is then the error fraction
 * PyBullet closes in that time, {@code 1 − 0.9^(dt · 500)} (0.19 at 1/250 s), so a joint approaches
 * its target at the same rate. The engines' motors are solved with the contacts (implicitly), which
 * an explicitly applied PD torque this stiff would not survive. Finger targets are held within the
 * fingers' 0 … 0.04 m range (closing from fully open then takes the width to about 1 cm in one 0.04
 * s action, as measured in panda-gym; unclamped targets would slam the pads through a held cube at
 * our longer step). An arm whose fingers are welded to the hand (see {@link PandaModel#spec(double,
 * double, double, double, boolean)}) has the 7 arm servos only and a finger width of 0.
 */
public final class PandaArm {
  /** What the servos add to their motors. */
  public enum Feedforward {
    /** Nothing: the motors alone hold the arm (exact enough on ODE4J's direct solver). */
    NONE,
    /**
     * The joint torques that cancel gravity on the links beyond each joint at the current pose:
     * JBullet's iterative solver passes a hinge motor's impulse along the chain too slowly to hold
     * the arm up by itself (the shoulder sags ~0.25 rad at panda-gym's forces).
     */
    GRAVITY
  }

  private final Feedforward feedforward;
  private final Body[] bodies = new Body[PandaModel.JOINTS];
  private final int[] links = new int[PandaModel.JOINTS];
  private final Vector3d gravity = new Vector3d();
  private final Vector3d axis = new Vector3d();
  private final Vector3d com = new Vector3d();
  private final Vector3d torque = new Vector3d();
  private final Vector3d weight = new Vector3d();
  private final Quaterniond turn = new Quaterniond();

  /** PyBullet's default position gain of a position-controlled joint, per 1/500 s step. */
  static final double PYBULLET_POSITION_GAIN = 0.1;

  static final double PYBULLET_STEP_S = 1.0 / 500;

  /** Finger centring spring (N/m) and damper (N·s/m). */
  static final double CENTRING_STIFFNESS = 5000;

  static final double CENTRING_DAMPING = 20;

  private final ArticulatedModel model;
  private final Joint[] joints = new Joint[PandaModel.JOINTS];
  private final double[] targets = new double[PandaModel.JOINTS];
  private final double[] zeros;
  private final double[] neutral;

  /** Servo-driven joints: 9, or 7 with the fingers welded. */
  private final int count;

  private final int handLink;
  private final Vector3d origin = new Vector3d();
  private final Vector3d spin = new Vector3d();
  private final Vector3d lever = new Vector3d();

  /** Finds the Panda's joints in {@code model}'s world. */
  public PandaArm(ArticulatedModel model, Feedforward feedforward) {
    this.model = model;
    this.feedforward = feedforward;
    PhysicsWorld world = model.world();
    for (int i = 0; i < joints.length; i++) {
      String name = PandaModel.JOINT_NAMES.get(i);
      for (Joint joint : world.joints()) {
        if (joint.name().equals(name)) {
          joints[i] = joint;
        }
      }
      if (joints[i] == null && i < PandaModel.ARM_JOINTS) {
        throw new IllegalArgumentException("model '" + model.spec().name() + "' lacks " + name);
      }
    }
    count = joints[PandaModel.ARM_JOINTS] == null ? PandaModel.ARM_JOINTS : PandaModel.JOINTS;
    zeros = new double[count];
    neutral = Arrays.copyOf(PandaModel.NEUTRAL, count);
    handLink = model.linkIndex(PandaModel.HAND_LINK);
    for (int i = 0; i < count; i++) {
      links[i] = model.linkIndex(PandaModel.LINK_NAMES.get(i));
      for (Body body : world.bodies()) {
        if (body.name().equals(PandaModel.LINK_NAMES.get(i))) {
          bodies[i] = body;
        }
      }
    }
    world.gravity(gravity);
  }

  /**
   * Sets each arm joint's effort to minus the gravity torque about its axis of every body beyond it
   * (the links after it and both fingers), and each finger's to minus its weight along its slide.
   */
  private void compensateGravity() {
    for (int i = 0; i < count; i++) {
      model.linkPosition(links[i], origin);
      model.linkOrientation(links[i], turn);
      turn.transform(axis.set(0, PandaModel.jointAxisY(i), PandaModel.jointAxisZ(i)));
      double effort = 0;
      if (i < PandaModel.ARM_JOINTS) {
        torque.zero();
        for (int j = i; j < count; j++) {
          bodies[j].position(com).sub(origin);
          weight.set(gravity).mul(bodies[j].massKg());
          torque.add(com.cross(weight));
        }
        effort = -axis.dot(torque);
      } else {
        effort = -axis.dot(weight.set(gravity).mul(bodies[i].massKg()));
      }
      joints[i].setEffort(0, effort);
    }
  }

  /** Puts the arm in its neutral pose at rest, fingers closed, servos holding it there. */
  public void resetNeutral() {
    model.reset(neutral, zeros);
    System.arraycopy(PandaModel.NEUTRAL, 0, targets, 0, targets.length);
  }

  /**
   * Sets the servo targets: 7 arm angles (rad) from {@code armTargets} and both fingers at half of
   * {@code fingerWidthM}.
   */
  public void setTargets(double[] armTargets, double fingerWidthM) {
    System.arraycopy(armTargets, 0, targets, 0, PandaModel.ARM_JOINTS);
    double half = Math.max(PandaModel.LOWER[7], Math.min(PandaModel.UPPER[7], fingerWidthM / 2));
    targets[7] = half;
    targets[8] = half;
  }

  /** Drives every joint towards its target for the next physics step of {@code dtSeconds}. */
  public void applyServos(double dtSeconds) {
    // The fraction of the error PyBullet's servo closes in dtSeconds of its 1/500 s steps.
    double gain = 1 - Math.pow(1 - PYBULLET_POSITION_GAIN, dtSeconds / PYBULLET_STEP_S);
    for (int i = 0; i < count; i++) {
      double velocity = gain * (targets[i] - joints[i].position()) / dtSeconds;
      joints[i].setMotor(0, velocity, PandaModel.MAX_FORCES[i]);
    }
    if (feedforward == Feedforward.GRAVITY) {
      compensateGravity();
    } else if (count > PandaModel.ARM_JOINTS) {
      joints[7].setEffort(0, 0);
      joints[8].setEffort(0, 0);
    }
    if (count > PandaModel.ARM_JOINTS) {
      centreFingers();
    }
  }

  /**
   * Pulls the fingers towards the hand's centre line. Squeezing an object, both finger servos push
   * at their full force, so the fingers and the object can drift sideways together at no cost; the
   * real gripper's fingers are coupled to one drive, and this spring on their offset stands in for
   * that coupling.
   */
  private void centreFingers() {
    double offset = (joints[7].position() - joints[8].position()) / 2;
    double drift = (joints[7].velocity() - joints[8].velocity()) / 2;
    double force = -CENTRING_STIFFNESS * offset - CENTRING_DAMPING * drift;
    joints[7].setEffort(0, joints[7].effort(0) + force);
    joints[8].setEffort(0, joints[8].effort(0) - force);
  }

  /** Joint {@code i}'s position (rad, or m for the fingers 7 and 8). */
  public double jointPosition(int i) {
    return joints[i].position();
  }

  /** The 7 arm angles (rad) into {@code dest}. */
  public double[] armAngles(double[] dest) {
    for (int i = 0; i < PandaModel.ARM_JOINTS; i++) {
      dest[i] = joints[i].position();
    }
    return dest;
  }

  /** Distance between the finger pads (m): the sum of both finger positions (0 when welded). */
  public double fingerWidth() {
    return count > PandaModel.ARM_JOINTS ? joints[7].position() + joints[8].position() : 0;
  }

  /** Grasp-target position (m, world). */
  public Vector3d eePosition(Vector3d dest) {
    return model.sitePosition(PandaModel.GRASP_TARGET, dest);
  }

  /** Grasp-target velocity (m/s, world): the hand link's velocity at that point. */
  public Vector3d eeVelocity(Vector3d dest) {
    model.sitePosition(PandaModel.GRASP_TARGET, lever);
    model.linkPosition(handLink, origin);
    lever.sub(origin);
    model.linkAngularVelocity(handLink, spin);
    model.linkLinearVelocity(handLink, dest);
    return dest.add(spin.cross(lever));
  }
}
