package org.ode4j.ode.internal.joints;

import org.ode4j.math.DMatrix3C;
import org.ode4j.math.DVector3C;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.internal.DxBody;
import org.ode4j.ode.internal.DxWorld;

/**
 * The in-plane rows of a hinge about the normal of a plane that the world holds both bodies in, for
 * ODE4J: two rows keep the hinge points of both bodies together along the plane's two in-plane
 * axes. ODE's hinge has three more, which stop motion out of the plane; a world that holds its
 * bodies in the plane by projection does not need them (Jymnasium's {@code Ode4jWorld}). An
 * optional third row on the turn rate carries a joint-space armature and damping, in place of a
 * separate angular motor joint.
 *
 * <p>It lives in ODE4J's joint package because {@link DxJoint} declares package-private abstract
 * methods, as {@link JymnasiumPlanarJoint} does. No limits or motors: those stay with ODE's hinge.
 */
public final class JymnasiumInPlaneHinge extends DxJoint {
  private static final int ROWS = 2;

  /** The hinge axis, inPlaneA × inPlaneB (world): the plane's normal or its opposite. */
  private final double[] normal = new double[3];

  /** Whether the third row, on the turn rate about the normal, is on; its target and CFM. */
  private boolean turnRow;

  private double turnVelocity;
  private double turnCfm;

  /**
   * Anchor relative to each body's centre, in that body's frame (m); world point without body 2.
   */
  private final double[] anchor1 = new double[3];

  private final double[] anchor2 = new double[3];

  /** The plane's two in-plane unit axes (world). */
  private final double[][] axes = new double[2][3];

  private final double[] arm1 = new double[3];
  private final double[] arm2 = new double[3];
  private final double[] cross = new double[3];

  /**
   * Joins {@code body1} to {@code body2} (null: the world) at their anchors.
   *
   * @param anchor1 the hinge point on body 1, in world coordinates now (m)
   * @param anchor2 the hinge point on body 2 (or in the world), in world coordinates now (m)
   * @param inPlaneA a unit world vector in the plane
   * @param inPlaneB a unit world vector in the plane, perpendicular to {@code inPlaneA}
   */
  public JymnasiumInPlaneHinge(
      DWorld world,
      DBody body1,
      DBody body2,
      DVector3C anchor1,
      DVector3C anchor2,
      DVector3C inPlaneA,
      DVector3C inPlaneB) {
    super((DxWorld) world);
    attach(body1, body2);
    for (int i = 0; i < 3; i++) {
      axes[0][i] = inPlaneA.get(i);
      axes[1][i] = inPlaneB.get(i);
    }
    cross(axes[0], axes[1], normal);
    toBody(node[0].body, anchor1, this.anchor1);
    if (node[1].body == null) {
      for (int i = 0; i < 3; i++) {
        this.anchor2[i] = anchor2.get(i);
      }
    } else {
      toBody(node[1].body, anchor2, this.anchor2);
    }
  }

  private static void toBody(DxBody body, DVector3C point, double[] dest) {
    DMatrix3C r = body.posr().R();
    double x = point.get0() - body.posr().pos().get0();
    double y = point.get1() - body.posr().pos().get1();
    double z = point.get2() - body.posr().pos().get2();
    dest[0] = r.get00() * x + r.get10() * y + r.get20() * z;
    dest[1] = r.get01() * x + r.get11() * y + r.get21() * z;
    dest[2] = r.get02() * x + r.get12() * y + r.get22() * z;
  }

  private static void toWorld(DMatrix3C r, double[] v, double[] dest) {
    dest[0] = r.get00() * v[0] + r.get01() * v[1] + r.get02() * v[2];
    dest[1] = r.get10() * v[0] + r.get11() * v[1] + r.get12() * v[2];
    dest[2] = r.get20() * v[0] + r.get21() * v[1] + r.get22() * v[2];
  }

  /**
   * Switches the third row on: body 1's turn rate about the normal relative to body 2's solves
   * {@code ω_rel = targetVelocity − cfm·τ} for its unbounded torque τ, as ODE's powered angular
   * motor with infinite force does (a joint-space armature and damping).
   */
  public void setTurnRow(double targetVelocity, double cfm) {
    turnRow = true;
    turnVelocity = targetVelocity;
    turnCfm = cfm;
  }

