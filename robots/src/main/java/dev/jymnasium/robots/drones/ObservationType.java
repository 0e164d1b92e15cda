package dev.jymnasium.robots.drones;

import java.util.Locale;

/** The {@code obs} kwarg of the RL aviaries (gym-pybullet-drones' names). */
public enum ObservationType {
  /** State (position, attitude, velocities) and the buffer of recent actions. */
  KIN,
  /** The onboard camera's RGBA picture, see {@link OnboardCameras}. */
  RGB;

  /** The kwarg's spelling, e.g. {@code kin}. */
  public String kwargName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type named by the {@code obs} kwarg.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static ObservationType byName(String name) {
    for (ObservationType t : values()) {
      if (t.kwargName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("kwarg 'obs' must be one of kin, rgb, got '" + name + "'");
  }
}
