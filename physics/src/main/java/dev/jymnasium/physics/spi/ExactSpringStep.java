package dev.jymnasium.physics.spi;

/**
 * The stiffness and damping that make one implicit-Euler step of a spring-damper on an inertia end
 * at the velocity of its exact (continuous-time) response.
 *
 * <p>An implicit step of stiffness k', damping c' on inertia I gives {@code v⁺ = (v + h·(k'/I)·e) /
 * (1 + h·c'/I + h²·k'/I)} for a displacement e towards rest. The exact response of {@code I·ë =
 * −k·e − c·ė} over h is {@code v⁺ = Φ₂₂·v + h·Φ·e} with {@code Φ = exp(A·h)} of its state matrix;
 * equating the two gives k' and c'. Where h does not resolve the spring (Ant's ankles: 50 rad/s
 * against 10 ms steps) implicit Euler slows the joint by a quarter, which a continuous-time
 * integrator such as MuJoCo's RK4 does not. No solution where {@code Φ₂₂ <= 0} (a step longer than
 * about one spring period): there the plain values stand.
 */
final class ExactSpringStep {
  private double stepSeconds = Double.NaN;
  private double stiffness;
  private double damping;

  /** The step-matched stiffness (N·m/rad) for k, c on {@code inertia} over h. */
  double stiffness(double k, double c, double inertia, double h) {
    update(k, c, inertia, h);
    return stiffness;
  }

  /** The step-matched damping (N·m·s/rad) for k, c on {@code inertia} over h. */
  double damping(double k, double c, double inertia, double h) {
    update(k, c, inertia, h);
    return damping;
  }

  /** Forgets the cached step (k, c or the inertia changed). */
  void invalidate() {
    stepSeconds = Double.NaN;
  }

  private void update(double k, double c, double inertia, double h) {
    if (h == stepSeconds) {
      return;
    }
    stepSeconds = h;
    stiffness = k;
    damping = c;
    double w2 = k / inertia;
    double s = c / (2 * inertia);
    double q2 = s * s - w2;
    double cosine;
    double sineOverQ;
    if (q2 > 0) {
      double q = Math.sqrt(q2);
      cosine = Math.cosh(q * h);
      sineOverQ = Math.sinh(q * h) / q;
    } else if (q2 < 0) {
      double q = Math.sqrt(-q2);
      cosine = Math.cos(q * h);
      sineOverQ = Math.sin(q * h) / q;
    } else {
      cosine = 1;
      sineOverQ = h;
    }
    // exp(A·h) = e^(−s·h)·(cosine·1 + sineOverQ·(A + s·1)), A = [[0, 1], [−w², −2s]].
    double decay = Math.exp(-s * h);
    double velocityGain = decay * (cosine - s * sineOverQ);
    if (!(velocityGain > 0)) {
      return;
    }
    double displacementGain = decay * sineOverQ * w2;
    double denominator = 1 / velocityGain;
    double kPerInertia = displacementGain * denominator / h;
    stiffness = kPerInertia * inertia;
    damping = (denominator - 1 - h * h * kPerInertia) / h * inertia;
  }
}
