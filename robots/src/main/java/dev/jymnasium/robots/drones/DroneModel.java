package dev.jymnasium.robots.drones;

import java.util.Locale;

/**
 * The airframes of gym-pybullet-drones, with the numbers of its URDF files ({@code cf2x.urdf},
 * {@code cf2p.urdf}, {@code racer.urdf}: the {@code <properties>} tag and the base link's inertia)
 * and the constants the original derives from them with gravity 9.8 m/s².
 *
 * <p>Each rotor's thrust is {@code kf·ω²} (ω in RPM) along body +z at its propeller; the yaw torque
 * is {@code km·(−ω0² + ω1² − ω2² + ω3²)} about body z (sign flipped on the racer, whose propellers
 * spin the other way).
 */
public enum DroneModel {
  /** Bitcraze Crazyflie 2.x in X configuration (27 g). */
  CF2X(
      0.027,
      0.0397,
      1.4e-5,
      1.4e-5,
      2.17e-5,
      3.16e-10,
      7.94e-12,
      2.25,
      30,
      0.0231348,
      new double[] {0.028, -0.028, -0.028, -0.028, -0.028, 0.028, 0.028, 0.028},
      1),
  /** Bitcraze Crazyflie 2.x in + configuration (27 g). */
  CF2P(
      0.027,
      0.0397,
      2.3951e-5,
      2.3951e-5,
      3.2347e-5,
      3.16e-10,
      7.94e-12,
      2.25,
      30,
      0.0231348,
      new double[] {0.0397, 0, 0, 0.0397, -0.0397, 0, 0, -0.0397},
      1),
  /** A 5-inch racing quadrotor in X configuration (830 g), propellers spinning the other way. */
  RACER(
      0.830,
      0.109,
      0.003113,
      0.003113,
      0.003113,
      8.47e-9,
      2.13e-11,
      4.17,
      200,
      0.127,
      new double[] {0.085, 0.0675, -0.085, 0.0675, -0.085, -0.0675, 0.085, -0.0675},
      -1);

  /** Gravity of the original (m/s²). */
  public static final double GRAVITY_MPS2 = 9.8;

  /** Ground-effect coefficient (all airframes). */
  public static final double GROUND_EFFECT_COEFF = 11.36859;

  /** Drag coefficient in the body's x and y (all airframes). */
  public static final double DRAG_COEFF_XY = 9.1785e-7;

  /** Drag coefficient along z (all airframes). */
  public static final double DRAG_COEFF_Z = 10.311e-7;

  /** Downwash coefficients C1, C2, C3 (all airframes). */
  public static final double DOWNWASH_C1 = 2267.18;

  /** Downwash coefficient C2 (1/m). */
  public static final double DOWNWASH_C2 = 0.16;

  /** Downwash coefficient C3 (m). */
  public static final double DOWNWASH_C3 = -0.11;

  /** Collision cylinder radius (m, all airframes). */
  public static final double COLLISION_RADIUS_M = 0.06;

  /** Collision cylinder height (m, all airframes). */
  public static final double COLLISION_HEIGHT_M = 0.025;

  /** Mass (kg). */
  public final double massKg;

  /** Arm: centre to motor (m). */
  public final double armM;

  /** Principal moments of inertia (kg·m²). */
  public final double ixx;

  /** Principal moment about y (kg·m²). */
  public final double iyy;

  /** Principal moment about z (kg·m²). */
  public final double izz;

  /** Thrust coefficient (N/RPM²). */
  public final double kf;

  /** Drag-torque coefficient (N·m/RPM²). */
  public final double km;

  /** Thrust-to-weight ratio at the highest RPM. */
  public final double thrustToWeight;

  /** Top speed (km/h), used by the velocity action. */
  public final double maxSpeedKmh;

  /** Propeller radius (m). */
  public final double propRadiusM;

  /** Weight m·g (N). */
  public final double weightN;

  /** RPM at which the four rotors carry the weight: {@code sqrt(W / (4·kf))}. */
  public final double hoverRpm;

  /** Highest RPM: {@code sqrt(T2W·W / (4·kf))}. */
  public final double maxRpm;

  /** Thrust of four rotors at the highest RPM (N). */
  public final double maxThrustN;

