package dev.jymnasium.robots.drones;

import dev.jymnasium.env.registry.Kwarg;

/**
 * The kwargs every aviary accepts (gym-pybullet-drones' {@code BaseAviary} arguments), as a group
 * of its config record.
 *
 * @param droneModel {@code drone_model}: the airframe, {@code cf2x} (default), {@code cf2p} or
 *     {@code racer}
 * @param physics {@code physics}: {@code pyb} (default), {@code dyn}, {@code pyb_gnd}, {@code
 *     pyb_drag}, {@code pyb_dw} or {@code pyb_gnd_drag_dw}
 * @param pybFreq {@code pyb_freq}: physics steps per second (240); a multiple of {@code ctrl_freq}
 * @param initialXyzs {@code initial_xyzs}: start positions, 3 values per drone (m); None places
 *     drone i at (4·L·i, 4·L·i, 0.1125)
 * @param initialRpys {@code initial_rpys}: start roll, pitch, yaw, 3 values per drone (rad); None
 *     for level
 */
public record AviaryOptions(
    @Kwarg(
            defaultValue = "cf2x",
            oneOf = {"cf2x", "cf2p", "racer"},
            doc = "airframe: cf2x, cf2p or racer")
        String droneModel,
    @Kwarg(
            defaultValue = "pyb",
            oneOf = {"pyb", "dyn", "pyb_gnd", "pyb_drag", "pyb_dw", "pyb_gnd_drag_dw"},
            doc =
                "physics: pyb (engine), dyn (explicit), or pyb plus ground effect, drag, downwash")
        String physics,
    @Kwarg(
            defaultValue = "240",
            min = 1,
            doc = "physics steps per second (a multiple of ctrl_freq)")
        int pybFreq,
    @Kwarg(doc = "start positions, 3 values per drone (m); None: drone i at (4Li, 4Li, 0.1125)")
        double[] initialXyzs,
    @Kwarg(doc = "start roll, pitch, yaw, 3 values per drone (rad); None: level")
        double[] initialRpys) {

  /** The airframe. */
  public DroneModel model() {
    return DroneModel.byName(droneModel);
  }

  /** The physics mode. */
  public DronePhysics physicsMode() {
    return DronePhysics.byName(physics);
  }

  /**
   * Checks the kwargs that depend on each other.
   *
   * @throws IllegalArgumentException naming the kwarg, the value and what is accepted
   */
  void check(int ctrlFreq, int numDrones) {
    model();
    physicsMode();
    if (pybFreq % ctrlFreq != 0) {
      throw new IllegalArgumentException(
          "kwarg 'pyb_freq' must be a multiple of ctrl_freq (" + ctrlFreq + "), got " + pybFreq);
    }
    checkPerDrone("initial_xyzs", initialXyzs, numDrones);
    checkPerDrone("initial_rpys", initialRpys, numDrones);
  }

  private static void checkPerDrone(String name, double[] values, int numDrones) {
    if (values != null && values.length != 3 * numDrones) {
      throw new IllegalArgumentException(
          "kwarg '"
              + name
              + "' must have 3 values per drone ("
              + 3 * numDrones
              + " for num_drones="
              + numDrones
              + "), got "
              + values.length);
    }
    if (values != null) {
      for (double v : values) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "kwarg '" + name + "' must hold finite numbers, got " + v);
        }
      }
    }
  }
}
