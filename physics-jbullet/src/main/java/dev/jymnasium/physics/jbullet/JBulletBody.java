package dev.jymnasium.physics.jbullet;

import com.bulletphysics.collision.dispatch.CollisionObject;
import com.bulletphysics.collision.shapes.CollisionShape;
import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.RigidBodyConstructionInfo;
import com.bulletphysics.linearmath.Transform;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.spi.AbstractBody;
import javax.vecmath.Matrix3f;
import javax.vecmath.Quat4f;
import javax.vecmath.Vector3f;
import org.joml.Matrix3d;
import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/** A body on JBullet: one RigidBody (mass 0 when static) with its collision shape. */
final class JBulletBody extends AbstractBody {
  /**
   * Dynamic state: origin 3, rotation matrix 9 (row-major), linear 3 and angular velocity 3, all
   * float values.
   */
  private static final int STATE_SIZE = 18;

  final RigidBody rigid;
  private final JBulletWorld world;
  private final Transform transform = new Transform();
  private final Vector3f vector = new Vector3f();
  private final Matrix3d rotation = new Matrix3d();
  private final Quat4f quaternion = new Quat4f();

  JBulletBody(JBulletWorld world, BodySpec spec, int index) {
    super(world, index, spec);
    this.world = world;
    CollisionShape shape = JBulletShapes.create(spec.shape());
    float massKg = 0;
    Vector3f inertia = new Vector3f();
    if (!spec.isStatic()) {
      // Inertia comes from the neutral formulas: JBullet approximates capsules by boxes.
      Vector3dc i = spec.massProperties().inertiaKgM2();
      massKg = (float) spec.massProperties().massKg();
      inertia.set((float) i.x(), (float) i.y(), (float) i.z());
    }
    RigidBodyConstructionInfo info = new RigidBodyConstructionInfo(massKg, null, shape, inertia);
    JBulletShapes.transform(spec.pose(), info.startWorldTransform);
    info.friction = (float) spec.friction();
    info.restitution = (float) spec.restitution();
    // JBullet damping d scales velocity by (1 − d)^dt; d = 1 − exp(−c) gives dv/dt = −c·v.
    info.linearDamping = (float) (1 - Math.exp(-spec.linearDampingPerS()));
    info.angularDamping = (float) (1 - Math.exp(-spec.angularDampingPerS()));
    rigid = new RigidBody(info);
    rigid.setUserPointer(this);
    if (!spec.isStatic()) {
      rigid.setActivationState(CollisionObject.DISABLE_DEACTIVATION);
    }
  }

  @Override
  public Vector3d position(Vector3d dest) {
    Vector3f origin = rigid.getWorldTransform(transform).origin;
    return dest.set(origin.x, origin.y, origin.z);
  }

  @Override
  public Quaterniond orientation(Quaterniond dest) {
    Matrix3f b = rigid.getWorldTransform(transform).basis;
    // vecmath names elements row-column, JOML column-row.
    rotation.set(b.m00, b.m10, b.m20, b.m01, b.m11, b.m21, b.m02, b.m12, b.m22);
    return dest.setFromNormalized(rotation);
  }

  @Override
  public Vector3d linearVelocity(Vector3d dest) {
    Vector3f v = rigid.getLinearVelocity(vector);
    return dest.set(v.x, v.y, v.z);
  }

  @Override
  public Vector3d angularVelocity(Vector3d dest) {
    Vector3f v = rigid.getAngularVelocity(vector);
    return dest.set(v.x, v.y, v.z);
  }

  @Override
  protected void writePose(Vector3dc positionM, Quaterniondc orientation) {
    Quaterniond unit = new Quaterniond(orientation).normalize();
    transform.setIdentity();
    transform.origin.set((float) positionM.x(), (float) positionM.y(), (float) positionM.z());
    quaternion.set((float) unit.x, (float) unit.y, (float) unit.z, (float) unit.w);
    transform.setRotation(quaternion);
    rigid.setCenterOfMassTransform(transform);
    world.bodyMoved(this);
  }

  @Override
  protected void writeLinearVelocity(Vector3dc v) {
    if (!isStatic()) {
      vector.set((float) v.x(), (float) v.y(), (float) v.z());
      rigid.setLinearVelocity(vector);
    }
  }

  @Override
  protected void writeAngularVelocity(Vector3dc v) {
    if (!isStatic()) {
      vector.set((float) v.x(), (float) v.y(), (float) v.z());
      rigid.setAngularVelocity(vector);
    }
  }

  @Override
  protected void addEngineForce(double x, double y, double z) {
    vector.set((float) x, (float) y, (float) z);
    rigid.applyCentralForce(vector);
  }

  @Override
  protected void addEngineTorque(double x, double y, double z) {
    vector.set((float) x, (float) y, (float) z);
    rigid.applyTorque(vector);
  }

  @Override
  protected int stateSize() {
    return isStatic() ? 0 : STATE_SIZE;
  }

  @Override
  protected void saveState(double[] dest, int offset) {
    if (isStatic()) {
      return;
    }
    Transform t = rigid.getWorldTransform(transform);
    dest[offset] = t.origin.x;
    dest[offset + 1] = t.origin.y;
    dest[offset + 2] = t.origin.z;
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        dest[offset + 3 + 3 * row + column] = t.basis.getElement(row, column);
      }
    }
    Vector3f v = rigid.getLinearVelocity(vector);
    dest[offset + 12] = v.x;
    dest[offset + 13] = v.y;
    dest[offset + 14] = v.z;
    v = rigid.getAngularVelocity(vector);
    dest[offset + 15] = v.x;
    dest[offset + 16] = v.y;
    dest[offset + 17] = v.z;
  }

  @Override
  protected void restoreState(double[] src, int offset) {
    if (isStatic()) {
      return;
    }
    transform.origin.set((float) src[offset], (float) src[offset + 1], (float) src[offset + 2]);
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        transform.basis.setElement(row, column, (float) src[offset + 3 + 3 * row + column]);
      }
    }
    rigid.setCenterOfMassTransform(transform);
    vector.set((float) src[offset + 12], (float) src[offset + 13], (float) src[offset + 14]);
    rigid.setLinearVelocity(vector);
    vector.set((float) src[offset + 15], (float) src[offset + 16], (float) src[offset + 17]);
    rigid.setAngularVelocity(vector);
    rigid.clearForces();
  }

  @Override
  protected boolean stateIsFinite() {
    Transform t = rigid.getWorldTransform(transform);
    float sum =
        t.origin.x
            + t.origin.y
            + t.origin.z
            + t.basis.m00
            + t.basis.m11
            + t.basis.m22
            + t.basis.m01
            + t.basis.m02
            + t.basis.m10
            + t.basis.m12
            + t.basis.m20
            + t.basis.m21;
    Vector3f v = rigid.getLinearVelocity(vector);
    sum += v.x + v.y + v.z;
    v = rigid.getAngularVelocity(vector);
    sum += v.x + v.y + v.z;
    return Float.isFinite(sum);
  }
}
