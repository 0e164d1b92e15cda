package dev.jymnasium.physics.jointspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link ConstraintRows} against MuJoCo 3.14's Newton solver on one Hopper-v5 state: two joint
 * limits and two foot contacts (pyramid edges with friction 2), the rows' Jacobian, efc_R and
 * efc_aref as MuJoCo built them. Printed by Gymnasium's Hopper-v5 (seed 0, 13 random actions of the
 * action space seeded 0, then {@code mj_forward}): M by {@code mj_mulM} of unit vectors, {@code
 * qacc_smooth}, {@code efc_J}, {@code efc_R}, {@code efc_aref}, {@code qacc}, {@code
 * qfrc_constraint}.
 */
class ConstraintRowsTest {
  /** Hopper's DOFs form one chain. */
  private static final int[] CHAIN = {-1, 0, 1, 2, 3, 4};

  private static final double[] MASS = {
    15.820013405927003,
    0.0,
    -10.350060903055734,
    7.91909673597414,
    3.3625464602880366,
    0.009602136711337472,
    0.0,
    15.820013405927003,
    -0.4085908791218201,
    0.4096443561700072,
    0.38033721443082597,
    0.34537890774081004,
    -10.350060903055734,
    -0.4085908791218201,
    10.404009918246716,
    -8.26478740713334,
    -3.9009064793054975,
    -0.13979356874903734,
    7.91909673597414,
    0.4096443561700072,
    -8.26478740713334,
    7.681003713162391,
    3.228430214805381,
    0.13790307610632963,
    3.3625464602880366,
    0.38033721443082597,
    -3.9009064793054975,
    3.228430214805381,
    2.714214802223988,
    0.1325825800381915,
    0.009602136711337472,
    0.34537890774081004,
    -0.13979356874903734,
    0.13790307610632963,
    0.1325825800381915,
    1.1259813839927224
  };
  private static final double[] UNCONSTRAINED = {
    13.6135750570206,
    -14.34069468102637,
    46.403095086634394,
    -18.838957085659054,
    123.10808599072367,
    147.6232864223981
  };
  private static final double[] JACOBIAN = {
    0.0,
    0.0,
    0.0,
    -1.0,
    0.0,
    0.0,
    0.0,
    0.0,
    0.0,
    0.0,
    -1.0,
    0.0,
    -1.9999999999999998,
    1.0,
    2.5354385579855356,
    -2.135351924012794,
    -1.238264821369217,
    -0.2435319618691102,
    1.9999999999999998,
    1.0,
    -2.2915797875533177,
    1.8916664966456087,
    0.9887908301974686,
    -0.01636761452157358,
    0.0,
    1.0,
    0.12192938521610881,
    -0.12184271368359248,
    -0.1247369955858742,
    -0.1299497881953419,
    0.0,
    1.0,
    0.12192938521610881,
    -0.12184271368359248,
    -0.1247369955858742,
    -0.1299497881953419,
    -1.9999999999999998,
    1.0,
    2.1564276864623007,
    -1.7563410524895589,
    -0.8592539498459819,
    0.13547890965412485,
    1.9999999999999998,
    1.0,
    -2.692267645202134,
    2.292354354294425,
    1.3894786878462846,
    0.3843202431272425,
    0.0,
    1.0,
    -0.26791997936991674,
    0.2680066509024331,
    0.26511236900015134,
    0.2598995763906837,
    0.0,
    1.0,
    -0.26791997936991674,
    0.2680066509024331,
    0.26511236900015134,
    0.2598995763906837
  };
  private static final double[] REGULARISATION = {
    0.048281963368840906,
    0.04433206482714956,
    0.6690271076821867,
    0.6690271076821867,
    0.6690271076821867,
    0.6690271076821867,
    0.6690271076821867,
    0.6690271076821867,
    0.6690271076821867,
    0.6690271076821867
  };
  private static final double[] REFERENCE = {
    15.872956224769297,
    60.46274405275686,
    94.97494467116323,
    84.81714868911133,
    89.8960466801373,
    89.8960466801373,
    37.85573742917072,
    22.493926904836954,
    30.174832167003824,
    30.174832167003824
  };
  private static final double[] QACC = {
    7.257235584080822,
    18.752647690485148,
    -21.88516026313553,
    -15.576680698840793,
    -52.472843078021,
    97.96781691993083
  };
  private static final double[] QFRC = {
    41.18867830488741,
    468.8455380721268,
    6.699455190037956,
    -21.032914872242085,
    -215.01653465697223,
    -57.825261985629794
  };

  @Test
  void accelerationsEqualMujocosNewtonSolver() {
    int nv = 6;
    ConstraintRows rows = new ConstraintRows(nv, CHAIN, 2);
    for (int r = 0; r < REGULARISATION.length; r++) {
      int row = rows.add(REGULARISATION[r], REFERENCE[r]);
      System.arraycopy(JACOBIAN, r * nv, rows.jacobian(), row * nv, nv);
    }
    // From a₀, from rest and from far away: the minimum does not depend on the start.
    for (double[] start : new double[][] {UNCONSTRAINED, new double[nv], {1e3, -1e3, 5, 0, 0, 9}}) {
      double[] qacc = start.clone();
      double[] qfrc = new double[nv];
      rows.solve(MASS, smooth(), qacc, qfrc);
      for (int d = 0; d < nv; d++) {
        assertEquals(QACC[d], qacc[d], 1e-10 * Math.abs(QACC[d]), "qacc " + d);
        assertEquals(QFRC[d], qfrc[d], 1e-10 * Math.abs(QFRC[d]) + 1e-10, "qfrc_constraint " + d);
      }
    }
  }

  @Test
  void withoutRowsTheAccelerationsAreTheUnconstrainedOnes() {
    ConstraintRows rows = new ConstraintRows(6, CHAIN, 1);
    double[] qacc = new double[6];
    double[] qfrc = new double[6];
    rows.solve(MASS, smooth(), qacc, qfrc);
    for (int d = 0; d < 6; d++) {
      assertEquals(UNCONSTRAINED[d], qacc[d], 1e-12 * Math.abs(UNCONSTRAINED[d]));
      assertEquals(0, qfrc[d]);
    }
  }

  /** M·a₀, the smooth force. */
  private static double[] smooth() {
    double[] out = new double[6];
    for (int i = 0; i < 6; i++) {
      for (int k = 0; k < 6; k++) {
        out[i] += MASS[6 * i + k] * UNCONSTRAINED[k];
      }
    }
    return out;
  }
}
