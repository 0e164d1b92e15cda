package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.Pose;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * A moving frame: origin (m), rotation, velocity of the origin (m/s) and angular velocity (rad/s),
 * all world.
 */
final class Frame {
  final Vector3d origin = new Vector3d();
  final Quaterniond rotation = new Quaterniond();
  final Vector3d linear = new Vector3d();
  final Vector3d angular = new Vector3d();
  private final Vector3d before = new Vector3d();
  private final Vector3d anchor = new Vector3d();
  private final Vector3d axis = new Vector3d();
  private final Vector3d t1 = new Vector3d();
  private final Vector3d t2 = new Vector3d();
  private final Quaterniond turn = new Quaterniond();

  /** A fixed frame at {@code pose}. */
  Frame setStatic(Pose pose) {
    origin.set(pose.positionM());
    rotation.set(pose.orientation());
    linear.zero();
    angular.zero();
    return this;
  }

  Frame set(Frame other) {
    origin.set(other.origin);
    rotation.set(other.rotation);
    linear.set(other.linear);
    angular.set(other.angular);
    return this;
  }

  /** Moves to a frame rigidly attached at {@code local}. */
  void offset(Pose local) {
    Vector3d arm = rotation.transform(local.positionM(), t1);
    origin.add(arm);
    linear.add(angular.cross(arm, t2));
    rotation.mul(local.orientation());
  }

  /** The frame whose rigid offset {@code offset} is the pose of {@code body}. */
  Frame fromBody(Body body, Pose offset) {
    body.orientation(rotation).mul(turn.set(offset.orientation()).conjugate());
    Vector3d com = body.position(before);
    Vector3d arm = rotation.transform(offset.positionM(), t1);
    origin.set(com).sub(arm);
    body.angularVelocity(angular);
    body.linearVelocity(linear).sub(angular.cross(arm, t2));
    return this;
  }

  /**
   * Applies one joint at generalized position/velocity read from {@code qpos}/{@code qvel} (forward
   * kinematics).
   */
  void applyJoint(JointRuntime joint, double[] qpos, double[] qvel) {
    JointDef def = joint.def;
    int p = joint.qposAddress, v = joint.qvelAddress;
    before.set(origin);
    switch (def.kind()) {
      case HINGE -> {
        rotation.transform(def.axis(), axis);
        turn.fromAxisAngleRad(def.axis(), qpos[p] - def.reference());
        rotateAbout(def, turn, axis.mul(qvel[v]));
      }
      case SLIDE -> {
        rotation.transform(def.axis(), axis);
        origin.fma(qpos[p] - def.reference(), axis);
        linear.add(angular.cross(t1.set(origin).sub(before), t2)).fma(qvel[v], axis);
      }
      case BALL -> {
        turn.set(qpos[p + 1], qpos[p + 2], qpos[p + 3], qpos[p]).normalize();
        Quaterniond after = new Quaterniond(rotation).mul(turn);
        rotateAbout(def, turn, after.transform(axis.set(qvel[v], qvel[v + 1], qvel[v + 2])));
      }
      default -> {
        origin.set(qpos[p], qpos[p + 1], qpos[p + 2]);
        rotation.set(qpos[p + 4], qpos[p + 5], qpos[p + 6], qpos[p + 3]).normalize();
        linear.set(qvel[v], qvel[v + 1], qvel[v + 2]);
        rotation.transform(angular.set(qvel[v + 3], qvel[v + 4], qvel[v + 5]));
      }
    }
  }

  /**
   * Turns by local rotation {@code turn} about the joint anchor, adding relative angular velocity
   * {@code relative} (world).
   */
  private void rotateAbout(JointDef def, Quaterniond turn, Vector3d relative) {
    rotation.transform(def.anchorM(), anchor).add(origin);
    rotation.mul(turn);
    origin.set(anchor).sub(rotation.transform(def.anchorM(), t1));
    linear
        .add(angular.cross(t1.set(origin).sub(before), t2))
        .add(relative.cross(t2.set(origin).sub(anchor), t1));
    angular.add(relative);
  }
}
