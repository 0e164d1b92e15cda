package dev.jymnasium.control.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.jymnasium.env.Step;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The env's propagators against the plain step-by-step products {@code x' = A_d x + B1_d w + B2_d
 * u}: the checkpointed form of a large dense system (cm2, 60 states, over several checkpoints) and
 * the sparse direct form (cdp, block-diagonal).
 */
class StatePropagatorTest {
  private static final int STEPS = 3 * CheckpointPropagator.SPAN + 5;

  private static double[] mult(DMatrixRMaj m, double[] v) {
    double[] out = new double[m.numRows];
    for (int i = 0; i < m.numRows; i++) {
      for (int j = 0; j < m.numCols; j++) {
        out[i] += m.get(i, j) * v[j];
      }
    }
    return out;
  }

  private static double[] plus(double[] a, double[] b) {
    double[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += b[i];
    }
    return out;
  }

  private static void assertClose(double[] expected, double[] got, String what) {
    double scale = 1e-300;
    for (double v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], got[i], 1e-10 * scale, what + " [" + i + "]");
    }
  }

  /** Steps the env with given disturbances and actions, checking y, the reward and x. */
  private static void matchesStepByStep(String name, boolean readState) {
    LinearControlEnv env = new LinearControlEnv(name);
    DiscreteLinearSystem sys = env.system();
    LinearSystem cont = sys.continuous();
    env.reset(4L);
    double[] x = env.state();
    Random random = new Random(9);
    for (int t = 0; t < STEPS; t++) {
      double[] w = new double[cont.disturbanceSize()];
      double[] u = new double[cont.actionSize()];
      for (int i = 0; i < w.length; i++) {
        w[i] = 0.3 * random.nextGaussian();
      }
      for (int i = 0; i < u.length; i++) {
        u[i] = random.nextGaussian();
      }
      env.setDisturbance(w);
      Step<double[]> step = env.step(u);
      double[] y = plus(mult(sys.c(), x), mult(sys.d21(), w));
      assertClose(y, step.observation(), name + " y at " + t);
      double[] z = plus(mult(sys.c1(), x), mult(sys.d12(), u));
      double cost = 0;
      for (double v : z) {
        cost += v * v;
      }
      // R replaces D12ᵀD12 only for ac1, ac6 and ac8; these systems keep it.
      assertEquals(-cost, step.reward(), 1e-10 * Math.max(cost, 1e-300), name + " reward " + t);
      x = plus(plus(mult(sys.ad(), x), mult(sys.b1d(), w)), mult(sys.b2d(), u));
      if (readState || t == STEPS - 1) {
        assertClose(x, (double[]) step.info().get("state"), name + " state at " + t);
      }
    }
  }

  @Test
  void checkpointedDenseSystemMatchesStepByStep() {
    assertInstanceOf(
        CheckpointPropagator.class, StatePropagator.of(LinearSystem.of("cm2").discretise(0.1), 0));
    matchesStepByStep("cm2", false);
    matchesStepByStep("cm2", true);
  }

  @Test
  void sparseSystemMatchesStepByStep() {
    assertInstanceOf(
        DirectPropagator.class, StatePropagator.of(LinearSystem.of("cdp").discretise(0.1), 0));
    matchesStepByStep("cdp", true);
  }

  @Test
  void readingTheStateDoesNotChangeTheTrajectory() {
    LinearControlEnv read = new LinearControlEnv("cm2");
    LinearControlEnv unread = new LinearControlEnv("cm2");
    read.reset(1L);
    unread.reset(1L);
    double[] u = {0.5};
    double[] x = new double[read.system().continuous().stateSize()];
    for (int t = 0; t < STEPS; t++) {
      read.stateInto(x);
      Step<double[]> a = read.step(u);
      Step<double[]> b = unread.step(u);
      assertArrayEquals(b.observation(), a.observation(), "step " + t);
      assertEquals(b.reward(), a.reward(), "step " + t);
    }
    assertArrayEquals(unread.state(), read.state());
  }
}
