package dev.jymnasium.physics.jbullet;

import com.bulletphysics.collision.shapes.BoxShape;
import com.bulletphysics.collision.shapes.BvhTriangleMeshShape;
import com.bulletphysics.collision.shapes.CapsuleShapeZ;
import com.bulletphysics.collision.shapes.CollisionShape;
import com.bulletphysics.collision.shapes.CompoundShape;
import com.bulletphysics.collision.shapes.ConvexHullShape;
import com.bulletphysics.collision.shapes.CylinderShapeZ;
import com.bulletphysics.collision.shapes.SphereShape;
import com.bulletphysics.collision.shapes.StaticPlaneShape;
import com.bulletphysics.collision.shapes.TriangleIndexVertexArray;
import com.bulletphysics.linearmath.Transform;
import com.bulletphysics.util.ObjectArrayList;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.vecmath.Quat4f;
import javax.vecmath.Vector3f;

/** Builds JBullet collision shapes from neutral shapes (z-axis capsules and cylinders). */
final class JBulletShapes {
  /**
   * Polyhedral hulls get this margin outside their points: keep it small so they keep their size.
   */
  private static final float HULL_MARGIN_M = 0.001f;

  /**
   * Largest margin of boxes and cylinders as a fraction of their smallest half extent (newer
   * Bullet's {@code setSafeMargin}): JBullet keeps its 0.04 m default margin inside the shape, so a
   * box or cylinder under 4 cm in half extent would otherwise get negative inner dimensions (a 4 cm
   * cube hovered and slid as on ice).
   */
  private static final float SAFE_MARGIN_FRACTION = 0.1f;

  private JBulletShapes() {}

  private static <T extends BoxShape> T withSafeMargin(T shape, float smallestHalfExtent) {
    float safe = SAFE_MARGIN_FRACTION * smallestHalfExtent;
    if (safe < shape.getMargin()) {
      shape.setMargin(safe);
    }
    return shape;
  }

  static CollisionShape create(Shape shape) {
    if (shape instanceof Shape.Box box) {
      Vector3f half =
          new Vector3f(
              (float) box.halfExtentsM().x(),
              (float) box.halfExtentsM().y(),
              (float) box.halfExtentsM().z());
      return withSafeMargin(new BoxShape(half), Math.min(half.x, Math.min(half.y, half.z)));
    }
    if (shape instanceof Shape.Sphere sphere) {
      return new SphereShape((float) sphere.radiusM());
    }
    if (shape instanceof Shape.Capsule capsule) {
      return new CapsuleShapeZ((float) capsule.radiusM(), (float) (2 * capsule.halfLengthM()));
    }
    if (shape instanceof Shape.Cylinder cylinder) {
      float r = (float) cylinder.radiusM();
      float halfLength = (float) cylinder.halfLengthM();
      return withSafeMargin(
          new CylinderShapeZ(new Vector3f(r, r, halfLength)), Math.min(r, halfLength));
    }
    if (shape instanceof Shape.Plane plane) {
      return new StaticPlaneShape(
          new Vector3f(
              (float) plane.normal().x(), (float) plane.normal().y(), (float) plane.normal().z()),
          (float) plane.offsetM());
    }
    if (shape instanceof Shape.ConvexHull hull) {
      double[] p = hull.pointsXyzM();
      ObjectArrayList<Vector3f> points = new ObjectArrayList<>();
      for (int i = 0; i < p.length; i += 3) {
        points.add(new Vector3f((float) p[i], (float) p[i + 1], (float) p[i + 2]));
      }
      ConvexHullShape convex = new ConvexHullShape(points);
      convex.setMargin(HULL_MARGIN_M);
      return convex;
    }
    if (shape instanceof Shape.TriangleMesh mesh) {
      return triangleMesh(mesh);
    }
    CompoundShape compound = new CompoundShape();
    for (Shape.Child child : ((Shape.Compound) shape).children()) {
      compound.addChildShape(transform(child.localPose(), new Transform()), create(child.shape()));
    }
    return compound;
  }

  private static CollisionShape triangleMesh(Shape.TriangleMesh mesh) {
    double[] v = mesh.verticesXyzM();
    int[] indices = mesh.triangleIndices();
    ByteBuffer vertexBytes = ByteBuffer.allocateDirect(v.length * 4).order(ByteOrder.nativeOrder());
    for (double value : v) {
      vertexBytes.putFloat((float) value);
    }
    ByteBuffer indexBytes =
        ByteBuffer.allocateDirect(indices.length * 4).order(ByteOrder.nativeOrder());
    for (int index : indices) {
      indexBytes.putInt(index);
    }
    vertexBytes.flip();
    indexBytes.flip();
    TriangleIndexVertexArray array =
        new TriangleIndexVertexArray(
            indices.length / 3, indexBytes, 12, v.length / 3, vertexBytes, 12);
    return new BvhTriangleMeshShape(array, true);
  }

  /** Writes a neutral pose into a JBullet transform. */
  static Transform transform(Pose pose, Transform dest) {
    dest.setIdentity();
    dest.origin.set(
        (float) pose.positionM().x(), (float) pose.positionM().y(), (float) pose.positionM().z());
    dest.setRotation(
        new Quat4f(
            (float) pose.orientation().x(),
            (float) pose.orientation().y(),
            (float) pose.orientation().z(),
            (float) pose.orientation().w()));
    return dest;
  }
}
