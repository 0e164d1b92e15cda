package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * One entry of a model's control vector: what a control value does to the model. Every kind clamps
 * its control to {@code [ctrlLower, ctrlUpper]} first (either bound may be infinite).
 *
 * <ul>
 *   <li>{@link Motor}: a MuJoCo-style direct motor, joint torque or force = gear · ctrl.
 *   <li>{@link PositionServo}: MuJoCo's {@code <position>}: the control is a target joint position,
 *       force = kp · (ctrl − q) − kv · q̇ within ±forceLimit, recomputed every physics step.
 *   <li>{@link Thruster}: a force and a torque fixed in a link (or at a site), scaled by the
 *       control: rotors, jets, thrusters.
 * </ul>
 */
public sealed interface ActuatorSpec
    permits ActuatorSpec.Motor, ActuatorSpec.PositionServo, ActuatorSpec.Thruster {

  /** Unique actuator name in the model. */
  String name();

  /** Lowest control (may be −infinity). */
  double ctrlLower();

  /** Highest control (may be +infinity). */
  double ctrlUpper();

  /** The control clamped to the range. */
  default double clamp(double ctrl) {
    return Math.max(ctrlLower(), Math.min(ctrlUpper(), ctrl));
  }

  /** A motor named after its joint with control range [−1, 1]. */
  static Motor motor(String jointName, double gear) {
    return new Motor(jointName, jointName, gear, -1, 1);
  }

  /**
   * A direct motor on a hinge or slide joint: torque (N·m) or force (N) = {@code gear × ctrl}.
   *
   * @param name unique actuator name in the model
   * @param jointName the driven joint (hinge or slide)
   * @param gear transmission ratio (any finite value; sign flips the direction)
   * @param ctrlLower lowest control
   * @param ctrlUpper highest control
   */
  record Motor(String name, String jointName, double gear, double ctrlLower, double ctrlUpper)
      implements ActuatorSpec {
    public Motor {
      requireNames(name, jointName);
      Checks.finite("gear of actuator '" + name + "'", gear);
      requireRange(name, ctrlLower, ctrlUpper);
    }

    /** A copy with another control range. */
    public Motor withControlRange(double lower, double upper) {
      return new Motor(name, jointName, gear, lower, upper);
    }
  }

  /**
   * A position servo on a hinge or slide joint (arms, grippers): the control is the target position
   * (rad or m), and the joint gets {@code clamp(kp·(ctrl − q) − kv·q̇, ±forceLimit)}.
   *
   * @param name unique actuator name in the model
   * @param jointName the driven joint (hinge or slide)
   * @param kp position gain (N·m/rad or N/m), {@code > 0}
   * @param kv velocity gain (N·m·s/rad or N·s/m), {@code >= 0}
   * @param ctrlLower lowest target
   * @param ctrlUpper highest target
   * @param forceLimit largest torque or force magnitude, {@code > 0} (may be +infinity)
   */
  record PositionServo(
      String name,
      String jointName,
      double kp,
      double kv,
      double ctrlLower,
      double ctrlUpper,
      double forceLimit)
      implements ActuatorSpec {
    public PositionServo {
      requireNames(name, jointName);
      Checks.positive("kp of servo '" + name + "'", kp);
      if (!(kv >= 0) || Double.isInfinite(kv)) {
        throw new IllegalArgumentException(
            "kv of servo '" + name + "' must be finite and >= 0, got " + kv);
      }
      if (!(forceLimit > 0)) {
        throw new IllegalArgumentException(
            "forceLimit of servo '" + name + "' must be > 0, got " + forceLimit);
      }
      requireRange(name, ctrlLower, ctrlUpper);
    }

    /** The torque or force for target {@code ctrl} at position {@code q}, velocity {@code qdot}. */
    public double effort(double ctrl, double q, double qdot) {
      double raw = kp * (clamp(ctrl) - q) - kv * qdot;
      return Math.max(-forceLimit, Math.min(forceLimit, raw));
    }
  }

  /**
   * A force and a torque fixed in a link's frame, scaled by the control and applied for each
   * physics step: force {@code ctrl · forcePerCtrlN} at {@code pointM}, torque {@code ctrl ·
   * torquePerCtrlNm}. A quadrotor's rotor is one thruster at its propeller: force along +z, and the
   * drag torque about z.
   *
   * @param name unique actuator name in the model
   * @param target the link, or a site (whose link it acts on, at the site's position)
   * @param pointM where the force acts, in the target's frame (m)
   * @param forcePerCtrlN force per unit control, in the link's frame (N)
   * @param torquePerCtrlNm torque per unit control, in the link's frame (N·m)
   * @param ctrlLower lowest control
   * @param ctrlUpper highest control
   */
  record Thruster(
      String name,
      String target,
      Vector3dc pointM,
      Vector3dc forcePerCtrlN,
      Vector3dc torquePerCtrlNm,
      double ctrlLower,
      double ctrlUpper)
      implements ActuatorSpec {
    public Thruster {
      if (name == null || name.isEmpty() || target == null || target.isEmpty()) {
        throw new IllegalArgumentException(
            "thruster needs a name and a target link or site, got '"
                + name
                + "' on '"
                + target
                + "'");
      }
      pointM = new Vector3d(Checks.finite("point of thruster '" + name + "'", pointM));
      forcePerCtrlN =
          new Vector3d(Checks.finite("force of thruster '" + name + "'", forcePerCtrlN));
      torquePerCtrlNm =
          new Vector3d(Checks.finite("torque of thruster '" + name + "'", torquePerCtrlNm));
      requireRange(name, ctrlLower, ctrlUpper);
    }
  }

  private static void requireNames(String name, String jointName) {
    if (name == null || name.isEmpty() || jointName == null || jointName.isEmpty()) {
      throw new IllegalArgumentException(
          "actuator needs a name and a joint name, got '" + name + "' on '" + jointName + "'");
    }
  }

  private static void requireRange(String name, double lower, double upper) {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException(
          "actuator '"
              + name
              + "': control range must satisfy lower <= upper, got ["
              + lower
              + ", "
              + upper
              + "]");
    }
  }
}
