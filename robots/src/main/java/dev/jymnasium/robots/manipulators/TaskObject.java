package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Primitive;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Shape;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A free object of a task (a cube or a puck): its body, its reset, its observation and its picture.
 * Observations follow panda-gym: position (3), rotation (XYZ Euler angles as PyBullet's {@code
 * getEulerFromQuaternion}, 3, or the quaternion x, y, z, w, 4), linear velocity (3), angular
 * velocity (3).
 */
final class TaskObject {
  /** How the rotation enters the observation. */
  enum Rotation {
    EULER(3),
    QUATERNION(4);

    final int size;

    Rotation(int size) {
      this.size = size;
    }
  }

  private final Body body;
  private final Shape shape;
  private final int rgb;
  private final Vector3d v = new Vector3d();
  private final Vector3d zero = new Vector3d();
  private final Quaterniond q = new Quaterniond();

  private TaskObject(Body body, Shape shape, int rgb) {
    this.body = body;
    this.shape = shape;
    this.rgb = rgb;
  }

  /** A cube of side {@code sizeM} and {@code massKg} with friction 0.5 (Bullet's default). */
  static TaskObject cube(PhysicsWorld world, String name, double sizeM, double massKg, int rgb) {
    Shape shape = new Shape.Box(sizeM / 2, sizeM / 2, sizeM / 2);
    return add(world, name, shape, massKg, Table.DEFAULT_FRICTION, rgb);
  }

  /** A cylinder along z of {@code radiusM} and {@code lengthM} with its own friction. */
  static TaskObject cylinder(
      PhysicsWorld world,
      String name,
      double radiusM,
      double lengthM,
      double massKg,
      double friction,
      int rgb) {
    return add(world, name, new Shape.Cylinder(radiusM, lengthM / 2), massKg, friction, rgb);
  }

  private static TaskObject add(
      PhysicsWorld world, String name, Shape shape, double massKg, double friction, int rgb) {
    Body body =
        world.addBody(BodySpec.dynamic(name, shape).massKg(massKg).friction(friction).build());
    return new TaskObject(body, shape, rgb);
  }

  /** The body, for tests and tools. */
  Body body() {
    return body;
  }

  /** Puts the object at rest at {@code (x, y, z)} (m) with orientation {@code (qx, qy, qz, qw)}. */
  void place(double x, double y, double z, double qx, double qy, double qz, double qw) {
    body.setPose(v.set(x, y, z), q.set(qx, qy, qz, qw));
    body.setLinearVelocity(zero);
    body.setAngularVelocity(zero);
  }

  /** Writes the position (m) into {@code out[at..at+2]}. */
  void position(float[] out, int at) {
    body.position(v);
    out[at] = (float) v.x;
    out[at + 1] = (float) v.y;
    out[at + 2] = (float) v.z;
  }

  /** Writes the orientation as quaternion x, y, z, w into {@code out[at..at+3]}. */
  void quaternion(float[] out, int at) {
    body.orientation(q);
    out[at] = (float) q.x;
    out[at + 1] = (float) q.y;
    out[at + 2] = (float) q.z;
    out[at + 3] = (float) q.w;
  }

  /** Writes the observation block; returns the index after it. */
  int observe(float[] out, int at, Rotation rotation) {
    position(out, at);
    at += 3;
    if (rotation == Rotation.QUATERNION) {
      quaternion(out, at);
    } else {
      body.orientation(q);
      eulerXyz(q, out, at);
    }
    at += rotation.size;
    body.linearVelocity(v);
    at = put(out, at, v);
    body.angularVelocity(v);
    return put(out, at, v);
  }

  private static int put(float[] out, int at, Vector3d value) {
    out[at] = (float) value.x;
    out[at + 1] = (float) value.y;
    out[at + 2] = (float) value.z;
    return at + 3;
  }

  /** Roll, pitch, yaw with R = Rz(yaw)·Ry(pitch)·Rx(roll), as PyBullet returns them. */
  static void eulerXyz(Quaterniond q, float[] out, int at) {
    double sinPitch = 2 * (q.w * q.y - q.z * q.x);
    out[at] = (float) Math.atan2(2 * (q.w * q.x + q.y * q.z), 1 - 2 * (q.x * q.x + q.y * q.y));
    out[at + 1] = (float) Math.asin(Math.max(-1, Math.min(1, sinPitch)));
    out[at + 2] = (float) Math.atan2(2 * (q.w * q.z + q.x * q.y), 1 - 2 * (q.y * q.y + q.z * q.z));
  }

  /** Draws the object where it is. */
  void draw(Scene3D scene) {
    body.position(v);
    body.orientation(q);
    drawAt(scene, shape, new Pose(v.x, v.y, v.z, q.w, q.x, q.y, q.z), rgb);
  }

  /** Draws a goal marker of this object's shape at a pose. */
  void drawGhost(Scene3D scene, Pose pose) {
    scene.add(marker(shape, pose, rgb));
  }

  /** panda-gym's goal markers: collision-free copies drawn with alpha 0.3. */
  static final double MARKER_OPACITY = 0.3;

  /** A translucent goal marker of {@code shape} at {@code pose}. */
  static Primitive marker(Shape shape, Pose pose, int rgb) {
    return new Primitive.Translucent(primitive(shape, pose, rgb), MARKER_OPACITY);
  }

  static void drawAt(Scene3D scene, Shape shape, Pose pose, int rgb) {
    scene.add(primitive(shape, pose, rgb));
  }

  private static Primitive primitive(Shape shape, Pose pose, int rgb) {
    if (shape instanceof Shape.Box b) {
      Vector3dc half = b.halfExtentsM();
      return new Primitive.Box(pose, half.x(), half.y(), half.z(), rgb);
    } else if (shape instanceof Shape.Cylinder c) {
      return new Primitive.Cylinder(pose, c.radiusM(), c.halfLengthM(), rgb);
    } else if (shape instanceof Shape.Sphere s) {
      return new Primitive.Sphere(pose, s.radiusM(), rgb);
    }
    throw new IllegalArgumentException(
        "task objects are boxes, cylinders or spheres, got " + shape);
  }
}
