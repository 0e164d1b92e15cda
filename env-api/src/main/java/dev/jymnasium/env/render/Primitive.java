package dev.jymnasium.env.render;

/**
 * A solid shape of a {@link Scene3D}, placed by a {@link Pose} and coloured with one {@code
 * 0xRRGGBB} colour. Sizes are in world units (metres by convention) and refer to the shape's local
 * frame; capsules and cylinders lie along their local z axis, planes in their local xy plane facing
 * +z. A {@link Translucent} wraps any of them with an opacity.
 */
public sealed interface Primitive
    permits Primitive.Box,
        Primitive.Sphere,
        Primitive.Capsule,
        Primitive.Cylinder,
        Primitive.Plane,
        Primitive.Mesh,
        Primitive.Translucent {

  /** Position and orientation in the world. */
  Pose pose();

  /** Colour {@code 0xRRGGBB}. */
  int rgb();

  /** A box given by its half extents along local x, y and z (each {@code > 0}). */
  record Box(Pose pose, double halfX, double halfY, double halfZ, int rgb) implements Primitive {
    public Box {
      positive("box half extents", halfX, halfY, halfZ);
    }
  }

  /** A sphere of the given radius ({@code > 0}). */
  record Sphere(Pose pose, double radius, int rgb) implements Primitive {
    public Sphere {
      positive("sphere radius", radius);
    }
  }

  /**
   * A capsule along local z: a cylinder of the given radius whose axis runs from {@code
   * -halfLength} to {@code +halfLength} (as MuJoCo's capsule size), capped with hemispheres; total
   * length {@code 2 * (halfLength + radius)}.
   */
  record Capsule(Pose pose, double radius, double halfLength, int rgb) implements Primitive {
    public Capsule {
      positive("capsule radius", radius);
      if (!(halfLength >= 0)) {
        throw new IllegalArgumentException("capsule halfLength must be >= 0, got " + halfLength);
      }
    }
  }

  /** A closed cylinder along local z from {@code -halfLength} to {@code +halfLength}. */
  record Cylinder(Pose pose, double radius, double halfLength, int rgb) implements Primitive {
    public Cylinder {
      positive("cylinder radius and halfLength", radius, halfLength);
    }
  }

  /**
   * A flat rectangle in the local xy plane from {@code (-halfX, -halfY)} to {@code (halfX, halfY)},
   * facing local +z, optionally checker-textured ({@code checker} may be null). Planes receive
   * shadows but cast none.
   */
  record Plane(Pose pose, double halfX, double halfY, int rgb, Checker checker)
      implements Primitive {
    public Plane {
      positive("plane half sizes", halfX, halfY);
    }
  }

  /**
   * A triangle mesh in the local frame: {@code vertices} holds x, y, z per vertex and {@code
   * indices} three vertex numbers per triangle, counter-clockwise seen from outside. Normals are
   * computed per face (flat shading). Renderers cache the uploaded mesh by the identity of the
   * {@code vertices} array, so reuse the same arrays from frame to frame and do not modify them.
   */
  record Mesh(Pose pose, float[] vertices, int[] indices, int rgb) implements Primitive {
    public Mesh {
      if (vertices == null || vertices.length == 0 || vertices.length % 3 != 0) {
        throw new IllegalArgumentException("mesh vertices must be x, y, z triples");
      }
      if (indices == null || indices.length == 0 || indices.length % 3 != 0) {
        throw new IllegalArgumentException("mesh indices must be triples");
      }
      int n = vertices.length / 3;
      for (int i : indices) {
        if (i < 0 || i >= n) {
          throw new IllegalArgumentException("mesh index " + i + " out of range [0, " + n + ")");
        }
      }
    }
  }

  /**
   * {@code shape} drawn see-through with {@code opacity} in (0, 1) (1 − opacity of what lies behind
   * shows through), as goal markers are drawn in goal-conditioned tasks. Renderers draw translucent
   * shapes after the opaque ones, farthest first; they cast no shadows.
   */
  record Translucent(Primitive shape, double opacity) implements Primitive {
    public Translucent {
      if (shape == null || shape instanceof Translucent) {
        throw new IllegalArgumentException(
            "translucent shape must be a box, sphere, capsule, cylinder, plane or mesh, got "
                + shape);
      }
      if (!(opacity > 0 && opacity < 1)) {
        throw new IllegalArgumentException(
            "opacity must be in (0, 1) (use the shape itself when opaque), got " + opacity);
      }
    }

    @Override
    public Pose pose() {
      return shape.pose();
    }

    @Override
    public int rgb() {
      return shape.rgb();
    }
  }

  private static void positive(String what, double... values) {
    for (double v : values) {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(what + " must be finite and > 0, got " + v);
      }
    }
  }
}