  /** Propeller heights below this are clipped in the ground-effect formula (m). */
  public final double groundEffectClipM;

  /** Sign of the yaw torque: +1, or −1 for the racer. */
  final double yawSign;

  private final double[] propXy;

  DroneModel(
      double massKg,
      double armM,
      double ixx,
      double iyy,
      double izz,
      double kf,
      double km,
      double thrustToWeight,
      double maxSpeedKmh,
      double propRadiusM,
      double[] propXy,
      double yawSign) {
    this.massKg = massKg;
    this.armM = armM;
    this.ixx = ixx;
    this.iyy = iyy;
    this.izz = izz;
    this.kf = kf;
    this.km = km;
    this.thrustToWeight = thrustToWeight;
    this.maxSpeedKmh = maxSpeedKmh;
    this.propRadiusM = propRadiusM;
    this.propXy = propXy;
    this.yawSign = yawSign;
    this.weightN = GRAVITY_MPS2 * massKg;
    this.hoverRpm = Math.sqrt(weightN / (4 * kf));
    this.maxRpm = Math.sqrt((thrustToWeight * weightN) / (4 * kf));
    this.maxThrustN = 4 * kf * maxRpm * maxRpm;
    // The original's 0.25·R·sqrt(15·maxRpm²·kf·C_ge / maxThrust), i.e. 0.25·R·sqrt(15·C_ge/4).
    this.groundEffectClipM =
        0.25
            * propRadiusM
            * Math.sqrt((15 * maxRpm * maxRpm * kf * GROUND_EFFECT_COEFF) / maxThrustN);
  }

  /** Propeller {@code i}'s x in the body frame (m). */
  public double propX(int i) {
    return propXy[2 * i];
  }

  /** Propeller {@code i}'s y in the body frame (m). */
  public double propY(int i) {
    return propXy[2 * i + 1];
  }

  /** Speed limit of the velocity action: 3 % of the top speed (m/s). */
  public double speedLimitMps() {
    return 0.03 * maxSpeedKmh * (1000.0 / 3600.0);
  }

  /** The kwarg's spelling: {@code cf2x}, {@code cf2p} or {@code racer}. */
  public String kwargName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The airframe named by the {@code drone_model} kwarg.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static DroneModel byName(String name) {
    for (DroneModel m : values()) {
      if (m.kwargName().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "kwarg 'drone_model' must be one of cf2x, cf2p, racer, got '" + name + "'");
  }

  /**
   * The body-frame torques of the four rotors at {@code rpm} (N·m) in closed form, as the
   * original's explicit dynamics computes them: roll and pitch from the thrusts and the arm, yaw
   * from km.
   *
   * @param rpm the four motor speeds (RPM)
   * @param dest receives (τx, τy, τz)
   * @return dest
   */
  public double[] bodyTorques(double[] rpm, int offset, double[] dest) {
    double f0 = rpm[offset] * rpm[offset] * kf;
    double f1 = rpm[offset + 1] * rpm[offset + 1] * kf;
    double f2 = rpm[offset + 2] * rpm[offset + 2] * kf;
    double f3 = rpm[offset + 3] * rpm[offset + 3] * kf;
    double q0 = yawSign * rpm[offset] * rpm[offset] * km;
    double q1 = yawSign * rpm[offset + 1] * rpm[offset + 1] * km;
    double q2 = yawSign * rpm[offset + 2] * rpm[offset + 2] * km;
    double q3 = yawSign * rpm[offset + 3] * rpm[offset + 3] * km;
    double diag = armM / Math.sqrt(2);
    switch (this) {
      case CF2X -> {
        dest[0] = -(f0 + f1 - f2 - f3) * diag;
        dest[1] = (-f0 + f1 + f2 - f3) * diag;
      }
      case CF2P -> {
        dest[0] = (f1 - f3) * armM;
        dest[1] = (-f0 + f2) * armM;
      }
      case RACER -> {
        dest[0] = (f0 + f1 - f2 - f3) * diag;
        dest[1] = (-f0 + f1 + f2 - f3) * diag;
      }
      default -> throw new AssertionError(this);
    }
    dest[2] = -q0 + q1 - q2 + q3;
    return dest;
  }
}
