package dev.jymnasium.control.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import org.junit.jupiter.api.Test;

/**
 * LQR against scipy: he1's P and K were printed by {@code python3
 * control-tasks/src/test/python/controlgym_reference.py} ({@code
 * scipy.linalg.solve_discrete_are(Ad, B2d, Q, R, s=S)}, scipy 1.17.1); the average costs {@code
 * 0.1·tr(B1_dᵀ P B1_d)} of other systems were computed the same way.
 */
class LqrControllerTest {
  private static final double[] HE1_P = {
    4.509231313390311, -0.8218590452551285, 0.520755963855562, -0.3324101412111694,
    -0.8218590452551285, 1.4054462768972753, 0.08725236959292983, -0.5219256274501154,
    0.520755963855562, 0.08725236959292983, 0.2358652805785903, 0.22440489476182718,
    -0.3324101412111694, -0.5219256274501154, 0.22440489476182718, 1.1026526889823105
  };
  private static final double[] HE1_K = {
    -1.532968103128262, -0.4425377767501323, 0.14261489160373791, 0.45829328314324247,
    -1.0987214004273138, 0.19851881555956205, -0.04992390012952652, -0.5399730740099461
  };

  @Test
  void he1MatchesScipysRiccatiSolution() {
    LqrController lqr = LqrController.of(LinearSystem.of("he1").discretise(0.1));
    double[] p = lqr.riccati().data;
    double[] k = lqr.gain().data;
    for (int i = 0; i < p.length; i++) {
      assertEquals(HE1_P[i], p[i], 1e-10 * 4.51, "P " + i);
    }
    for (int i = 0; i < k.length; i++) {
      assertEquals(HE1_K[i], k[i], 1e-10 * 1.53, "K " + i);
    }
    assertEquals(1.4153487058192922e-05, lqr.averageCost(0.1), 1e-12 * 1.4e-5);
  }

  @Test
  void averageCostsMatchScipy() {
    String[] names = {"toy", "ac3", "ac4", "ac8", "dis2", "he4", "pas", "psm"};
    double[] costs = {
      0.02246979196670798, 0.04607088774306673, 6.351788971087525e-06, 0.11097452148487555,
      14.204665278923983, 0.01416976680235709, 5.353536815271164e-06, 0.02131313492757102
    };
    for (int i = 0; i < names.length; i++) {
      double got = LqrController.of(LinearSystem.of(names[i]).discretise(0.1)).averageCost(0.1);
      assertEquals(costs[i], got, 1e-8 * costs[i], names[i]);
    }
  }

  @Test
  void reaHasNoStabilisingSolution() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> LqrController.of(LinearSystem.of("rea").discretise(0.1)));
    assertTrue(e.getMessage().contains("rea"), e.getMessage());
  }

  @Test
  void lqrBeatsZeroControlOnASeededEpisode() {
    double lqr = episodeReturn(LqrController.of(LinearSystem.of("he1").discretise(0.1)));
    double zero = episodeReturn(LinearController.zero());
    assertTrue(lqr > zero, "LQR " + lqr + " vs zero " + zero);
    // The same episode in numpy with scipy's gain (the reference script's last line).
    assertEquals(-3.6828867816691497, lqr, 1e-9 * 3.68);
  }

  @Test
  void lqgMatchesNumpyOnASeededEpisode() {
    DiscreteLinearSystem sys = LinearSystem.of("he1").discretise(0.1);
    LqgController lqg = LqgController.of(sys, 0.1);
    double[] l = lqg.kalmanGain().data;
    double[] expectedL = {
      0.014555397934660416, 0.1339266700214397, -0.027468145560776626, -0.05476915892725391
    };
    for (int i = 0; i < l.length; i++) {
      assertEquals(expectedL[i], l[i], 1e-10 * 0.134, "L " + i);
    }
    LinearControlEnv env = new LinearControlEnv("he1");
    env.reset(3);
    lqg.reset(new double[4]);
    double[] u = new double[2];
    double total = 0;
    for (int t = 0; t < 1000; t++) {
      lqg.act(u);
      Step<double[]> s = env.step(u);
      lqg.update(s.observation());
      total += s.reward();
    }
    // numpy with scipy's gains on the same seed (the reference script's last line).
    assertEquals(-93.5899889520485, total, 1e-9 * 93.6);
    assertTrue(total > episodeReturn(LinearController.zero()), "LQG beats zero control");
  }

  private static double episodeReturn(LinearController controller) {
    LinearControlEnv env = new LinearControlEnv("he1");
    env.reset(3);
    double[] x = new double[4];
    double[] u = new double[2];
    double total = 0;
    for (int t = 0; t < 1000; t++) {
      env.stateInto(x);
      controller.act(x, u);
      Step<double[]> s = env.step(u);
      total += s.reward();
    }
    return total;
  }
}
