package dev.jymnasium.physics.ode4j;

import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.Contact;
import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.JointType;
import dev.jymnasium.physics.PyramidContacts;
import dev.jymnasium.physics.RayHit;
import dev.jymnasium.physics.WorldSettings;
import dev.jymnasium.physics.spi.AbstractBody;
import dev.jymnasium.physics.spi.AbstractJoint;
import dev.jymnasium.physics.spi.AbstractWorld;
import java.util.Arrays;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.ode4j.math.DVector3;
import org.ode4j.ode.DContact;
import org.ode4j.ode.DContactBuffer;
import org.ode4j.ode.DContactGeomBuffer;
import org.ode4j.ode.DContactJoint;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DJoint;
import org.ode4j.ode.DJointGroup;
import org.ode4j.ode.DRay;
import org.ode4j.ode.DSpace;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeConstants;
import org.ode4j.ode.OdeHelper;
import org.ode4j.ode.internal.DxQuickStep;
import org.ode4j.ode.internal.JymnasiumColliders;

/**
 * A world on ODE4J: quickStep (or world.step for {@link ConstraintSolver#DIRECT}), a simple space
 * (pairs in a repeatable order) and a contact callback that applies the neutral friction and
 * restitution rules.
 */
final class Ode4jWorld extends AbstractWorld {
  private static final int MAX_CONTACTS_PER_PAIR = 8;

  /** Below this approach speed (m/s) contacts do not bounce. */
  private static final double BOUNCE_THRESHOLD_MPS = 0.01;

  /** Tolerance (1 − cos, or a length) within which two directions count as parallel. */
  private static final double PARALLEL = 1e-9;

  static {
    OdeHelper.initODE2(0);
    // quickStep's only random numbers reshuffle the constraint order every 8th sweep, drawn from
    // one generator for the whole JVM (a static seed in ODE4J 0.5.3's Misc; it has no per-world or
    // per-thread one). Worlds stepped at once would draw each other's numbers and lose
    // determinism, so never reshuffle: quickStep then draws nothing and worlds need no lock. This
    // public ODE4J setting is JVM-wide.
    DxQuickStep.RANDOM_CONSTRAINTS_REORDERING_FREQUENCY = Integer.MAX_VALUE;
    // libccd's one contact point lets a flat cylinder on a box tilt and sink (#14): use ODE's own
    // clipping cylinder-box collider instead, also JVM-wide.
    JymnasiumColliders.useClippingCylinderBox();
  }

  private final DWorld world;
  private final DSpace space;
  private final DJointGroup contactGroup;
  private final DContactBuffer contactBuffer = new DContactBuffer(MAX_CONTACTS_PER_PAIR);

  /** {@code getGeomBuffer()} makes a new (stateless) view at every call: keep one. */
  private final DContactGeomBuffer contactGeoms = contactBuffer.getGeomBuffer();

  private final DGeom.DNearCallback nearCallback = this::near;
  private final ContactStore contacts = new ContactStore();

  /** Kept for snapshots only: no solver here draws random numbers. */
  private long solverSeed;

  /** world.step (direct LCP) instead of quickStep. */
  private final boolean direct;

  /** Whether some bodies are held in a plane: projected after every sub-step. */
  private boolean heldInPlane;

  /** MuJoCo's pyramidal soft contacts, or null for ODE's own. */
  private PyramidContacts pyramid;

  private final DContact edge = new DContact();
  private final double[] edgeNormals = new double[12];
  private final DVector3 pointVelocity = new DVector3();
  private final DVector3 otherVelocity = new DVector3();

  private final DRay ray;
  private final DContactBuffer rayBuffer = new DContactBuffer(1);
  private final DContactGeomBuffer rayGeoms = rayBuffer.getGeomBuffer();
  private final DGeom.DNearCallback rayCallback = this::rayNear;
  private RayHit rayDest;
  private double rayBestDepth;

  Ode4jWorld(WorldSettings settings) {
    super(Ode4jEngine.NAME, settings);
    world = OdeHelper.createWorld();
    world.setQuickStepNumIterations(settings.solverIterations());
    world.setAutoDisableFlag(false);
    space = OdeHelper.createSimpleSpace();
    contactGroup = OdeHelper.createJointGroup();
    ray = OdeHelper.createRay(1);
    ray.setClosestHit(true);
    solverSeed = settings.randomSeed();
    direct = settings.solver() == ConstraintSolver.DIRECT;
    applyGravity(settings.gravityMps2());
  }

  @Override
  protected AbstractBody createBody(BodySpec spec, int index) {
    Ode4jBody body = new Ode4jBody(this, world, space, spec, index);
    body.setSubStep(subStepSeconds());
    if (pyramid != null) {
      body.setPlaneMargin(pyramid.planeMarginM());
    }
    return body;
  }

