package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Pose;
import java.util.Arrays;
import java.util.List;
import org.joml.Matrix3d;
import org.joml.Vector3d;

/**
 * The model's joint-space mass matrix at the written pose (qpos0), built from the links' masses and
 * inertias and the joints' axes, with each hinge's armature on its diagonal entry. Its inverse's
 * diagonal is MuJoCo's {@code dof_invweight0}: how fast a DOF accelerates under a unit effort when
 * the rest of the model moves freely, which MuJoCo uses to scale a limit's regularisation.
 */
final class JointSpaceInertia {
  private JointSpaceInertia() {}

  /**
   * Diagonal of the inverse mass matrix (1/kg·m² or 1/kg per DOF), indexed by qvel address; a free
   * joint's rotations are about world axes through its link's frame (the diagonal of the other DOFs
   * does not depend on that choice).
   */
  static double[] inverseDiagonal(List<LinkRuntime> links, List<JointRuntime> joints, int nv) {
    // Per DOF: owning link, angular part (world) and the point its rotation turns about.
    int[] owner = new int[nv];
    Vector3d[] angular = new Vector3d[nv];
    Vector3d[] linear = new Vector3d[nv];
    Vector3d[] pivot = new Vector3d[nv];
    double[] armature = new double[nv];
    for (JointRuntime joint : joints) {
      JointDef def = joint.def;
      Pose frame = links.get(joint.link).restPose;
      Vector3d anchor = frame.transformPoint(def.anchorM(), new Vector3d());
      Vector3d axis = frame.orientation().transform(def.axis(), new Vector3d());
      int v = joint.qvelAddress;
      switch (def.kind()) {
        case HINGE:
          set(v, joint.link, axis, null, anchor, owner, angular, linear, pivot);
          armature[v] = def.armatureKgM2();
          break;
        case SLIDE:
          set(v, joint.link, null, axis, anchor, owner, angular, linear, pivot);
          break;
        case BALL:
          for (int k = 0; k < 3; k++) {
            set(v + k, joint.link, unit(k), null, anchor, owner, angular, linear, pivot);
          }
          break;
        default:
          Vector3d origin = new Vector3d(frame.positionM());
          for (int k = 0; k < 3; k++) {
            set(v + k, joint.link, null, unit(k), origin, owner, angular, linear, pivot);
            set(v + 3 + k, joint.link, unit(k), null, origin, owner, angular, linear, pivot);
          }
      }
    }
    double[][] mass = new double[nv][nv];
    Vector3d[] velocity = new Vector3d[nv];
    Vector3d[] spin = new Vector3d[nv];
    Vector3d scratch = new Vector3d();
    for (int i = 0; i < links.size(); i++) {
      LinkRuntime link = links.get(i);
      InertiaTensors inertia = ModelBuilder.linkInertia(link.spec);
      if (link.isStatic() || inertia.massKg() == 0) {
        continue;
      }
      Vector3d moments = new Vector3d();
      Pose principal = link.restPose.mul(inertia.principalFrame(moments, 0));
      Matrix3d rotation = new Matrix3d().set(principal.orientation());
      Matrix3d tensor =
          new Matrix3d(rotation).scale(moments).mul(new Matrix3d(rotation).transpose());
      Vector3d centre = new Vector3d(principal.positionM());
      for (int a = 0; a < nv; a++) {
        boolean moves = owner[a] == i || descends(links, i, owner[a]);
        velocity[a] = new Vector3d();
        spin[a] = new Vector3d();
        if (moves && angular[a] != null) {
          spin[a].set(angular[a]);
          velocity[a].set(angular[a]).cross(scratch.set(centre).sub(pivot[a]));
        } else if (moves) {
          velocity[a].set(linear[a]);
        }
      }
      for (int a = 0; a < nv; a++) {
        for (int b = 0; b < nv; b++) {
          mass[a][b] +=
              inertia.massKg() * velocity[a].dot(velocity[b])
                  + spin[a].dot(tensor.transform(spin[b], scratch));
        }
      }
    }
    for (int a = 0; a < nv; a++) {
      mass[a][a] += armature[a];
    }
    return inverseDiagonal(mass);
  }

  private static void set(
      int dof,
      int link,
      Vector3d angularAxis,
      Vector3d linearAxis,
      Vector3d point,
      int[] owner,
      Vector3d[] angular,
      Vector3d[] linear,
      Vector3d[] pivot) {
    owner[dof] = link;
    angular[dof] = angularAxis;
    linear[dof] = linearAxis;
    pivot[dof] = point;
  }

  private static Vector3d unit(int k) {
    return new Vector3d(k == 0 ? 1 : 0, k == 1 ? 1 : 0, k == 2 ? 1 : 0);
  }

  private static boolean descends(List<LinkRuntime> links, int child, int ancestor) {
    for (int p = links.get(child).parent; p >= 0; p = links.get(p).parent) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Diagonal of the inverse of a symmetric positive definite matrix by Gauss-Jordan elimination; a
   * DOF that moves no mass (zero pivot) gets an infinite entry.
   */
  private static double[] inverseDiagonal(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(matrix[i], 0, a[i], 0, n);
      a[i][n + i] = 1;
    }
    double[] diagonal = new double[n];
    for (int col = 0; col < n; col++) {
      double pivot = a[col][col];
      if (!(pivot > 1e-12 * Math.max(1, Math.abs(matrix[col][col])))) {
        Arrays.fill(diagonal, Double.POSITIVE_INFINITY);
        return diagonal;
      }
      for (int j = 0; j < 2 * n; j++) {
        a[col][j] /= pivot;
      }
      for (int row = 0; row < n; row++) {
        double factor = a[row][col];
        if (row != col && factor != 0) {
          for (int j = 0; j < 2 * n; j++) {
            a[row][j] -= factor * a[col][j];
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      diagonal[i] = a[i][n + i];
    }
    return diagonal;
  }
}
