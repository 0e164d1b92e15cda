package dev.jymnasium.physics.ode4j;

import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.spi.AbstractBody;
import java.util.ArrayList;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.ode4j.math.DMatrix3;
import org.ode4j.math.DMatrix3C;
import org.ode4j.math.DQuaternion;
import org.ode4j.math.DQuaternionC;
import org.ode4j.math.DVector3C;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DMass;
import org.ode4j.ode.DPlane;
import org.ode4j.ode.DRotation;
import org.ode4j.ode.DSpace;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeHelper;
import org.ode4j.ode.internal.DxBody;

/** A body on ODE4J: a DBody (none when static) with one geom per primitive. */
final class Ode4jBody extends AbstractBody {
  /** Dynamic state: position 3, raw quaternion 4 (w, x, y, z), linear 3 and angular velocity 3. */
  private static final int STATE_SIZE = 13;

  final DBody body;
  final List<DGeom> geoms = new ArrayList<>();
  private final List<Pose> geomPoses = new ArrayList<>();

  /** Pose of a static body (dynamic bodies keep theirs in ODE). */
  private Pose staticPose;

  private final DQuaternion scratchQuaternion = new DQuaternion();
  private final DMatrix3 scratchRotation = new DMatrix3();

  Ode4jBody(Ode4jWorld world, DWorld odeWorld, DSpace space, BodySpec spec, int index) {
    super(world, index, spec);
    Ode4jGeoms.create(space, spec.shape(), Pose.IDENTITY, geoms, geomPoses);
    if (spec.isStatic()) {
      body = null;
      staticPose = spec.pose();
      placeStaticGeoms();
    } else {
      body = OdeHelper.createBody(odeWorld);
      DMass mass = OdeHelper.createMass();
      Vector3dc inertia = spec.massProperties().inertiaKgM2();
      mass.setParameters(
          spec.massProperties().massKg(), 0, 0, 0, inertia.x(), inertia.y(), inertia.z(), 0, 0, 0);
      body.setMass(mass);
      body.setAutoDisableFlag(false);
      body.setData(this);
      for (int i = 0; i < geoms.size(); i++) {
        DGeom geom = geoms.get(i);
        geom.setBody(body);
        Pose local = geomPoses.get(i);
        if (!local.equals(Pose.IDENTITY)) {
          geom.setOffsetPosition(
              local.positionM().x(), local.positionM().y(), local.positionM().z());
          geom.setOffsetQuaternion(Ode4jGeoms.quaternion(local));
        }
      }
      writePose(spec.pose().positionM(), spec.pose().orientation());
    }
    for (DGeom geom : geoms) {
      geom.setData(this);
    }
  }

  /** Index of {@code geom} among this body's geoms (its compound child), 0 if it is not one. */
  int part(DGeom geom) {
    for (int i = 0; i < geoms.size(); i++) {
      if (geoms.get(i) == geom) {
        return i;
      }
    }
    return 0;
  }

  /** Distance (m) planes are moved along their normal for collision: a contact margin. */
  private double planeMarginM;

  /**
   * Moves this static body's planes out by {@code marginM} for collision (contacts start there).
   */
  void setPlaneMargin(double marginM) {
    planeMarginM = marginM;
    if (body == null) {
      placeStaticGeoms();
    }
  }

  private void placeStaticGeoms() {
    for (int i = 0; i < geoms.size(); i++) {
      DGeom geom = geoms.get(i);
      if (geom instanceof DPlane plane) {
        Shape.Plane shape = (Shape.Plane) spec().shape();
        Vector3d normal = staticPose.orientation().transform(new Vector3d(shape.normal()));
        plane.setParams(
            normal.x,
            normal.y,
            normal.z,
            shape.offsetM() + normal.dot(staticPose.positionM()) + planeMarginM);
      } else {
        Pose world = staticPose.mul(geomPoses.get(i));
        geom.setPosition(world.positionM().x(), world.positionM().y(), world.positionM().z());
        geom.setQuaternion(Ode4jGeoms.quaternion(world));
      }
    }
  }

  /** ODE damping is a per-step velocity scale: 1 − exp(−c·dt) reproduces dv/dt = −c·v exactly. */
  void setSubStep(double subStepSeconds) {
    if (body != null) {
      body.setLinearDamping(1 - Math.exp(-spec().linearDampingPerS() * subStepSeconds));
      body.setAngularDamping(1 - Math.exp(-spec().angularDampingPerS() * subStepSeconds));
    }
  }