  @Override
  public boolean supportsJointArmature() {
    return true;
  }

  @Override
  public boolean reportsContactParts() {
    return true;
  }

  @Override
  public boolean usePyramidContacts(PyramidContacts contacts) {
    pyramid = contacts;
    for (AbstractBody body : engineBodies()) {
      ((Ode4jBody) body).setPlaneMargin(contacts == null ? 0 : contacts.planeMarginM());
    }
    return true;
  }

  /**
   * Bodies held in a plane ({@link #solvePlanarModelsInPlane}): a planar joint to the world makes
   * its body held, a hinge about the same normal below a held body makes its child held, until no
   * joint adds one; those joints keep only their in-plane rows.
   */
  @Override
  public boolean solvePlanarModelsInPlane() {
    checkOpen();
    boolean added = true;
    while (added) {
      added = false;
      for (var j : joints()) {
        Ode4jJoint joint = (Ode4jJoint) j;
        JointSpec spec = joint.spec();
        Ode4jBody child = (Ode4jBody) spec.child();
        Ode4jBody parent = (Ode4jBody) spec.parent();
        if (joint.solvedInPlane() || child.planeNormal() != null) {
          continue;
        }
        if (spec.type() == JointType.PLANAR && parent == null) {
          Vector3dc normal = new Vector3d(spec.axis());
          child.holdInPlane(normal);
          joint.solveInPlane(spec.axis2(), normal.cross(spec.axis2(), new Vector3d()));
          added = true;
        } else if (spec.type() == JointType.HINGE
            && parent != null
            && parent.planeNormal() != null
            && Math.abs(joint.hingeAxis(new Vector3d()).dot(parent.planeNormal())) > 1 - PARALLEL) {
          // In-plane axes with A × B along the hinge's own axis, which may be −normal: the turn
          // row's rate is the hinge's.
          Vector3d axis = joint.hingeAxis(new Vector3d());
          Vector3d inPlaneA = perpendicular(axis);
          child.holdInPlane(parent.planeNormal());
          joint.solveInPlane(inPlaneA, axis.cross(inPlaneA, new Vector3d()));
          added = true;
        }
      }
      heldInPlane |= added;
    }
    return true;
  }

  /** A unit vector perpendicular to {@code unit}. */
  private static Vector3d perpendicular(Vector3dc unit) {
    Vector3d other = Math.abs(unit.x()) < 0.6 ? new Vector3d(1, 0, 0) : new Vector3d(0, 1, 0);
    return unit.cross(other, new Vector3d()).normalize();
  }

  @Override
  protected AbstractJoint createJoint(JointSpec spec, int index) {
    return new Ode4jJoint(world, spec, index);
  }

  @Override
  protected void applyGravity(Vector3dc g) {
    world.setGravity(g.x(), g.y(), g.z());
  }

  @Override
  protected void subStepChanged(double subStepSeconds) {
    for (AbstractBody body : engineBodies()) {
      ((Ode4jBody) body).setSubStep(subStepSeconds);
    }
  }

  @Override
  protected void engineSubStep(double subStepSeconds) {
    contacts.clear();
    space.collide(null, nearCallback);
    if (direct) {
      world.step(subStepSeconds);
    } else {
      world.quickStep(subStepSeconds);
    }
    contactGroup.empty();
    if (heldInPlane) {
      for (AbstractBody body : engineBodies()) {
        if (((Ode4jBody) body).planeNormal() != null) {
          ((Ode4jBody) body).projectOntoPlane();
        }
      }
    }
  }

  private void near(Object data, DGeom g1, DGeom g2) {
    Ode4jBody a = (Ode4jBody) g1.getData();
    Ode4jBody b = (Ode4jBody) g2.getData();
    if (!AbstractBody.mayCollide(a, b)) {
      return;
    }
    if (a.isStatic()) {
      // Keep the movable body first so the joint feedback's body-1 force is on it.
      Ode4jBody t = a;
      a = b;
      b = t;
      DGeom tg = g1;
      g1 = g2;
      g2 = tg;
    }
    int n = OdeHelper.collide(g1, g2, MAX_CONTACTS_PER_PAIR, contactGeoms);
    if (n == 0) {
      return;
    }
    int partA = a.part(g1);
    int partB = b.part(g2);
    double friction = a.spec().friction() * b.spec().friction();
    if (pyramid != null) {
      for (int i = 0; i < n; i++) {
        joinEdges(contactBuffer.get(i), g1, a, b, partA, partB, friction);
      }
      return;
    }
    double restitution = a.spec().restitution() * b.spec().restitution();
    Vector3dc plane = a.planeNormal();
    boolean inPlane = plane != null && (b.isStatic() || plane.equals(b.planeNormal()));
    for (int i = 0; i < n; i++) {
      DContact contact = contactBuffer.get(i);
      contact.surface.mode =
          OdeConstants.dContactApprox1 | (restitution > 0 ? OdeConstants.dContactBounce : 0);
      if (inPlane) {
        frictionInPlane(contact, plane);
      }
      contact.surface.mu = friction;
      contact.surface.bounce = restitution;
      contact.surface.bounce_vel = BOUNCE_THRESHOLD_MPS;
      DContactJoint joint = OdeHelper.createContactJoint(world, contactGroup, contact);
      joint.attach(a.body, b.body);
      joint.setFeedback(contacts.add(a, b, partA, partB, contact));
    }
  }

