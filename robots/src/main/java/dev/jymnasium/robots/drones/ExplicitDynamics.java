package dev.jymnasium.robots.drones;

/**
 * The {@code dyn} physics mode: one explicit step of a drone's rigid-body equations, in the
 * original's order and in double precision. With R the attitude, F the thrusts, τ the body torques
 * (see {@link DroneModel#bodyTorques}) and J the inertia: {@code a = (R·(0,0,ΣF) − (0,0,W))/m},
 * {@code ω̇ = J⁻¹(τ − ω×Jω)} with ω the body rates; then {@code v += dt·a}, {@code ω += dt·ω̇},
 * {@code p += dt·v} (the new v), the quaternion turned by the exact rotation of {@code ω·dt} and
 * re-normalised through Bullet's matrix round trip (as the original reads it back from PyBullet);
 * the world angular velocity is {@code R·ω} with the attitude before the step.
 */
final class ExplicitDynamics {
  private final DroneModel model;
  private final double dtSeconds;
  private final double[] rot = new double[9];
  private final double[] torque = new double[3];
  private final double[] q = new double[4];
  private final double[] after = new double[9];

  ExplicitDynamics(DroneModel model, double dtSeconds) {
    this.model = model;
    this.dtSeconds = dtSeconds;
  }

  /** Advances drone {@code i} of {@code s} by one step at the RPMs {@code rpm[4i..4i+3]}. */
  void step(DroneStates s, int i, double[] rpm) {
    int p3 = 3 * i;
    int q4 = 4 * i;
    Rotations.matrix(s.quat, q4, rot);
    double thrust = 0;
    for (int k = 0; k < 4; k++) {
      double w = rpm[q4 + k];
      thrust += w * w * model.kf;
    }
    model.bodyTorques(rpm, q4, torque);
    double wx = s.bodyRates[p3];
    double wy = s.bodyRates[p3 + 1];
    double wz = s.bodyRates[p3 + 2];
    // τ − ω × Jω, then J⁻¹ (J is diagonal)
    double jx = model.ixx * wx;
    double jy = model.iyy * wy;
    double jz = model.izz * wz;
    double tx = torque[0] - (wy * jz - wz * jy);
    double ty = torque[1] - (wz * jx - wx * jz);
    double tz = torque[2] - (wx * jy - wy * jx);
    double dwx = (1 / model.ixx) * tx;
    double dwy = (1 / model.iyy) * ty;
    double dwz = (1 / model.izz) * tz;
    double ax = (rot[2] * thrust) / model.massKg;
    double ay = (rot[5] * thrust) / model.massKg;
    double az = (rot[8] * thrust - model.weightN) / model.massKg;
    double dt = dtSeconds;
    s.vel[p3] += dt * ax;
    s.vel[p3 + 1] += dt * ay;
    s.vel[p3 + 2] += dt * az;
    wx += dt * dwx;
    wy += dt * dwy;
    wz += dt * dwz;
    s.pos[p3] += dt * s.vel[p3];
    s.pos[p3 + 1] += dt * s.vel[p3 + 1];
    s.pos[p3 + 2] += dt * s.vel[p3 + 2];
    s.bodyRates[p3] = wx;
    s.bodyRates[p3 + 1] = wy;
    s.bodyRates[p3 + 2] = wz;
    turn(s.quat, q4, wx, wy, wz);
    // R·ω in the order and with the fused multiply-adds of the BLAS product numpy calls.
    s.angVel[p3] = Math.fma(rot[2], wz, Math.fma(rot[0], wx, rot[1] * wy));
    s.angVel[p3 + 1] = Math.fma(rot[5], wz, Math.fma(rot[3], wx, rot[4] * wy));
    s.angVel[p3 + 2] = Math.fma(rot[8], wz, Math.fma(rot[6], wx, rot[7] * wy));
    Rotations.euler(s.quat, q4, s.rpy, p3);
  }

  /** Turns quaternion {@code quat[o..]} by body rates (p, q, r) held for dt. */
  private void turn(double[] quat, int o, double p, double qr, double r) {
    double norm = Math.sqrt(p * p + qr * qr + r * r);
    // The original skips rates within numpy's isclose(·, 0) tolerance (1e-8).
    if (norm > 1e-8) {
      double theta = norm * dtSeconds / 2;
      double c = Math.cos(theta);
      double sn = Math.sin(theta);
      double a = 2 / norm;
      // The original's (I·cos θ + (2/|ω|)·Λ·sin θ)·q with Λ = ½·[[0, r, −q, p], [−r, 0, p, q],
      // [q, −p, 0, r], [−p, −q, −r, 0]], in its rounding order.
      double mp = a * (p * 0.5) * sn;
      double mq = a * (qr * 0.5) * sn;
      double mr = a * (r * 0.5) * sn;
      double x = quat[o];
      double y = quat[o + 1];
      double z = quat[o + 2];
      double w = quat[o + 3];
      // Summed in pairs (columns 0 and 2, then 1 and 3), as the BLAS product numpy calls does.
      q[0] = (c * x + -mq * z) + (mr * y + mp * w);
      q[1] = (-mr * x + mp * z) + (c * y + mq * w);
      q[2] = (mq * x + c * z) + (-mp * y + mr * w);
      q[3] = (-mp * x + -mr * z) + (-mq * y + c * w);
      System.arraycopy(q, 0, quat, o, 4);
    }
    // The original reads the pose back from PyBullet, which stores it as a rotation matrix: the
    // quaternion comes back through Bullet's matrix round trip (a re-normalisation of ~1e-14).
    Rotations.matrix(quat, o, after);
    Rotations.quaternionOfMatrix(after, quat, o);
  }
}
