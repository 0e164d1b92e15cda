package dev.jymnasium.robots.drones;

import java.util.Locale;

/** The {@code act} kwarg of the RL aviaries: what an action means (gym-pybullet-drones' names). */
public enum ActionType {
  /** Four motors, each {@code hover_rpm·(1 + 0.05·a)}. */
  RPM(4),
  /** One value for all four motors, {@code hover_rpm·(1 + 0.05·a)}. */
  ONE_D_RPM(1),
  /** An absolute target position, approached by the PID at most 1 m at a time. */
  PID(3),
  /** A velocity direction (3) and a magnitude in units of the speed limit (1), by the PID. */
  VEL(4),
  /** A height change of {@code 0.1·a} m, by the PID. */
  ONE_D_PID(1);

  /** Values per drone. */
  public final int size;

  ActionType(int size) {
    this.size = size;
  }

  /** The kwarg's spelling, e.g. {@code one_d_rpm}. */
  public String kwargName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the DSL PID turns the action into RPMs. */
  public boolean usesPid() {
    return this == PID || this == VEL || this == ONE_D_PID;
  }

  /**
   * The type named by the {@code act} kwarg.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static ActionType byName(String name) {
    for (ActionType t : values()) {
      if (t.kwargName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "kwarg 'act' must be one of rpm, one_d_rpm, pid, vel, one_d_pid, got '" + name + "'");
  }
}