  /**
   * Friction of a contact between bodies held in a plane along the plane only: one friction row,
   * along the plane's normal × the contact normal, none across the plane, where a held body cannot
   * slide.
   */
  private void frictionInPlane(DContact contact, Vector3dc plane) {
    DVector3 n = contact.geom.normal;
    double x = plane.y() * n.get2() - plane.z() * n.get1();
    double y = plane.z() * n.get0() - plane.x() * n.get2();
    double z = plane.x() * n.get1() - plane.y() * n.get0();
    double length = Math.sqrt(x * x + y * y + z * z);
    if (length < PARALLEL) {
      return;
    }
    contact.fdir1.set(x / length, y / length, z / length);
    contact.surface.mode |= OdeConstants.dContactMu2 | OdeConstants.dContactFDir1;
    contact.surface.mu2 = 0;
  }

  /**
   * One contact as the four frictionless edge rows of {@link PyramidContacts}: ODE's contact row
   * {@code J·v⁺ = ERP·depth/h + motionN − CFM·λ} along each unit edge direction e (the row {@code n
   * ± μ·t} scaled by s = 1/√(1 + μ²)) with ERP = h²·k, motionN = (1 − h·b)·e·v and CFM = h·R·s²;
   * the depth is scaled by s too, as MuJoCo's edges share the contact's penetration.
   */
  private void joinEdges(
      DContact contact,
      DGeom geom,
      Ode4jBody a,
      Ode4jBody b,
      int partA,
      int partB,
      double friction) {
    double h = subStepSeconds();
    double scale = PyramidEdges.normals(contact, geom, friction, edgeNormals);
    a.body.getPointVel(contact.geom.pos, pointVelocity);
    if (b.body != null) {
      b.body.getPointVel(contact.geom.pos, otherVelocity);
      pointVelocity.sub(otherVelocity);
    }
    edge.geom.pos.set(contact.geom.pos);
    edge.geom.depth = contact.geom.depth * scale;
    edge.geom.g1 = contact.geom.g1;
    edge.geom.g2 = contact.geom.g2;
    edge.geom.side1 = contact.geom.side1;
    edge.geom.side2 = contact.geom.side2;
    edge.surface.mode =
        OdeConstants.dContactSoftERP | OdeConstants.dContactSoftCFM | OdeConstants.dContactMotionN;
    edge.surface.mu = 0;
    edge.surface.soft_erp = h * h * pyramid.stiffnessPerS2();
    edge.surface.soft_cfm = h * pyramid.regularisationPerKg() * scale * scale;
    for (int k = 0; k < 4; k++) {
      double ex = edgeNormals[3 * k];
      double ey = edgeNormals[3 * k + 1];
      double ez = edgeNormals[3 * k + 2];
      edge.geom.normal.set(ex, ey, ez);
      double approach =
          pointVelocity.get0() * ex + pointVelocity.get1() * ey + pointVelocity.get2() * ez;
      edge.surface.motionN = (1 - h * pyramid.dampingPerS()) * approach;
      DContactJoint joint = OdeHelper.createContactJoint(world, contactGroup, edge);
      joint.attach(a.body, b.body);
      joint.setFeedback(contacts.add(a, b, partA, partB, edge));
    }
  }

  @Override
  public int contactCount() {
    return contacts.count;
  }

  @Override
  public Contact contact(int index, Contact dest) {
    if (index < 0 || index >= contacts.count) {
      throw new IndexOutOfBoundsException("contact " + index + " of " + contacts.count);
    }
    contacts.read(index, subStepSeconds(), dest);
    return dest;
  }

  @Override
  public boolean raycast(Vector3dc fromM, Vector3dc toM, RayHit dest) {
    checkOpen();
    Checks.finite("ray start", fromM);
    Checks.finite("ray end", toM);
    double length = fromM.distance(toM);
    if (length == 0) {
      return false;
    }
    ray.setLength(length);
    ray.set(
        fromM.x(),
        fromM.y(),
        fromM.z(),
        (toM.x() - fromM.x()) / length,
        (toM.y() - fromM.y()) / length,
        (toM.z() - fromM.z()) / length);
    rayDest = dest;
    rayBestDepth = Double.POSITIVE_INFINITY;
    ray.collide2(space, null, rayCallback);
    rayDest = null;
    if (rayBestDepth == Double.POSITIVE_INFINITY) {
      return false;
    }
    dest.fraction = rayBestDepth / length;
    return true;
  }

