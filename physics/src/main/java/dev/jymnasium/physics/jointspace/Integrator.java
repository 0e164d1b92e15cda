package dev.jymnasium.physics.jointspace;

/** The MuJoCo integrators ({@code <option integrator>}) the joint-space engine steps with. */
public enum Integrator {
  /**
   * MuJoCo's default: semi-implicit Euler, the velocity first, then the position with the new
   * velocity; where any DOF has damping, the damping is integrated implicitly ({@code qacc = (M +
   * h·diag(damping))⁻¹·(qfrc_smooth + qfrc_constraint)}, MuJoCo's {@code mj_Euler}).
   */
  EULER("Euler"),
  /** MuJoCo's classic four-stage Runge-Kutta, every stage a full forward pass. */
  RK4("RK4");

  private final String mujocoName;

  Integrator(String mujocoName) {
    this.mujocoName = mujocoName;
  }

  /** The integrator MuJoCo names {@code name}, or null where the engine has none of that name. */
  public static Integrator ofMujocoName(String name) {
    for (Integrator integrator : values()) {
      if (integrator.mujocoName.equals(name)) {
        return integrator;
      }
    }
    return null;
  }
}
