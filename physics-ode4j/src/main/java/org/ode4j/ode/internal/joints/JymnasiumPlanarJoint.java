package org.ode4j.ode.internal.joints;

import org.ode4j.math.DMatrix3C;
import org.ode4j.math.DVector3C;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.internal.DxBody;
import org.ode4j.ode.internal.DxWorld;

/**
 * Jymnasium's planar joint for ODE4J: three rows keep an anchor point of body 1 on a plane fixed in
 * body 2 (or in the world) and let body 1 turn about the plane normal only. ODE's own Plane2D joint
 * fixes the plane to world x–y and does not correct orientation drift.
 *
 * <p>It lives in ODE4J's joint package because {@link DxJoint} declares package-private abstract
 * methods; module physics-ode4j's PlanarJointOde4jCompatibilityTest fails, naming the ODE4J
 * version, when an upgrade changes those methods or the row layout used here. No limits or motors:
 * efforts are applied as body loads by the neutral layer.
 */
public final class JymnasiumPlanarJoint extends DxJoint {
  private static final int ROWS = 3;

  /** Anchor relative to body 1's centre, in body 1's frame (m). */
  private final double[] anchor1 = new double[3];

  /**
   * Anchor relative to body 2's centre in its frame, or in world coordinates without body 2 (m).
   */
  private final double[] anchor2 = new double[3];

  /** Plane normal in body 1's frame. */
  private final double[] normal1 = new double[3];

  /** Plane normal and the two in-plane axes in body 2's frame (world without body 2). */
  private final double[] normal2 = new double[3];

  private final double[] inPlane2a = new double[3];
  private final double[] inPlane2b = new double[3];

  private final double[] arm = new double[3];
  private final double[] point = new double[3];
  private final double[] target = new double[3];
  private final double[] normal = new double[3];
  private final double[] childNormal = new double[3];
  private final double[] axis = new double[3];
  private final double[] cross = new double[3];

  /**
   * Attaches {@code body1} to {@code body2} (null: the world) in their current poses.
   *
   * @param anchor a point of the plane, in world coordinates (m)
   * @param normal the plane normal (unit, world)
   * @param inPlaneAxis a unit world vector perpendicular to {@code normal}
   */
  public JymnasiumPlanarJoint(
      DWorld world,
      DBody body1,
      DBody body2,
      DVector3C anchor,
      DVector3C normal,
      DVector3C inPlaneAxis) {
    super((DxWorld) world);
    attach(body1, body2);
    DxBody b1 = node[0].body;
    DxBody b2 = node[1].body;
    double[] worldVector = new double[3];
    for (int i = 0; i < 3; i++) {
      worldVector[i] = anchor.get(i) - b1.posr().pos().get(i);
    }
    toBody(b1.posr().R(), worldVector, anchor1);
    toBody(b1.posr().R(), toArray(normal, worldVector), normal1);
    double[] inPlaneB =
        cross(toArray(normal, new double[3]), toArray(inPlaneAxis, new double[3]), new double[3]);
    if (b2 == null) {
      toArray(anchor, anchor2);
      toArray(normal, normal2);
      toArray(inPlaneAxis, inPlane2a);
      System.arraycopy(inPlaneB, 0, inPlane2b, 0, 3);
    } else {
      DMatrix3C r2 = b2.posr().R();
      for (int i = 0; i < 3; i++) {
        worldVector[i] = anchor.get(i) - b2.posr().pos().get(i);
      }
      toBody(r2, worldVector, anchor2);
      toBody(r2, toArray(normal, worldVector), normal2);
      toBody(r2, toArray(inPlaneAxis, worldVector), inPlane2a);
      toBody(r2, inPlaneB, inPlane2b);
    }
  }

  @Override
  void getSureMaxInfo(SureMaxInfo info) {
    info.max_m = ROWS;
  }

  @Override
  public void getInfo1(Info1 info) {
    info.setM(ROWS);
    info.setNub(ROWS);
  }