  private void rayNear(Object data, DGeom rayGeom, DGeom other) {
    DGeom target = rayGeom == ray ? other : rayGeom;
    if (OdeHelper.collide(ray, target, 1, rayGeoms) == 0) {
      return;
    }
    DContact hit = rayBuffer.get(0);
    if (hit.geom.depth < rayBestDepth) {
      rayBestDepth = hit.geom.depth;
      rayDest.body = (Ode4jBody) target.getData();
      rayDest.positionM.set(hit.geom.pos.get0(), hit.geom.pos.get1(), hit.geom.pos.get2());
      rayDest.normal.set(hit.geom.normal.get0(), hit.geom.normal.get1(), hit.geom.normal.get2());
    }
  }

  @Override
  protected void canonicaliseCollisionState() {
    // ODE moves a geom to the front of its space's list when it first moves after a collide;
    // make that order depend only on body order.
    space.cleanGeoms();
    for (AbstractBody body : engineBodies()) {
      Ode4jBody odeBody = (Ode4jBody) body;
      if (odeBody.body != null) {
        var p = odeBody.body.getPosition();
        odeBody.body.setPosition(p.get0(), p.get1(), p.get2());
      }
    }
    contacts.clear();
  }

  @Override
  protected long solverSeed() {
    return solverSeed;
  }

  @Override
  protected void setSolverSeed(long seed) {
    solverSeed = seed;
  }

  @Override
  protected void destroy() {
    contactGroup.destroy();
    for (AbstractBody body : engineBodies()) {
      ((Ode4jBody) body).destroy();
    }
    ray.destroy();
    space.destroy();
    world.destroy();
  }

  /**
   * Contacts of the last sub-step in reusable arrays, with one feedback record per contact joint.
   */
  private static final class ContactStore {
    int count;
    Ode4jBody[] bodyA = new Ode4jBody[16];
    Ode4jBody[] bodyB = new Ode4jBody[16];
    int[] parts = new int[16 * 2];
    double[] geometry = new double[16 * 7];
    DJoint.DJointFeedback[] feedback = new DJoint.DJointFeedback[16];

    void clear() {
      count = 0;
    }

    DJoint.DJointFeedback add(Ode4jBody a, Ode4jBody b, int partA, int partB, DContact contact) {
      if (count == bodyA.length) {
        int size = 2 * count;
        bodyA = Arrays.copyOf(bodyA, size);
        bodyB = Arrays.copyOf(bodyB, size);
        parts = Arrays.copyOf(parts, size * 2);
        geometry = Arrays.copyOf(geometry, size * 7);
        feedback = Arrays.copyOf(feedback, size);
      }
      if (feedback[count] == null) {
        feedback[count] = new DJoint.DJointFeedback();
      }
      bodyA[count] = a;
      bodyB[count] = b;
      parts[2 * count] = partA;
      parts[2 * count + 1] = partB;
      DVector3 pos = contact.geom.pos;
      DVector3 normal = contact.geom.normal;
      int g = count * 7;
      geometry[g] = pos.get0();
      geometry[g + 1] = pos.get1();
      geometry[g + 2] = pos.get2();
      geometry[g + 3] = normal.get0();
      geometry[g + 4] = normal.get1();
      geometry[g + 5] = normal.get2();
      geometry[g + 6] = contact.geom.depth;
      return feedback[count++];
    }

    void read(int i, double subStepSeconds, Contact dest) {
      int g = i * 7;
      dest.bodyA = bodyA[i];
      dest.bodyB = bodyB[i];
      dest.partA = parts[2 * i];
      dest.partB = parts[2 * i + 1];
      dest.positionM.set(geometry[g], geometry[g + 1], geometry[g + 2]);
      dest.normal.set(geometry[g + 3], geometry[g + 4], geometry[g + 5]);
      dest.depthM = geometry[g + 6];
      // ODE4J 0.5.3's quickStep writes body 1's feedback force into f2 (f1 stays zero): take
      // whichever is set.
      DVector3 force = feedback[i].f1.lengthSquared() > 0 ? feedback[i].f1 : feedback[i].f2;
      dest.normalForceN =
          Math.max(
              0,
              force.get0() * dest.normal.x
                  + force.get1() * dest.normal.y
                  + force.get2() * dest.normal.z);
      dest.normalImpulseNs = dest.normalForceN * subStepSeconds;
    }
  }
}
