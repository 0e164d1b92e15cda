package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.Kwarg;
import java.util.Arrays;

/**
 * The kwargs that every controlgym PDE env takes with the same default: noise, sensors, actuators,
 * cost weights and space bounds. A kwarg group: its components are kwargs of each env's config.
 *
 * @param processNoiseCov {@code process_noise_cov}: variance of the noise added to each state entry
 *     after a step
 * @param sensorNoiseCov {@code sensor_noise_cov}: variance of each sensor's noise
 * @param targetState {@code target_state}: the state x* the cost measures against; null for zeros
 * @param nObservation {@code n_observation}: number of point sensors
 * @param nAction {@code n_action}: number of actuators
 * @param controlSupWidth {@code control_sup_width}: each actuator's width as a fraction of the
 *     domain; {@code n_action · control_sup_width <= 1}
 * @param qWeight {@code q_weight} (controlgym's {@code Q_weight}): state cost weight, Q = q·I
 * @param rWeight {@code r_weight} (controlgym's {@code R_weight}): action cost weight, R = r·I
 * @param actionLimit {@code action_limit}: bound of the action space, null for none
 * @param observationLimit {@code observation_limit}: bound of the observation space, null for none
 */
public record PdeSettings(
    @Kwarg(defaultValue = "0.0", min = 0, doc = "variance of the process noise on each state entry")
        double processNoiseCov,
    @Kwarg(defaultValue = "0.25", min = 0, doc = "variance of each sensor's noise")
        double sensorNoiseCov,
    @Kwarg(doc = "state the cost measures against (n_state values); None: zeros")
        double[] targetState,
    @Kwarg(defaultValue = "10", min = 1, doc = "number of point sensors") int nObservation,
    @Kwarg(defaultValue = "8", min = 1, doc = "number of top-hat actuators") int nAction,
    @Kwarg(
            defaultValue = "0.1",
            min = 0,
            max = 1,
            doc = "width of each actuator as a fraction of the domain; n_action * it <= 1")
        double controlSupWidth,
    @Kwarg(defaultValue = "1.0", doc = "state cost weight q (Q = q I; controlgym's Q_weight)")
        double qWeight,
    @Kwarg(defaultValue = "1.0", doc = "action cost weight r (R = r I; controlgym's R_weight)")
        double rWeight,
    @Kwarg(min = 0, doc = "action bound (the Box's high); None: unbounded") Double actionLimit,
    @Kwarg(min = 0, doc = "observation bound (the Box's high); None: unbounded")
        Double observationLimit) {
  public PdeSettings {
    if (!Double.isFinite(processNoiseCov) || !Double.isFinite(sensorNoiseCov)) {
      throw new IllegalArgumentException(
          "kwargs 'process_noise_cov' and 'sensor_noise_cov' must be finite, got "
              + processNoiseCov
              + " and "
              + sensorNoiseCov);
    }
    if (controlSupWidth * nAction > 1) {
      throw new IllegalArgumentException(
          "kwargs 'control_sup_width' * 'n_action' must be <= 1, got "
              + controlSupWidth
              + " * "
              + nAction);
    }
    if (!Double.isFinite(qWeight) || !Double.isFinite(rWeight)) {
      throw new IllegalArgumentException(
          "kwargs 'q_weight' and 'r_weight' must be finite, got " + qWeight + " and " + rWeight);
    }
    if (targetState != null && !Arrays.stream(targetState).allMatch(Double::isFinite)) {
      throw new IllegalArgumentException(
          "kwarg 'target_state' must hold finite values, got " + Arrays.toString(targetState));
    }
  }
}