  @Override
  public Vector3d position(Vector3d dest) {
    if (body == null) {
      return dest.set(staticPose.positionM());
    }
    DVector3C p = body.getPosition();
    return dest.set(p.get0(), p.get1(), p.get2());
  }

  @Override
  public Quaterniond orientation(Quaterniond dest) {
    if (body == null) {
      return dest.set(staticPose.orientation());
    }
    DQuaternionC q = body.getQuaternion();
    return dest.set(q.get1(), q.get2(), q.get3(), q.get0());
  }

  @Override
  public Vector3d linearVelocity(Vector3d dest) {
    if (body == null) {
      return dest.zero();
    }
    DVector3C v = body.getLinearVel();
    return dest.set(v.get0(), v.get1(), v.get2());
  }

  @Override
  public Vector3d angularVelocity(Vector3d dest) {
    if (body == null) {
      return dest.zero();
    }
    DVector3C v = body.getAngularVel();
    return dest.set(v.get0(), v.get1(), v.get2());
  }

  /** Unit normal of the plane this body is held in (world), or null when it moves freely. */
  private Vector3dc planeNormal;

  /** The body's offset along the plane normal (m) and its orientation when it was put there. */
  private double planeOffsetM;

  private final DQuaternion planeReference = new DQuaternion();

  /**
   * Holds this body, from now on, in its current plane perpendicular to {@code unitNormal}: it may
   * move along the plane and turn about the normal only ({@link #projectOntoPlane}).
   */
  void holdInPlane(Vector3dc unitNormal) {
    planeNormal = unitNormal;
    DVector3C p = body.getPosition();
    planeOffsetM =
        p.get0() * unitNormal.x() + p.get1() * unitNormal.y() + p.get2() * unitNormal.z();
    planeReference.set(body.getQuaternion());
    // Turning about the normal only, the body feels no gyroscopic torque along it (ω × Iω ⟂ ω),
    // and the projection takes out any across it.
    body.setGyroscopicMode(false);
  }

  /** The normal of the plane this body is held in, or null. */
  Vector3dc planeNormal() {
    return planeNormal;
  }

  /**
   * Takes out the motion that left the plane during a sub-step (rounding, when every force acts in
   * the plane): the velocity along the normal, the turn rate about in-plane axes, as the impulse of
   * a planar constraint on the body would (the rate about the normal becomes {@code n·Iω / n·In},
   * which is {@code n·ω} when the normal is a principal axis), the offset along the normal and the
   * turn about in-plane axes since {@link #holdInPlane} (its twist about the normal is kept).
   */
  void projectOntoPlane() {
    double nx = planeNormal.x();
    double ny = planeNormal.y();
    double nz = planeNormal.z();
    DVector3C p = body.getPosition();
    double off = p.get0() * nx + p.get1() * ny + p.get2() * nz - planeOffsetM;
    body.setPosition(p.get0() - off * nx, p.get1() - off * ny, p.get2() - off * nz);
    DVector3C v = body.getLinearVel();
    double vn = v.get0() * nx + v.get1() * ny + v.get2() * nz;
    body.setLinearVel(v.get0() - vn * nx, v.get1() - vn * ny, v.get2() - vn * nz);
    // In the body's principal frame (ODE's body frame here): n_b = Rᵀn, ω_b = Rᵀω.
    DMatrix3C r = body.getRotation();
    DVector3C w = body.getAngularVel();
    Vector3dc moments = spec().massProperties().inertiaKgM2();
    double inertiaOmega = 0;
    double inertiaNormal = 0;
    for (int i = 0; i < 3; i++) {
      double normalBody = r.get(0, i) * nx + r.get(1, i) * ny + r.get(2, i) * nz;
      double omegaBody = r.get(0, i) * w.get0() + r.get(1, i) * w.get1() + r.get(2, i) * w.get2();
      double moment = moments.get(i);
      inertiaOmega += normalBody * moment * omegaBody;
      inertiaNormal += normalBody * moment * normalBody;
    }
    double rate = inertiaOmega / inertiaNormal;
    body.setAngularVel(rate * nx, rate * ny, rate * nz);
    // turn = q·conj(q0); its twist about n, (w, (v·n)·n) normalised, times q0.
    DQuaternionC q = body.getQuaternion();
    double qw = q.get0();
    double qx = q.get1();
    double qy = q.get2();
    double qz = q.get3();
    double rw = planeReference.get0();
    double rx = planeReference.get1();
    double ry = planeReference.get2();
    double rz = planeReference.get3();
    double tw = qw * rw + qx * rx + qy * ry + qz * rz;
    double tx = -qw * rx + qx * rw - qy * rz + qz * ry;
    double ty = -qw * ry + qx * rz + qy * rw - qz * rx;
    double tz = -qw * rz - qx * ry + qy * rx + qz * rw;
    double twist = tx * nx + ty * ny + tz * nz;
    double norm = Math.sqrt(tw * tw + twist * twist);
    tw /= norm;
    tx = twist / norm * nx;
    ty = twist / norm * ny;
    tz = twist / norm * nz;
    scratchQuaternion.set(
        tw * rw - tx * rx - ty * ry - tz * rz,
        tw * rx + tx * rw + ty * rz - tz * ry,
        tw * ry - tx * rz + ty * rw + tz * rx,
        tw * rz + tx * ry - ty * rx + tz * rw);
    body.setQuaternion(scratchQuaternion);
  }

