package dev.jymnasium.robots.drones;

import java.util.Arrays;

/**
 * gym-pybullet-drones' {@code DSLPIDControl}: the Dynamic Systems Lab's cascaded PID for the
 * Crazyflie (cf2x and cf2p; the gains are the same for both, only the mixer differs). Usable
 * without an env: give it the state and a target, get four motor RPMs.
 *
 * <p><b>Position loop</b> (a desired thrust vector, N): {@code e_p = p* − p}, {@code e_v = v* − v},
 * the integral of e_p clipped to ±2 (x, y) and ±0.15 (z); {@code T* = Kp⊙e_p + Ki⊙∫e_p + Kd⊙e_v +
 * (0, 0, W)} with Kp (0.4, 0.4, 1.25), Ki (0.05, 0.05, 0.05), Kd (0.2, 0.2, 0.5). The collective
 * command in PWM units is {@code (sqrt(max(0, T*·z_body)/(4·kf)) − 4070.3)/0.2685}; the desired
 * attitude has z along T* and x as close to the target yaw as that allows, as XYZ Euler angles.
 *
 * <p><b>Attitude loop</b> (torques in PWM units): {@code e_R = vee(R_dᵀR − RᵀR_d)} (not halved),
 * rate error {@code ω*_rpy − (rpy − rpy_prev)/dt} (a finite difference of Euler angles), the
 * integral of −e_R clipped to ±1500 then ±1 for roll and pitch; {@code τ = −Kp_R⊙e_R + Kd_R⊙e_ω +
 * Ki_R⊙∫} with Kp_R (70000, 70000, 60000), Kd_R (20000, 20000, 12000), Ki_R (0, 0, 500), clipped to
 * ±3200. Mixer: {@code pwm_i = thrust + M_i·τ} clipped to [20000, 65535]; RPM {@code = 0.2685·pwm +
 * 4070.3}, so the output lies in [9440.3, 21666.4275].
 */
public final class DslPidControl {
  /** RPM per PWM unit. */
  public static final double PWM2RPM_SCALE = 0.2685;

  /** RPM at zero PWM. */
  public static final double PWM2RPM_CONST = 4070.3;

  /** Lowest PWM command. */
  public static final double MIN_PWM = 20000;

  /** Highest PWM command. */
  public static final double MAX_PWM = 65535;

  private static final double[] P_FOR = {0.4, 0.4, 1.25};
  private static final double[] I_FOR = {0.05, 0.05, 0.05};
  private static final double[] D_FOR = {0.2, 0.2, 0.5};
  private static final double[] P_TOR = {70000, 70000, 60000};
  private static final double[] I_TOR = {0, 0, 500};
  private static final double[] D_TOR = {20000, 20000, 12000};
  private static final double[][] MIXER_X = {
    {-.5, -.5, -1}, {-.5, .5, 1}, {.5, .5, -1}, {.5, -.5, 1}
  };
  private static final double[][] MIXER_P = {{0, -1, -1}, {1, 0, 1}, {0, 1, -1}, {-1, 0, 1}};

  private final DroneModel model;
  private final double[][] mixer;
  private final double[] integralPosError = new double[3];
  private final double[] integralRotError = new double[3];
  private final double[] lastRpy = new double[3];
  private final double[] rot = new double[9];
  private final double[] targetRot = new double[9];
  private final double[] rpy = new double[3];
  private final double[] targetEuler = new double[3];
  private final double[] thrustVector = new double[3];
  private final double[] torque = new double[3];
  private final double[] rotError = new double[3];
  private final double[] desired = new double[9];
  private final XyzEulerRoundTrip eulerTrip = new XyzEulerRoundTrip();
  private double thrustPwm;

  /**
   * A controller for {@code model}'s mass, kf and mixer.
   *
   * @throws IllegalArgumentException for the racer (the gains are the Crazyflie's)
   */
  public DslPidControl(DroneModel model) {
    if (model == DroneModel.RACER) {
      throw new IllegalArgumentException(
          "DSL PID control needs drone_model cf2x or cf2p (Crazyflie gains), got racer");
    }
    this.model = model;
    this.mixer = model == DroneModel.CF2P ? MIXER_P : MIXER_X;
  }

  /** The airframe whose mass, kf and mixer the controller uses. */
  public DroneModel model() {
    return model;
  }

  /** Clears the integrals and the previous attitude. */
  public void reset() {
    Arrays.fill(integralPosError, 0);
    Arrays.fill(integralRotError, 0);
    Arrays.fill(lastRpy, 0);
  }

  /**
   * One control step: the four motor RPMs that drive the drone toward the target.
   *
   * @param dtSeconds control period (s)
   * @param pos position (m, world)
   * @param quat attitude quaternion (x, y, z, w)
   * @param vel velocity (m/s, world)
   * @param targetPos target position (m)
   * @param targetRpy target roll, pitch, yaw (rad); only the yaw is used
   * @param targetVel target velocity (m/s)
   * @param targetRpyRates target Euler-angle rates (rad/s)
   * @param rpmOut receives the four RPMs
   */
  public void computeControl(
      double dtSeconds,
      double[] pos,
      double[] quat,
      double[] vel,
      double[] targetPos,
      double[] targetRpy,
      double[] targetVel,
      double[] targetRpyRates,
      double[] rpmOut) {
    computeControl(
        dtSeconds,
        pos,
        0,
        quat,
        0,
        vel,
        0,
        targetPos,
        targetRpy[2],
        targetVel,
        targetRpyRates,
        rpmOut,
        0);
  }