  /**
   * Row 0 stops the anchor leaving the plane; rows 1 and 2 stop turns about the in-plane axes.
   * Right-hand sides pull the errors back at the world's ERP, as ODE's own joints do.
   */
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
    DVector3C x1 = b1.posr().pos();
    toWorld(b1.posr().R(), anchor1, arm);
    for (int i = 0; i < 3; i++) {
      point[i] = x1.get(i) + arm[i];
    }
    toWorld(b1.posr().R(), normal1, childNormal);
    if (b2 == null) {
      System.arraycopy(normal2, 0, normal, 0, 3);
      System.arraycopy(anchor2, 0, target, 0, 3);
    } else {
      DMatrix3C r2 = b2.posr().R();
      toWorld(r2, normal2, normal);
      toWorld(r2, anchor2, target);
      for (int i = 0; i < 3; i++) {
        target[i] += b2.posr().pos().get(i);
      }
    }
    double k = worldFPS * worldERP;

    cross(arm, normal, cross);
    for (int i = 0; i < 3; i++) {
      J1A[J1Ofs + GI2__JL_MIN + i] = normal[i];
      J1A[J1Ofs + GI2__JA_MIN + i] = cross[i];
    }
    if (b2 != null) {
      // Body 2 is taken at the point coinciding with body 1's anchor, so the plane's own turn
      // counts.
      for (int i = 0; i < 3; i++) {
        arm[i] = point[i] - b2.posr().pos().get(i);
      }
      cross(arm, normal, cross);
      for (int i = 0; i < 3; i++) {
        J2A[J2Ofs + GI2__JL_MIN + i] = -normal[i];
        J2A[J2Ofs + GI2__JA_MIN + i] = -cross[i];
      }
    }
    pairRhsCfmA[pairRhsCfmOfs + GI2_RHS] =
        k
            * ((target[0] - point[0]) * normal[0]
                + (target[1] - point[1]) * normal[1]
                + (target[2] - point[2]) * normal[2]);

    // A small tilt of body 1 by φ moves its normal by φ × n: (n1 × n2) is −φ across the plane.
    cross(childNormal, normal, cross);
    for (int row = 1; row < ROWS; row++) {
      double[] local = row == 1 ? inPlane2a : inPlane2b;
      if (b2 == null) {
        System.arraycopy(local, 0, axis, 0, 3);
      } else {
        toWorld(b2.posr().R(), local, axis);
      }
      int j = row * rowskip;
      for (int i = 0; i < 3; i++) {
        J1A[J1Ofs + j + GI2__JA_MIN + i] = axis[i];
        if (b2 != null) {
          J2A[J2Ofs + j + GI2__JA_MIN + i] = -axis[i];
        }
      }
      pairRhsCfmA[pairRhsCfmOfs + row * pairskip + GI2_RHS] =
          k * (cross[0] * axis[0] + cross[1] * axis[1] + cross[2] * axis[2]);
    }
  }

  /** No ODE parameters: limits and motors are not supported. */
  @Override
  public void setParam(PARAM_N parameter, double value) {
    throw new UnsupportedOperationException("the planar joint has no parameter " + parameter);
  }

  /** No ODE parameters: limits and motors are not supported. */
  @Override
  public double getParam(PARAM_N parameter) {
    throw new UnsupportedOperationException("the planar joint has no parameter " + parameter);
  }

  private static double[] toArray(DVector3C v, double[] dest) {
    dest[0] = v.get0();
    dest[1] = v.get1();
    dest[2] = v.get2();
    return dest;
  }

  /** dest = R · v (body to world); R is row-major. */
  private static void toWorld(DMatrix3C r, double[] v, double[] dest) {
    dest[0] = r.get00() * v[0] + r.get01() * v[1] + r.get02() * v[2];
    dest[1] = r.get10() * v[0] + r.get11() * v[1] + r.get12() * v[2];
    dest[2] = r.get20() * v[0] + r.get21() * v[1] + r.get22() * v[2];
  }

  /** dest = Rᵀ · v (world to body). */
  private static void toBody(DMatrix3C r, double[] v, double[] dest) {
    dest[0] = r.get00() * v[0] + r.get10() * v[1] + r.get20() * v[2];
    dest[1] = r.get01() * v[0] + r.get11() * v[1] + r.get21() * v[2];
    dest[2] = r.get02() * v[0] + r.get12() * v[1] + r.get22() * v[2];
  }

  private static double[] cross(double[] a, double[] b, double[] dest) {
    double x = a[1] * b[2] - a[2] * b[1];
    double y = a[2] * b[0] - a[0] * b[2];
    double z = a[0] * b[1] - a[1] * b[0];
    dest[0] = x;
    dest[1] = y;
    dest[2] = z;
    return dest;
  }
}
