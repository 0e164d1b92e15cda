package dev.jymnasium.control.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Advances a linear env's state, {@code x_{t+1} = A_d x_t + B1_d w_t + B2_d u_t}, and gives the few
 * linear functions of the current state that a step needs, {@code H x_t} with H stacking C (the
 * observation), C1 (the cost) and the first state components that the plot records. The state
 * itself is only needed when someone reads it ({@link #stateInto}), which lets a large dense system
 * avoid an n² product per step ({@link CheckpointPropagator}).
 */
interface StatePropagator {
  /** Dense systems from this state size on take the checkpointed form. */
  int CHECKPOINT_FROM_STATES = 40;

  /** Starts from the state {@code x0} (n values). */
  void reset(double[] x0);

  /**
   * {@code H x} of the current state (read-only; refilled by {@link #reset} and {@link #advance}).
   */
  double[] outputs();

  /** One step with disturbance {@code w} and control {@code u}. */
  void advance(double[] w, double[] u);

  /** Copies the current state into {@code out} (n values). */
  void stateInto(double[] out);

  /**
   * The propagator for {@code sys} whose outputs are {@code C x}, {@code C1 x} and the first {@code
   * plotted} state components, in that order.
   */
  static StatePropagator of(DiscreteLinearSystem sys, int plotted) {
    LinearSystem cont = sys.continuous();
    int n = cont.stateSize();
    DMatrixRMaj h = new DMatrixRMaj(cont.observationSize() + cont.outputSize() + plotted, n);
    CommonOps_DDRM.insert(cont.c, h, 0, 0);
    CommonOps_DDRM.insert(cont.c1, h, cont.observationSize(), 0);
    for (int i = 0; i < plotted; i++) {
      h.set(cont.observationSize() + cont.outputSize() + i, i, 1.0);
    }
    MatVec a = MatVec.of(sys.ad);
    if (a.dense() && n >= CHECKPOINT_FROM_STATES) {
      return new CheckpointPropagator(sys, h, plotted);
    }
    return new DirectPropagator(a, MatVec.of(sys.b1d), MatVec.of(sys.b2d), MatVec.of(h));
  }
}
