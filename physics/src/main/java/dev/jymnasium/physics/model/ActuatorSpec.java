package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;

/**
 * A MuJoCo-style direct motor on a hinge or slide joint: joint torque (N·m) or force (N) =
 * {@code gear × clamp(ctrl, ctrlLower, ctrlUpper)}.
 *
 * @param name       unique actuator name in the model
 * @param jointName  the driven joint (hinge or slide)
 * @param gear       transmission ratio (any finite value; sign flips the direction)
 * @param ctrlLower  lowest control (may be -infinity for no clamp)
 * @param ctrlUpper  highest control (may be +infinity)
 */
public record ActuatorSpec(String name, String jointName, double gear, double ctrlLower, double ctrlUpper) {

    public ActuatorSpec {
        if (name == null || name.isEmpty() || jointName == null || jointName.isEmpty()) {
            throw new IllegalArgumentException("actuator needs a name and a joint name, got '" + name + "' on '"
                    + jointName + "'");
        }
        Checks.finite("gear of actuator '" + name + "'", gear);
        if (Double.isNaN(ctrlLower) || Double.isNaN(ctrlUpper) || ctrlLower > ctrlUpper) {
            throw new IllegalArgumentException("actuator '" + name + "': control range must satisfy lower <= upper, got ["
                    + ctrlLower + ", " + ctrlUpper + "]");
        }
    }

    /** A motor named after its joint with control range [−1, 1]. */
    public static ActuatorSpec motor(String jointName, double gear) {
        return new ActuatorSpec(jointName, jointName, gear, -1, 1);
    }

    /** A copy with another control range. */
    public ActuatorSpec withControlRange(double lower, double upper) {
        return new ActuatorSpec(name, jointName, gear, lower, upper);
    }

    /** The control clamped to the range. */
    public double clamp(double ctrl) {
        return Math.max(ctrlLower, Math.min(ctrlUpper, ctrl));
    }
}