  @Override
  protected void writePose(Vector3dc positionM, Quaterniondc orientation) {
    if (body == null) {
      staticPose = new Pose(positionM, orientation);
      placeStaticGeoms();
      return;
    }
    body.setPosition(positionM.x(), positionM.y(), positionM.z());
    scratchQuaternion.set(orientation.w(), orientation.x(), orientation.y(), orientation.z());
    body.setQuaternion(scratchQuaternion);
  }

  @Override
  protected void writeLinearVelocity(Vector3dc v) {
    if (body != null) {
      body.setLinearVel(v.x(), v.y(), v.z());
    }
  }

  @Override
  protected void writeAngularVelocity(Vector3dc v) {
    if (body != null) {
      body.setAngularVel(v.x(), v.y(), v.z());
    }
  }

  @Override
  protected void addEngineForce(double x, double y, double z) {
    body.addForce(x, y, z);
  }

  @Override
  protected void addEngineTorque(double x, double y, double z) {
    body.addTorque(x, y, z);
  }

  @Override
  protected int stateSize() {
    return body == null ? 0 : STATE_SIZE;
  }

  @Override
  protected void saveState(double[] dest, int offset) {
    if (body == null) {
      return;
    }
    DVector3C p = body.getPosition();
    DQuaternionC q = body.getQuaternion();
    DVector3C v = body.getLinearVel();
    DVector3C w = body.getAngularVel();
    for (int i = 0; i < 3; i++) {
      dest[offset + i] = p.get(i);
      dest[offset + 7 + i] = v.get(i);
      dest[offset + 10 + i] = w.get(i);
    }
    for (int i = 0; i < 4; i++) {
      dest[offset + 3 + i] = q.get(i);
    }
  }

  @Override
  protected void restoreState(double[] src, int offset) {
    if (body == null) {
      return;
    }
    // The public quaternion setter re-normalises, which breaks bit-exact rewinds: write the raw
    // value.
    DxBody raw = (DxBody) body;
    raw._q.set(src[offset + 3], src[offset + 4], src[offset + 5], src[offset + 6]);
    DRotation.dRfromQ(scratchRotation, raw._q);
    raw._posr.Rw().set(scratchRotation);
    body.setPosition(src[offset], src[offset + 1], src[offset + 2]);
    body.setLinearVel(src[offset + 7], src[offset + 8], src[offset + 9]);
    body.setAngularVel(src[offset + 10], src[offset + 11], src[offset + 12]);
    body.setForce(0, 0, 0);
    body.setTorque(0, 0, 0);
  }

  @Override
  protected boolean stateIsFinite() {
    if (body == null) {
      return true;
    }
    DVector3C p = body.getPosition();
    DQuaternionC q = body.getQuaternion();
    DVector3C v = body.getLinearVel();
    DVector3C w = body.getAngularVel();
    double sum =
        p.get0() + p.get1() + p.get2() + q.get0() + q.get1() + q.get2() + q.get3() + v.get0()
            + v.get1() + v.get2() + w.get0() + w.get1() + w.get2();
    return Double.isFinite(sum);
  }

  void destroy() {
    for (DGeom geom : geoms) {
      geom.destroy();
    }
    if (body != null) {
      body.destroy();
    }
  }
}
