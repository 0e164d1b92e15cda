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
