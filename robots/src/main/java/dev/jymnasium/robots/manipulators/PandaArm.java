package dev.jymnasium.robots.manipulators;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.Joint;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.model.ArticulatedModel;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * The Panda in a world: its nine position servos, its neutral reset, and the read-outs panda-gym
 * observes (grasp-target position and velocity, finger width).
 *
 * <p>The servos follow PyBullet's {@code POSITION_CONTROL} as panda-gym uses it (position gain 0.1,
 * velocity gain 1): each physics step the joint's motor is asked for the velocity {@code 0.1 ·
 * (target − q) / dt} with at most the joint's force from {@link PandaModel#MAX_FORCES}. The
 * engines' motors are solved with the contacts (implicitly), which an explicitly applied PD torque
 * this stiff would not survive at a 2 ms step.
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

  /** PyBullet's default position gain of a position-controlled joint (per physics step). */
  static final double POSITION_GAIN = 0.1;

  private final ArticulatedModel model;
  private final Joint[] joints = new Joint[PandaModel.JOINTS];
  private final double[] targets = new double[PandaModel.JOINTS];
  private final double[] zeros = new double[PandaModel.JOINTS];
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
      if (joints[i] == null) {
        throw new IllegalArgumentException("model '" + model.spec().name() + "' lacks " + name);
      }
    }
    handLink = model.linkIndex(PandaModel.HAND_LINK);
    for (int i = 0; i < PandaModel.JOINTS; i++) {
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
    for (int i = 0; i < PandaModel.JOINTS; i++) {
      model.linkPosition(links[i], origin);
      model.linkOrientation(links[i], turn);
      turn.transform(axis.set(0, PandaModel.jointAxisY(i), PandaModel.jointAxisZ(i)));
      double effort = 0;
      if (i < PandaModel.ARM_JOINTS) {
        torque.zero();
        for (int j = i; j < PandaModel.JOINTS; j++) {
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
    model.reset(PandaModel.NEUTRAL, zeros);
    System.arraycopy(PandaModel.NEUTRAL, 0, targets, 0, targets.length);
  }

  /**
   * Sets the servo targets: 7 arm angles (rad) from {@code armTargets} and both fingers at half of
   * {@code fingerWidthM}.
   */
  public void setTargets(double[] armTargets, double fingerWidthM) {
    System.arraycopy(armTargets, 0, targets, 0, PandaModel.ARM_JOINTS);
    targets[7] = fingerWidthM / 2;
    targets[8] = fingerWidthM / 2;
  }

  /** Drives every joint towards its target for the next physics step of {@code dtSeconds}. */
  public void applyServos(double dtSeconds) {
    for (int i = 0; i < joints.length; i++) {
      double velocity = POSITION_GAIN * (targets[i] - joints[i].position()) / dtSeconds;
      joints[i].setMotor(0, velocity, PandaModel.MAX_FORCES[i]);
    }
    if (feedforward == Feedforward.GRAVITY) {
      compensateGravity();
    }
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

  /** Distance between the finger pads (m): the sum of both finger positions. */
  public double fingerWidth() {
    return joints[7].position() + joints[8].position();
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
