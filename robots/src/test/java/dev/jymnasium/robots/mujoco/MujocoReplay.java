package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.physics.jointspace.JointSpaceSimulation;

/**
 * Replays the reference control of {@code benchmarks/mujoco/jointspace_reference.py} on a
 * joint-space simulation (1.5 sin(0.1 k + u) on actuator u at step k) and holds its states to
 * MuJoCo's after steps 1, 10 and 50.
 */
final class MujocoReplay {
  static final double TOLERANCE = 1e-10;

  /** The steps after which MuJoCo's states were printed. */
  private static final int[] CHECKED_STEPS = {1, 10, 50};

  private MujocoReplay() {}

  /**
   * Steps {@code sim} from its current state; after each checked step compares the number of
   * contacts with {@code contacts[i]} and qpos, qvel and qfrc_constraint with {@code expected[i]} =
   * {qpos, qvel, qfrc_constraint} (the force relative to its size where it exceeds 1).
   */
  static void assertFollows(
      String label,
      JointSpaceSimulation sim,
      int[] contacts,
      double[][][] expected,
      double tolerance) {
    int nv = sim.model().dofCount();
    double[] ctrl = new double[sim.model().spec().actuators().size()];
    int checked = 0;
    for (int k = 1; k <= CHECKED_STEPS[CHECKED_STEPS.length - 1]; k++) {
      for (int u = 0; u < ctrl.length; u++) {
        ctrl[u] = 1.5 * Math.sin(0.1 * (k - 1) + u);
      }
      sim.setControls(ctrl);
      sim.step();
      if (k != CHECKED_STEPS[checked]) {
        continue;
      }
      double[][] want = expected[checked];
      String step = label + " step " + k;
      assertEquals(contacts[checked], sim.contactCount(), step + " contacts");
      for (int d = 0; d < nv; d++) {
        String at = step + " dof " + d;
        assertEquals(want[0][d], sim.qpos(null)[d], tolerance, at + " qpos");
        assertEquals(want[1][d], sim.qvel(null)[d], tolerance, at + " qvel");
        assertEquals(
            want[2][d],
            sim.constraintForce(d),
            tolerance * Math.max(1, Math.abs(want[2][d])),
            at + " qfrc_constraint");
      }
      checked++;
    }
  }
}
