package dev.jymnasium.physics;

import java.util.List;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Collision geometry of a body, in the body's local frame (metres). Capsules and cylinders run
 * along the local z axis (the MuJoCo convention). {@link Plane} and {@link TriangleMesh} are for
 * static bodies only.
 */
public sealed interface Shape {

  /** A box with half extents along x, y, z (m, each > 0). */
  record Box(Vector3dc halfExtentsM) implements Shape {
    public Box {
      Checks.finite("halfExtentsM", halfExtentsM);
      Checks.positive("box half extent x", halfExtentsM.x());
      Checks.positive("box half extent y", halfExtentsM.y());
      Checks.positive("box half extent z", halfExtentsM.z());
      halfExtentsM = new Vector3d(halfExtentsM);
    }

    /** A box with half extents (hx, hy, hz) metres. */
    public Box(double hxM, double hyM, double hzM) {
      this(new Vector3d(hxM, hyM, hzM));
    }
  }

  /** A sphere of radius {@code radiusM} (> 0). */
  record Sphere(double radiusM) implements Shape {
    public Sphere {
      Checks.positive("sphere radiusM", radiusM);
    }
  }

  /**
   * A capsule along z: a cylinder of half length {@code halfLengthM} (>= 0) capped by hemispheres
   * of {@code radiusM} (> 0).
   */
  record Capsule(double radiusM, double halfLengthM) implements Shape {
    public Capsule {
      Checks.positive("capsule radiusM", radiusM);
      Checks.nonNegative("capsule halfLengthM", halfLengthM);
    }
  }

  /** A solid cylinder along z with radius and half length (m, both > 0). */
  record Cylinder(double radiusM, double halfLengthM) implements Shape {
    public Cylinder {
      Checks.positive("cylinder radiusM", radiusM);
      Checks.positive("cylinder halfLengthM", halfLengthM);
    }
  }

  /** The half space {@code normal · p <= offsetM} (static bodies only; normal need not be unit). */
  record Plane(Vector3dc normal, double offsetM) implements Shape {
    public Plane {
      normal = new Vector3d(Checks.direction("plane normal", normal)).normalize();
      Checks.finite("plane offsetM", offsetM);
    }

    /** The ground plane {@code z <= 0}. */
    public static Plane ground() {
      return new Plane(new Vector3d(0, 0, 1), 0);
    }
  }

  /** The convex hull of at least 4 points (x, y, z triples in metres). */
  record ConvexHull(double[] pointsXyzM) implements Shape {
    public ConvexHull {
      if (pointsXyzM == null || pointsXyzM.length < 12 || pointsXyzM.length % 3 != 0) {
        throw new IllegalArgumentException(
            "convex hull needs >= 4 points as x,y,z triples, got "
                + (pointsXyzM == null ? "null" : pointsXyzM.length + " numbers"));
      }
      for (double v : pointsXyzM) {
        Checks.finite("convex hull coordinate", v);
      }
      pointsXyzM = pointsXyzM.clone();
    }
  }

  /** A static triangle mesh: vertices (x, y, z triples, m) and triangles (index triples). */
  record TriangleMesh(double[] verticesXyzM, int[] triangleIndices) implements Shape {
    public TriangleMesh {
      if (verticesXyzM == null || verticesXyzM.length < 9 || verticesXyzM.length % 3 != 0) {
        throw new IllegalArgumentException("triangle mesh needs >= 3 vertices as x,y,z triples");
      }
      if (triangleIndices == null
          || triangleIndices.length < 3
          || triangleIndices.length % 3 != 0) {
        throw new IllegalArgumentException("triangle mesh needs index triples");
      }
      int vertexCount = verticesXyzM.length / 3;
      for (int index : triangleIndices) {
        if (index < 0 || index >= vertexCount) {
          throw new IllegalArgumentException(
              "triangle index " + index + " outside [0, " + vertexCount + ")");
        }
      }
      for (double v : verticesXyzM) {
        Checks.finite("mesh vertex coordinate", v);
      }
      verticesXyzM = verticesXyzM.clone();
      triangleIndices = triangleIndices.clone();
    }
  }

  /** Several convex shapes rigidly joined; each child sits at a pose in the body frame. */
  record Compound(List<Child> children) implements Shape {
    public Compound {
      if (children == null || children.isEmpty()) {
        throw new IllegalArgumentException("compound shape needs at least one child");
      }
      for (Child c : children) {
        if (c.shape() instanceof Plane
            || c.shape() instanceof TriangleMesh
            || c.shape() instanceof Compound) {
          throw new IllegalArgumentException(
              "compound child must be a convex primitive, got "
                  + c.shape().getClass().getSimpleName());
        }
      }
      children = List.copyOf(children);
    }
  }

  /** One part of a {@link Compound}: a shape at a local pose. */
  record Child(Shape shape, Pose localPose) {
    public Child {
      if (shape == null || localPose == null) {
        throw new IllegalArgumentException("compound child needs a shape and a pose");
      }
    }
  }

  /** True for shapes that only static bodies may use. */
  default boolean staticOnly() {
    return this instanceof Plane || this instanceof TriangleMesh;
  }
}
