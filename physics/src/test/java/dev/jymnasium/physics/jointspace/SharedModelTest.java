package dev.jymnasium.physics.jointspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One model (with a medium) behind simulations on several threads: each as if it ran alone. */
class SharedModelTest {
  private static final int THREADS = 4;
  private static final int STEPS = 3000;

  @Test
  void simulationsOfOneModelOnSeveralThreadsMatchOneAlone() throws Exception {
    JointSpaceModel model = new JointSpaceModel(PlanarDynamicsTest.chain(0, 0.6, 0.8), 1000, 0.1);
    double[] alone = run(model);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<double[]>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        runs.add(pool.submit(() -> run(model)));
      }
      for (Future<double[]> run : runs) {
        assertArrayEquals(alone, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** qpos then qvel after {@link #STEPS} steps under fixed controls. */
  private static double[] run(JointSpaceModel model) {
    JointSpaceSimulation sim = new JointSpaceSimulation(model);
    double[] controls = new double[model.spec().actuators().size()];
    for (int step = 0; step < STEPS; step++) {
      for (int a = 0; a < controls.length; a++) {
        controls[a] = Math.sin(0.05 * step + a);
      }
      sim.setControls(controls);
      sim.step();
    }
    int nv = model.dofCount();
    double[] state = new double[2 * nv];
    sim.qpos(state);
    System.arraycopy(sim.qvel(null), 0, state, nv, nv);
    return state;
  }
}
