package dev.jymnasium.robots.drones;

import java.util.Locale;

/**
 * The {@code physics} kwarg: how an aviary moves its drones (gym-pybullet-drones' {@code Physics}).
 */
public enum DronePhysics {
  /** A rigid body per drone in the engine, with the four thrusts and the yaw torque. */
  PYB(false, false, false),
  /**
   * Explicit integration of the rigid-body equations in double precision, no engine, no contacts.
   */
  DYN(false, false, false),
  /** PYB plus ground effect under each propeller. */
  PYB_GND(true, false, false),
  /** PYB plus rotor drag against the velocity. */
  PYB_DRAG(false, true, false),
  /** PYB plus downwash from the drones above. */
  PYB_DW(false, false, true),
  /** PYB plus ground effect, drag and downwash. */
  PYB_GND_DRAG_DW(true, true, true);

  /** Whether the mode adds ground effect. */
  final boolean groundEffect;

  /** Whether the mode adds drag. */
  final boolean drag;

  /** Whether the mode adds downwash. */
  final boolean downwash;

  DronePhysics(boolean groundEffect, boolean drag, boolean downwash) {
    this.groundEffect = groundEffect;
    this.drag = drag;
    this.downwash = downwash;
  }

  /** The kwarg's spelling, e.g. {@code pyb_gnd}. */
  public String kwargName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode named by the {@code physics} kwarg.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static DronePhysics byName(String name) {
    for (DronePhysics p : values()) {
      if (p.kwargName().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "kwarg 'physics' must be one of pyb, dyn, pyb_gnd, pyb_drag, pyb_dw, pyb_gnd_drag_dw, got '"
            + name
            + "'");
  }
}