  /** {@link #computeControl} on state arrays at offsets (3 per vector, 4 per quaternion). */
  void computeControl(
      double dtSeconds,
      double[] pos,
      int p,
      double[] quat,
      int q,
      double[] vel,
      int v,
      double[] targetPos,
      double targetYaw,
      double[] targetVel,
      double[] targetRpyRates,
      double[] rpmOut,
      int r) {
    Rotations.matrix(quat, q, rot);
    positionLoop(dtSeconds, pos, p, vel, v, targetPos, targetYaw, targetVel);
    Rotations.euler(quat, q, rpy, 0);
    attitudeLoop(dtSeconds, targetRpyRates);
    for (int i = 0; i < 4; i++) {
      double pwm =
          thrustPwm + (mixer[i][0] * torque[0] + mixer[i][1] * torque[1] + mixer[i][2] * torque[2]);
      pwm = Math.min(MAX_PWM, Math.max(MIN_PWM, pwm));
      rpmOut[r + i] = PWM2RPM_SCALE * pwm + PWM2RPM_CONST;
    }
  }

  private void positionLoop(
      double dt,
      double[] pos,
      int p,
      double[] vel,
      int v,
      double[] targetPos,
      double targetYaw,
      double[] targetVel) {
    for (int k = 0; k < 3; k++) {
      double posError = targetPos[k] - pos[p + k];
      double velError = targetVel[k] - vel[v + k];
      double limit = k == 2 ? 0.15 : 2.0;
      double integral = Math.min(2.0, Math.max(-2.0, integralPosError[k] + posError * dt));
      integralPosError[k] = Math.min(limit, Math.max(-limit, integral));
      thrustVector[k] = P_FOR[k] * posError + I_FOR[k] * integralPosError[k] + D_FOR[k] * velError;
    }
    thrustVector[2] += model.weightN;
    double scalar =
        Math.max(
            0.0, thrustVector[0] * rot[2] + thrustVector[1] * rot[5] + thrustVector[2] * rot[8]);
    thrustPwm = (Math.sqrt(scalar / (4 * model.kf)) - PWM2RPM_CONST) / PWM2RPM_SCALE;
    // Desired axes: z along the thrust, y ⟂ z and the target heading, x = y × z.
    double n = Math.sqrt(dot(thrustVector, thrustVector));
    double zx = thrustVector[0] / n;
    double zy = thrustVector[1] / n;
    double zz = thrustVector[2] / n;
    double cx = Math.cos(targetYaw);
    double cy = Math.sin(targetYaw);
    double yx = zy * 0 - zz * cy;
    double yy = zz * cx - zx * 0;
    double yz = zx * cy - zy * cx;
    double yn = Math.sqrt(yx * yx + yy * yy + yz * yz);
    yx /= yn;
    yy /= yn;
    yz /= yn;
    double xx = yy * zz - yz * zy;
    double xy = yz * zx - yx * zz;
    double xz = yx * zy - yy * zx;
    // Desired rotation with columns x, y, z, through XYZ Euler angles and back as the original.
    desired[0] = xx;
    desired[1] = yx;
    desired[2] = zx;
    desired[3] = xy;
    desired[4] = yy;
    desired[5] = zy;
    desired[6] = xz;
    desired[7] = yz;
    desired[8] = zz;
    eulerTrip.apply(desired, targetEuler, targetRot);
  }

  private void attitudeLoop(double dt, double[] targetRpyRates) {
    // e_R = vee(R_dᵀ·R − Rᵀ·R_d): (M21, M02, M10)
    double m21 = colDot(targetRot, 2, rot, 1) - colDot(rot, 2, targetRot, 1);
    double m02 = colDot(targetRot, 0, rot, 2) - colDot(rot, 0, targetRot, 2);
    double m10 = colDot(targetRot, 1, rot, 0) - colDot(rot, 1, targetRot, 0);
    rotError[0] = m21;
    rotError[1] = m02;
    rotError[2] = m10;
    for (int k = 0; k < 3; k++) {
      double rateError = targetRpyRates[k] - (rpy[k] - lastRpy[k]) / dt;
      lastRpy[k] = rpy[k];
      double integral = Math.min(1500, Math.max(-1500, integralRotError[k] - rotError[k] * dt));
      integralRotError[k] = k < 2 ? Math.min(1, Math.max(-1, integral)) : integral;
      double t = -P_TOR[k] * rotError[k] + D_TOR[k] * rateError + I_TOR[k] * integralRotError[k];
      torque[k] = Math.min(3200, Math.max(-3200, t));
    }
  }

  /**
   * (column i of a) · (column j of b), both row-major 3×3, accumulated with fused multiply-adds in
   * the order of the BLAS matrix product numpy's {@code dot} calls (measured: bit-identical).
   */
  private static double colDot(double[] a, int i, double[] b, int j) {
    return Math.fma(a[6 + i], b[6 + j], Math.fma(a[3 + i], b[3 + j], a[i] * b[j]));
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }
}
