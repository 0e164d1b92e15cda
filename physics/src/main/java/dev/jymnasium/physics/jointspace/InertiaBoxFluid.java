package dev.jymnasium.physics.jointspace;

/**
 * MuJoCo's inertia-box fluid model (documentation, "Computation", fluid forces): each moving link
 * with mass is replaced by the box with its mass and principal moments (edge {@code b_x =
 * sqrt(6·(I_y + I_z − I_x)/m)}, cyclic) in its principal axes; with the link's angular velocity ω
 * and the velocity v of its centre of mass in those axes, the medium of viscosity β and density ρ
 * exerts
 *
 * <ul>
 *   <li>viscous: force {@code −3π·d·β·v}, torque {@code −π·d³·β·ω}, d the mean edge;
 *   <li>quadratic: force {@code F_x = −½·ρ·b_y·b_z·|v_x|·v_x}, torque {@code τ_x = −ρ·b_x·(b_y⁴ +
 *       b_z⁴)·|ω_x|·ω_x / 64} (cyclic),
 * </ul>
 *
 * at the centre of mass, added to the passive forces.
 */
final class InertiaBoxFluid {
  private final JointSpaceModel model;
  private final double density;
  private final double viscosity;

  /** Box edges per link (m), 0 for links without mass. */
  private final double[] box;

  private final double[] localVelocity = new double[6];
  private final double[] wrench = new double[6];

  InertiaBoxFluid(JointSpaceModel model, double densityKgPerM3, double viscosityPas) {
    this.model = model;
    this.density = densityKgPerM3;
    this.viscosity = viscosityPas;
    box = new double[3 * model.linkCount];
    for (int i = 0; i < model.linkCount; i++) {
      double mass = model.mass[i];
      if (!model.moving[i] || mass == 0) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        double own = model.moments[3 * i + k];
        double others = model.moments[3 * i + (k + 1) % 3] + model.moments[3 * i + (k + 2) % 3];
        box[3 * i + k] = Math.sqrt(Math.max(Quat.MIN_VALUE, others - own) / mass * 6);
      }
    }
  }

  /** Adds the drag at the current velocities of {@code dynamics} to {@code qfrc}. */
  void addForces(Dynamics dynamics, double[] qfrc) {
    for (int i = 0; i < model.linkCount; i++) {
      if (!model.moving[i] || model.mass[i] == 0) {
        continue;
      }
      dynamics.principalVelocity(i, localVelocity);
      double b0 = box[3 * i];
      double b1 = box[3 * i + 1];
      double b2 = box[3 * i + 2];
      double w0 = localVelocity[0];
      double w1 = localVelocity[1];
      double w2 = localVelocity[2];
      double v0 = localVelocity[3];
      double v1 = localVelocity[4];
      double v2 = localVelocity[5];
      double t0 = 0;
      double t1 = 0;
      double t2 = 0;
      double f0 = 0;
      double f1 = 0;
      double f2 = 0;
      if (viscosity > 0) {
        double diameter = (b0 + b1 + b2) / 3;
        double turn = Math.PI * diameter * diameter * diameter * viscosity;
        double drag = 3 * Math.PI * diameter * viscosity;
        t0 = -w0 * turn;
        t1 = -w1 * turn;
        t2 = -w2 * turn;
        f0 = -v0 * drag;
        f1 = -v1 * drag;
        f2 = -v2 * drag;
      }
      if (density > 0) {
        f0 -= 0.5 * density * b1 * b2 * Math.abs(v0) * v0;
        f1 -= 0.5 * density * b0 * b2 * Math.abs(v1) * v1;
        f2 -= 0.5 * density * b0 * b1 * Math.abs(v2) * v2;
        t0 -= density * b0 * (pow4(b1) + pow4(b2)) * Math.abs(w0) * w0 / 64;
        t1 -= density * b1 * (pow4(b0) + pow4(b2)) * Math.abs(w1) * w1 / 64;
        t2 -= density * b2 * (pow4(b0) + pow4(b1)) * Math.abs(w2) * w2 / 64;
      }
      wrench[0] = t0;
      wrench[1] = t1;
      wrench[2] = t2;
      wrench[3] = f0;
      wrench[4] = f1;
      wrench[5] = f2;
      dynamics.addPrincipalWrench(i, wrench, qfrc);
    }
  }

  private static double pow4(double x) {
    double x2 = x * x;
    return x2 * x2;
  }
}