  /** Switches the third row off. */
  public void clearTurnRow() {
    turnRow = false;
  }

  @Override
  void getSureMaxInfo(SureMaxInfo info) {
    info.max_m = ROWS + 1;
  }

  @Override
  public void getInfo1(Info1 info) {
    int rows = turnRow ? ROWS + 1 : ROWS;
    info.setM(rows);
    info.setNub(rows);
  }

  /** Each row: {@code u·(v1 + ω1 × r1) − u·(v2 + ω2 × r2) = ERP/h · u·(p2 − p1)}. */
  @Override
  public void getInfo2(
      double worldFPS,
      double worldERP,
      int rowskip,
      double[] J1A,
      int J1Ofs,
      double[] J2A,
      int J2Ofs,
      int pairskip,
      double[] pairRhsCfmA,
      int pairRhsCfmOfs,
      double[] pairLoHiA,
      int pairLoHiOfs,
      int[] findexA,
      int findexOfs) {
    DxBody b1 = node[0].body;
    DxBody b2 = node[1].body;
    toWorld(b1.posr().R(), anchor1, arm1);
    double e0 = -(b1.posr().pos().get0() + arm1[0]);
    double e1 = -(b1.posr().pos().get1() + arm1[1]);
    double e2 = -(b1.posr().pos().get2() + arm1[2]);
    if (b2 == null) {
      e0 += anchor2[0];
      e1 += anchor2[1];
      e2 += anchor2[2];
    } else {
      toWorld(b2.posr().R(), anchor2, arm2);
      e0 += b2.posr().pos().get0() + arm2[0];
      e1 += b2.posr().pos().get1() + arm2[1];
      e2 += b2.posr().pos().get2() + arm2[2];
    }
    double k = worldFPS * worldERP;
    for (int row = 0; row < ROWS; row++) {
      double[] u = axes[row];
      int j = row * rowskip;
      cross(arm1, u, cross);
      for (int i = 0; i < 3; i++) {
        J1A[J1Ofs + j + GI2__JL_MIN + i] = u[i];
        J1A[J1Ofs + j + GI2__JA_MIN + i] = cross[i];
      }
      if (b2 != null) {
        cross(arm2, u, cross);
        for (int i = 0; i < 3; i++) {
          J2A[J2Ofs + j + GI2__JL_MIN + i] = -u[i];
          J2A[J2Ofs + j + GI2__JA_MIN + i] = -cross[i];
        }
      }
      pairRhsCfmA[pairRhsCfmOfs + row * pairskip + GI2_RHS] =
          k * (e0 * u[0] + e1 * u[1] + e2 * u[2]);
    }
    if (turnRow) {
      int j = ROWS * rowskip;
      for (int i = 0; i < 3; i++) {
        J1A[J1Ofs + j + GI2__JA_MIN + i] = normal[i];
        if (b2 != null) {
          J2A[J2Ofs + j + GI2__JA_MIN + i] = -normal[i];
        }
      }
      int pair = ROWS * pairskip;
      pairRhsCfmA[pairRhsCfmOfs + pair + GI2_RHS] = turnVelocity;
      pairRhsCfmA[pairRhsCfmOfs + pair + GI2_CFM] = turnCfm;
      pairLoHiA[pairLoHiOfs + pair + GI2_LO] = Double.NEGATIVE_INFINITY;
      pairLoHiA[pairLoHiOfs + pair + GI2_HI] = Double.POSITIVE_INFINITY;
    }
  }

  /** No ODE parameters: limits and motors are rows of their own. */
  @Override
  public void setParam(PARAM_N parameter, double value) {
    throw new UnsupportedOperationException("the in-plane hinge has no parameter " + parameter);
  }

  /** No ODE parameters: limits and motors are rows of their own. */
  @Override
  public double getParam(PARAM_N parameter) {
    throw new UnsupportedOperationException("the in-plane hinge has no parameter " + parameter);
  }

  private static void cross(double[] a, double[] b, double[] dest) {
    dest[0] = a[1] * b[2] - a[2] * b[1];
    dest[1] = a[2] * b[0] - a[0] * b[2];
    dest[2] = a[0] * b[1] - a[1] * b[0];
  }
}
