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
   * {qpos, qvel, qfrc_constraint} or {qpos, qvel, qfrc_constraint, cfrc_ext of the links after the
   * world} (forces relative to their size where it exceeds 1).
   */
  static void assertFollows(
      String label,
      JointSpaceSimulation sim,
      int[] contacts,
      double[][][] expected,
      double tolerance) {
    int nv = sim.model().dofCount();
    int nq = sim.model().qposSize();
    int links = sim.linkCount();
    double[] wrenches = new double[6 * links];
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
      assertEquals(nq, want[0].length, step + " qpos size");
      for (int i = 0; i < nq; i++) {
        assertEquals(want[0][i], sim.qpos(null)[i], tolerance, step + " qpos " + i);
      }
      if (want.length > 3) {
        sim.contactWrenches(wrenches);
        assertEquals(want[3].length, wrenches.length - 6, step + " cfrc_ext size");
        for (int i = 0; i < want[3].length; i++) {
          double expectedForce = want[3][i];
          assertEquals(
              expectedForce,
              wrenches[6 + i],
              tolerance * Math.max(1, Math.abs(expectedForce)),
              step + " cfrc_ext " + i);
        }
      }
      for (int d = 0; d < nv; d++) {
        String at = step + " dof " + d;
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
