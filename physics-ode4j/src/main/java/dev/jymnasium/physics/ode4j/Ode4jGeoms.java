package dev.jymnasium.physics.ode4j;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.spi.ConvexHullFaces;
import java.util.List;
import org.joml.Vector3d;
import org.ode4j.math.DQuaternion;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DSpace;
import org.ode4j.ode.DTriMeshData;
import org.ode4j.ode.OdeHelper;

/**
 * Creates ODE geoms for neutral shapes (ODE boxes take full side lengths; capsules and cylinders
 * run along z).
 */
final class Ode4jGeoms {

  private Ode4jGeoms() {}

  /**
   * Adds the geoms of {@code shape} to {@code out} and their poses (relative to the body, or to the
   * world for static bodies; null for planes, which are already placed) to {@code poses}.
   */
  static void create(DSpace space, Shape shape, Pose local, List<DGeom> out, List<Pose> poses) {
    if (shape instanceof Shape.Compound compound) {
      for (Shape.Child child : compound.children()) {
        create(space, child.shape(), local.mul(child.localPose()), out, poses);
      }
      return;
    }
    DGeom geom;
    if (shape instanceof Shape.Box box) {
      geom =
          OdeHelper.createBox(
              space,
              2 * box.halfExtentsM().x(),
              2 * box.halfExtentsM().y(),
              2 * box.halfExtentsM().z());
    } else if (shape instanceof Shape.Sphere sphere) {
      geom = OdeHelper.createSphere(space, sphere.radiusM());
    } else if (shape instanceof Shape.Capsule capsule) {
      geom = OdeHelper.createCapsule(space, capsule.radiusM(), 2 * capsule.halfLengthM());
    } else if (shape instanceof Shape.Cylinder cylinder) {
      geom = OdeHelper.createCylinder(space, cylinder.radiusM(), 2 * cylinder.halfLengthM());
    } else if (shape instanceof Shape.Plane plane) {
      // ODE planes are not placeable: move the plane equation into world coordinates instead.
      Vector3d normal = local.orientation().transform(new Vector3d(plane.normal()));
      double offset = plane.offsetM() + normal.dot(local.positionM());
      out.add(OdeHelper.createPlane(space, normal.x, normal.y, normal.z, offset));
      poses.add(null);
      return;
    } else if (shape instanceof Shape.ConvexHull hull) {
      geom = convex(space, hull.pointsXyzM());
    } else {
      Shape.TriangleMesh mesh = (Shape.TriangleMesh) shape;
      double[] v = mesh.verticesXyzM();
      float[] vertices = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        vertices[i] = (float) v[i];
      }
      DTriMeshData data = OdeHelper.createTriMeshData();
      data.build(vertices, mesh.triangleIndices());
      geom = OdeHelper.createTriMesh(space, data);
    }
    out.add(geom);
    poses.add(local);
  }

  private static DGeom convex(DSpace space, double[] points) {
    ConvexHullFaces faces = ConvexHullFaces.of(points);
    int length = 0;
    for (int[] loop : faces.loops) {
      length += loop.length + 1;
    }
    int[] polygons = new int[length];
    int at = 0;
    for (int[] loop : faces.loops) {
      polygons[at++] = loop.length;
      for (int index : loop) {
        polygons[at++] = index;
      }
    }
    return OdeHelper.createConvex(
        space, faces.planes, faces.loops.size(), points.clone(), points.length / 3, polygons);
  }

  /** ODE quaternion (w, x, y, z) of a JOML orientation. */
  static DQuaternion quaternion(Pose pose) {
    return new DQuaternion(
        pose.orientation().w(),
        pose.orientation().x(),
        pose.orientation().y(),
        pose.orientation().z());
  }
}
