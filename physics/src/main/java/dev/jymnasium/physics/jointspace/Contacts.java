package dev.jymnasium.physics.jointspace;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.SoftLimit;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joml.Vector3d;

/**
 * MuJoCo's contacts between a model's static planes and its moving capsules and cylinders, between
 * capsules, and between capsules and cylinders ({@link CylinderContacts}) (documentation,
 * "Computation", collision detection and contacts): the geom pairs MuJoCo checks (contype meets
 * conaffinity either way, different links, not a link and its moving parent), the capsule's end
 * spheres against a plane (each within the margin one contact, its first tangent along the
 * capsule's axis) and the closest points of two capsule segments (clamped as MuJoCo clamps them;
 * two contacts when the axes are parallel), contact frames completed as MuJoCo completes them, and
 * the rows: the normal alone (condim 1) or the pyramid's four edges {@code n ± μ·tᵢ} (condim 3),
 * impedance from the distance past the margin, {@code a_ref = −b·J·q̇ − k·d·(dist − margin)}, and
 * {@code R} from the links' {@code body_invweight0} as MuJoCo's {@code efc_R}; no rows for contacts
 * that no DOF can move. Immutable pair data; per-simulation state lives in a {@link State}.
 */
final class Contacts {
  /** MuJoCo's mjMINVAL. */
  private static final double MIN_VALUE = 1e-15;

  /** Slack of the bounds that skip far pairs, far above round-off (m). */
  private static final double BOUND_SLACK_M = 1e-9;

  private static final int PLANE_CAPSULE = 0;
  private static final int CAPSULE_CAPSULE = 1;
  private static final int PLANE_CYLINDER = 2;
  private static final int CAPSULE_CYLINDER = 3;
  private static final int PLANE_SPHERE = 4;

  private final JointSpaceModel m;
  private final int[] kind;
  private final int[] geomA;
  private final int[] geomB;
  private final int[] condim;
  private final double[] mu;
  private final double[] margin;
  private final SoftLimit[] softness;

  /**
   * Per pair: whether no DOF can ever move its contacts along their normal (frictionless, against a
   * plane, the other link moved only by slides parallel to it: a puck on slides resting on a
   * table), so its contacts get no rows (MuJoCo's would carry a force that reaches no DOF).
   */
  private final boolean[] unfeltPair;

  // Compiled geoms: capsules on moving links, planes in the world.
  private final int[] geomLink;
  private final double[] radius;
  private final double[] halfLength;
  private final double[] localPos;
  private final double[] localAxis;

  /** Per geom: its local x axis (a cylinder's disk direction where the disk lies flat). */
  private final double[] localXAxis;

  private final double[] planeNormal;

  /**
   * Per plane: its normal as {@link State#makeFrame} normalises a contact normal, done once here
   * (the same operations on the same constants) instead of for every contact.
   */
  private final double[] planeFrameNormal;

  private final double[] planePoint;
  private final boolean[] isPlane;

  /** Per geom: whether it is a cylinder (the only shape whose x axis is read). */
  private final boolean[] isCylinder;

  /**
   * Per capsule or sphere: how far its axis reaches from its link's origin, {@code |pos| + half
   * length} (m), so that a link far above a plane rules its geoms out before they are posed.
   */
  private final double[] reach;

  /** Per link: MuJoCo's {@code body_invweight0}, translation then rotation. */
  private final double[] invWeight;

  /** Most contacts a forward pass can have. */
  final int capacity;

  /**
   * The pairs of {@code model} that MuJoCo checks, with their mixed parameters; {@code invWeight}
   * holds each link's translational and rotational {@code body_invweight0}.
   */
  Contacts(JointSpaceModel model, GeomContact.Lookup lookup, double[] invWeight) {
    this.m = model;
    this.invWeight = invWeight;
    List<int[]> geoms = new ArrayList<>();
    List<LinkSpec> links = model.spec.links();
    for (int i = 0; i < links.size(); i++) {
      for (int g = 0; g < links.get(i).geoms().size(); g++) {
        if (links.get(i).geoms().get(g).collides()) {
          geoms.add(new int[] {i, g});
        }
      }
    }
    int n = geoms.size();
    geomLink = new int[n];
    radius = new double[n];
    halfLength = new double[n];
    localPos = new double[3 * n];
    localAxis = new double[3 * n];
    localXAxis = new double[3 * n];
    planeNormal = new double[3 * n];
    planeFrameNormal = new double[3 * n];
    planePoint = new double[3 * n];
    GeomContact[] params = new GeomContact[n];
    boolean[] plane = new boolean[n];
    boolean[] cylinder = new boolean[n];
    boolean[] sphereGeom = new boolean[n];
    isPlane = plane;
    isCylinder = cylinder;
    reach = new double[n];
    for (int k = 0; k < n; k++) {
      int link = geoms.get(k)[0];
      int g = geoms.get(k)[1];
      GeomSpec geom = links.get(link).geoms().get(g);
      GeomContact given = lookup == null ? null : lookup.of(link, g);
      params[k] = given != null ? given : GeomContact.mujocoDefault(geom.friction());
      if (params[k].condim() > 3) {
        throw new IllegalArgumentException(
            "the joint-space engine's contacts have condim 1 or 3; geom '"
                + geom.name()
                + "' of link '"
                + links.get(link).name()
                + "' has "
                + params[k].condim());
      }
      geomLink[k] = link;
      Pose local = geom.localPose();
      if (geom.shape() instanceof Shape.Plane p) {
        plane[k] = true;
        Pose world = worldPose(model, link).mul(local);
        Vector3d normal = world.orientation().transform(new Vector3d(p.normal()));
        Vector3d point =
            world.transformPoint(new Vector3d(p.normal()).mul(p.offsetM()), new Vector3d());
        put(planeNormal, k, normal);
        double norm = Math.sqrt(normal.x * normal.x + normal.y * normal.y + normal.z * normal.z);
        double inverse = norm >= MIN_VALUE ? 1 / norm : 1;
        put(planeFrameNormal, k, new Vector3d(normal).mul(inverse));
        put(planePoint, k, point);
      } else if (geom.shape() instanceof Shape.Sphere sphere) {
        sphereGeom[k] = true;
        radius[k] = sphere.radiusM();
        put(localPos, k, new Vector3d(local.positionM()));
        reach[k] = local.positionM().length();
      } else {
        if (geom.shape() instanceof Shape.Cylinder c) {
          cylinder[k] = true;
          radius[k] = c.radiusM();
          halfLength[k] = c.halfLengthM();
        } else {
          Shape.Capsule c = (Shape.Capsule) geom.shape();
          radius[k] = c.radiusM();
          halfLength[k] = c.halfLengthM();
        }
        put(localPos, k, new Vector3d(local.positionM()));
        reach[k] = local.positionM().length() + halfLength[k];
        put(localAxis, k, local.orientation().transform(new Vector3d(0, 0, 1)));
        put(localXAxis, k, local.orientation().transform(new Vector3d(1, 0, 0)));
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (checked(links, geoms.get(a), geoms.get(b), plane[a], plane[b])) {
          // MuJoCo's order: the plane first, a capsule before a cylinder.
          boolean swap = plane[b] || (cylinder[a] && !plane[b]);
          pairs.add(swap ? new int[] {b, a} : new int[] {a, b});
        }
      }
    }
    int np = pairs.size();
    kind = new int[np];
    geomA = new int[np];
    geomB = new int[np];
    condim = new int[np];
    mu = new double[np];
    margin = new double[np];
    softness = new SoftLimit[np];
    unfeltPair = new boolean[np];
    for (int p = 0; p < np; p++) {
      int a = pairs.get(p)[0];
      int b = pairs.get(p)[1];
      geomA[p] = a;
      geomB[p] = b;
      kind[p] =
          plane[a]
              ? (cylinder[b] ? PLANE_CYLINDER : sphereGeom[b] ? PLANE_SPHERE : PLANE_CAPSULE)
              : (cylinder[b] ? CAPSULE_CYLINDER : CAPSULE_CAPSULE);
      GeomContact ga = params[a];
      GeomContact gb = params[b];
      condim[p] = Math.max(ga.condim(), gb.condim());
      mu[p] = Math.max(ga.sliding(), gb.sliding());
      margin[p] = ga.marginM() + gb.marginM();
      double mix = mix(ga.solmix(), gb.solmix());
      double[] solref = new double[2];
      double[] solimp = new double[5];
      for (int i = 0; i < 2; i++) {
        solref[i] = mix * ga.solrefAt(i) + (1 - mix) * gb.solrefAt(i);
      }
      for (int i = 0; i < 5; i++) {
        solimp[i] = mix * ga.solimpAt(i) + (1 - mix) * gb.solimpAt(i);
      }
      softness[p] = new Softness(solref, solimp).limit(model.timestepS, 1);
      unfeltPair[p] =
          plane[a]
              && condim[p] == 1
              && slidesAlong(
                  model,
                  geomLink[b],
                  new Vector3d(planeNormal[3 * a], planeNormal[3 * a + 1], planeNormal[3 * a + 2]));
    }
    int most = 0;
    for (int p = 0; p < np; p++) {
      most += kind[p] == PLANE_CYLINDER ? 4 : kind[p] == CAPSULE_CYLINDER ? 5 : 2;
    }
    capacity = most;
  }

  /** Whether MuJoCo checks geoms {link, geom} a and b for contact. */
  private static boolean checked(
      List<LinkSpec> links, int[] a, int[] b, boolean planeA, boolean planeB) {
    LinkSpec la = links.get(a[0]);
    LinkSpec lb = links.get(b[0]);
    GeomSpec ga = la.geoms().get(a[1]);
    GeomSpec gb = lb.geoms().get(b[1]);
    boolean meet = (ga.contype() & gb.conaffinity()) != 0 || (gb.contype() & ga.conaffinity()) != 0;
    if (!meet || a[0] == b[0] || (la.isStatic() && lb.isStatic()) || (planeA && planeB)) {
      return false;
    }
    return !(isMovingParent(links, la, lb) || isMovingParent(links, lb, la));
  }

  /**
   * Whether {@code link} and its ancestors move only by slides at right angles to {@code normal}
   * (world axes: slides keep the frames' turn).
   */
  private static boolean slidesAlong(JointSpaceModel model, int link, Vector3d normal) {
    for (int i = link; i >= 0; i = model.parent[i]) {
      for (JointDef joint : model.spec.links().get(i).joints()) {
        Vector3d axis = worldPose(model, i).orientation().transform(new Vector3d(joint.axis()));
        if (joint.kind() != JointDef.Kind.SLIDE || axis.dot(normal) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isMovingParent(List<LinkSpec> links, LinkSpec parent, LinkSpec child) {
    return parent.name().equals(child.parentName()) && !parent.isStatic();
  }

  /** MuJoCo's solmix weight of the first geom. */
  private static double mix(double a, double b) {
    if (a >= MIN_VALUE && b >= MIN_VALUE) {
      return a / (a + b);
    }
    if (a < MIN_VALUE && b < MIN_VALUE) {
      return 0.5;
    }
    return a < MIN_VALUE ? 0 : 1;
  }

  /** Link {@code link}'s frame in the world at the written pose. */
  private static Pose worldPose(JointSpaceModel model, int link) {
    List<LinkSpec> links = model.spec.links();
    Pose pose = links.get(link).poseInParent();
    for (int p = model.parent[link]; p >= 0; p = model.parent[p]) {
      pose = links.get(p).poseInParent().mul(pose);
    }
    return pose;
  }

  private static void put(double[] array, int k, Vector3d v) {
    array[3 * k] = v.x;
    array[3 * k + 1] = v.y;
    array[3 * k + 2] = v.z;
  }

  /** Why the joint-space engine cannot collide geom {@code geom} of {@code link}, or null. */
  static String unsupported(LinkSpec link, GeomSpec geom) {
    Shape shape = geom.shape();
    if (link.isStatic()
        ? shape instanceof Shape.Plane
        : shape instanceof Shape.Capsule
            || shape instanceof Shape.Cylinder
            || shape instanceof Shape.Sphere) {
      return null;
    }
    return "the joint-space engine collides capsules, cylinders and spheres with static planes and"
        + " capsules with capsules and cylinders; geom '"
        + geom.name()
        + "' of link '"
        + link.name()
        + "' is a "
        + shape.getClass().getSimpleName()
        + (link.isStatic() ? " in the world" : " on a moving link");
  }

  /**
   * Why the joint-space engine cannot collide a pair of {@code links}' geoms that MuJoCo checks (a
   * sphere meets anything but a plane), or null; the geoms themselves pass {@link #unsupported}.
   */
  static String unsupportedPair(List<LinkSpec> links) {
    for (int la = 0; la < links.size(); la++) {
      for (int ga = 0; ga < links.get(la).geoms().size(); ga++) {
        for (int lb = la; lb < links.size(); lb++) {
          for (int gb = 0; gb < links.get(lb).geoms().size(); gb++) {
            GeomSpec a = links.get(la).geoms().get(ga);
            GeomSpec b = links.get(lb).geoms().get(gb);
            boolean planeA = a.shape() instanceof Shape.Plane;
            boolean planeB = b.shape() instanceof Shape.Plane;
            if (!planeA
                && !planeB
                && !pairable(a.shape(), b.shape())
                && a.collides()
                && b.collides()
                && checked(links, new int[] {la, ga}, new int[] {lb, gb}, false, false)) {
              return "the joint-space engine collides two moving geoms only where both are capsules"
                  + " or one is a cylinder; geoms '"
                  + a.name()
                  + "' and '"
                  + b.name()
                  + "' would collide";
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether two moving geoms' shapes have a collision here: capsule-capsule or capsule-cylinder.
   */
  private static boolean pairable(Shape a, Shape b) {
    boolean capsuleA = a instanceof Shape.Capsule;
    boolean capsuleB = b instanceof Shape.Capsule;
    return capsuleA && (capsuleB || b instanceof Shape.Cylinder)
        || capsuleB && a instanceof Shape.Cylinder;
  }

  /** One simulation's contacts: detected each forward pass, then turned into rows. */
  final class State {
    private int count;
    private final int[] pair = new int[capacity];
    private final double[] pos = new double[3 * capacity];
    private final double[] frame = new double[9 * capacity];
    private final double[] dist = new double[capacity];
    private final double[] centre = new double[6];
    private final double[] axis = new double[6];
    private final double[] halfAxisA = new double[3];
    private final double[] worldCentre = new double[3 * geomLink.length];

    /** Per geom: whether its world centre and axes are current in this pass. */
    private final boolean[] posed = new boolean[geomLink.length];

    private final double[] worldAxis = new double[3 * geomLink.length];
    private final double[] worldXAxis = new double[3 * geomLink.length];
    private final double[] halfAxisB = new double[3];
    private final double[] jacobian = new double[3 * m.nv];
    private final CylinderContacts cylinders = new CylinderContacts();

    /** Per contact: its first row in the {@link ConstraintRows} of the last {@link #addRows}. */
    private final int[] firstRow = new int[capacity];

    /** Number of contacts of the last {@link #detect}. */
    int count() {
      return count;
    }

    /** Finds the contacts at the frames' pose. */
    void detect(LinkFrames frames) {
      count = 0;
      Arrays.fill(posed, false);
      for (int p = 0; p < kind.length; p++) {
        int a = geomA[p];
        int b = geomB[p];
        if ((kind[p] == PLANE_CAPSULE || kind[p] == PLANE_SPHERE) && linkBeyondPlane(frames, p)) {
          continue;
        }
        if ((kind[p] == CAPSULE_CAPSULE || kind[p] == CAPSULE_CYLINDER)
            && linksFarApart(frames, p)) {
          continue;
        }
        load(frames, b, 0);
        if (kind[p] == PLANE_SPHERE) {
          planeSphere(p);
        } else if (kind[p] == PLANE_CAPSULE) {
          if (!beyondPlane(p)) {
            planeCapsule(p);
          }
        } else if (kind[p] == PLANE_CYLINDER) {
          CylinderContacts.plane(
              this,
              p,
              planeNormal,
              planePoint,
              3 * a,
              worldCentre,
              worldAxis,
              worldXAxis,
              3 * b,
              radius[b],
              halfLength[b],
              margin[p]);
        } else {
          load(frames, a, 1);
          if (farApart(p)) {
            continue;
          }
          if (kind[p] == CAPSULE_CAPSULE) {
            capsuleCapsule(p);
          } else {
            cylinders.capsule(
                this,
                p,
                worldCentre,
                worldAxis,
                3 * a,
                radius[a],
                halfLength[a],
                worldXAxis,
                3 * b,
                radius[b],
                halfLength[b],
                margin[p]);
          }
        }
      }
    }

    /**
     * Geom k's world centre and axes into {@link #worldCentre}, {@link #worldAxis} and, for a
     * cylinder, {@link #worldXAxis}.
     */
    private void worldCapsule(LinkFrames frames, int k) {
      int link = geomLink[k];
      int r = 9 * link;
      int o = 3 * link;
      frames.matrix(link);
      double[] xmat = frames.xmat;
      for (int i = 0; i < 3; i++) {
        double x = xmat[r + 3 * i];
        double y = xmat[r + 3 * i + 1];
        double z = xmat[r + 3 * i + 2];
        worldCentre[3 * k + i] =
            frames.xpos[o + i]
                + x * localPos[3 * k]
                + y * localPos[3 * k + 1]
                + z * localPos[3 * k + 2];
        worldAxis[3 * k + i] =
            x * localAxis[3 * k] + y * localAxis[3 * k + 1] + z * localAxis[3 * k + 2];
        if (isCylinder[k]) {
          worldXAxis[3 * k + i] =
              x * localXAxis[3 * k] + y * localXAxis[3 * k + 1] + z * localXAxis[3 * k + 2];
        }
      }
    }

    /**
     * Whether pair p's capsule or sphere is surely beyond the plane's margin, judged from its
     * link's origin and the geom's reach before the geom is posed.
     */
    private boolean linkBeyondPlane(LinkFrames frames, int p) {
      int a = geomA[p];
      int b = geomB[p];
      int o = 3 * geomLink[b];
      double height = 0;
      for (int i = 0; i < 3; i++) {
        height += (frames.xpos[o + i] - planePoint[3 * a + i]) * planeNormal[3 * a + i];
      }
      return height - reach[b] > margin[p] + radius[b] + BOUND_SLACK_M;
    }

    /**
     * Whether pair p's two geoms are surely farther apart than the margin, judged from their links'
     * origins before the geoms are posed: every point of a geom lies within its reach and radius of
     * its link's origin, so this rules out no pair that {@link #farApart} would keep.
     */
    private boolean linksFarApart(LinkFrames frames, int p) {
      int a = geomA[p];
      int b = geomB[p];
      int oa = 3 * geomLink[a];
      int ob = 3 * geomLink[b];
      double dx = frames.xpos[ob] - frames.xpos[oa];
      double dy = frames.xpos[ob + 1] - frames.xpos[oa + 1];
      double dz = frames.xpos[ob + 2] - frames.xpos[oa + 2];
      double bound = reach[a] + reach[b] + radius[a] + radius[b] + margin[p] + BOUND_SLACK_M;
      return dx * dx + dy * dy + dz * dz > bound * bound;
    }

    /** Geom k's centre and axis (posed at the first use in a pass) into slot s. */
    private void load(LinkFrames frames, int k, int s) {
      if (!posed[k]) {
        worldCapsule(frames, k);
        posed[k] = true;
      }
      // Element by element: a call to System.arraycopy costs more than three doubles.
      for (int i = 0; i < 3; i++) {
        centre[3 * s + i] = worldCentre[3 * k + i];
        axis[3 * s + i] = worldAxis[3 * k + i];
      }
    }

    /**
     * Whether both ends of pair p's capsule are surely beyond the plane's margin (MuJoCo's bound).
     */
    private boolean beyondPlane(int p) {
      int a = geomA[p];
      int b = geomB[p];
      double height = 0;
      double along = 0;
      for (int i = 0; i < 3; i++) {
        height += (centre[i] - planePoint[3 * a + i]) * planeNormal[3 * a + i];
        along += axis[i] * planeNormal[3 * a + i];
      }
      return height - halfLength[b] * Math.abs(along) > margin[p] + radius[b] + BOUND_SLACK_M;
    }

    /** Whether pair p's capsules are surely farther apart than the margin (bounding spheres). */
    private boolean farApart(int p) {
      int a = geomA[p];
      int b = geomB[p];
      double dx = centre[3] - centre[0];
      double dy = centre[4] - centre[1];
      double dz = centre[5] - centre[2];
      double reach =
          halfLength[a] + halfLength[b] + radius[a] + radius[b] + margin[p] + BOUND_SLACK_M;
      return dx * dx + dy * dy + dz * dz > reach * reach;
    }

    /** MuJoCo's plane-capsule contacts: its two end spheres against the plane. */
    private void planeCapsule(int p) {
      double h = halfLength[geomB[p]];
      for (int end = 1; end >= -1; end -= 2) {
        sphereOnPlane(
            p,
            centre[0] + end * h * axis[0],
            centre[1] + end * h * axis[1],
            centre[2] + end * h * axis[2],
            axis[0],
            axis[1],
            axis[2]);
      }
    }

    /** MuJoCo's plane-sphere contact: one within the margin, its frame from the normal alone. */
    private void planeSphere(int p) {
      sphereOnPlane(p, centre[0], centre[1], centre[2], 0, 0, 0);
    }

    /**
     * A contact of pair p's plane and a sphere of geom b's radius at s, if within the margin: at
     * the middle of the penetration, its frame from the normal and the tangent hint t.
     */
    private void sphereOnPlane(
        int p, double sx, double sy, double sz, double tx, double ty, double tz) {
      int a = geomA[p];
      double r = radius[geomB[p]];
      double nx = planeNormal[3 * a];
      double ny = planeNormal[3 * a + 1];
      double nz = planeNormal[3 * a + 2];
      double height =
          (sx - planePoint[3 * a]) * nx
              + (sy - planePoint[3 * a + 1]) * ny
              + (sz - planePoint[3 * a + 2]) * nz;
      if (height > margin[p] + r) {
        return;
      }
      double depth = height - r;
      double back = -depth / 2 - r;
      int c = count++;
      pair[c] = p;
      dist[c] = depth;
      pos[3 * c] = sx + nx * back;
      pos[3 * c + 1] = sy + ny * back;
      pos[3 * c + 2] = sz + nz * back;
      frameFromUnitNormal(
          c,
          planeFrameNormal[3 * a],
          planeFrameNormal[3 * a + 1],
          planeFrameNormal[3 * a + 2],
          tx,
          ty,
          tz);
    }

    private void capsuleCapsule(int p) {
      int a = geomA[p];
      int b = geomB[p];
      // Slot 1 holds geom a (first), slot 0 geom b; half-axes scaled by the half lengths.
      double[] a1 = halfAxisA;
      double[] a2 = halfAxisB;
      for (int i = 0; i < 3; i++) {
        a1[i] = axis[3 + i] * halfLength[a];
        a2[i] = axis[i] * halfLength[b];
      }
      double dx = centre[3] - centre[0];
      double dy = centre[4] - centre[1];
      double dz = centre[5] - centre[2];
      double ma = dot(a1, a1);
      double mb = -dot(a1, a2);
      double mc = dot(a2, a2);
      double u = -(a1[0] * dx + a1[1] * dy + a1[2] * dz);
      double v = a2[0] * dx + a2[1] * dy + a2[2] * dz;
      double det = ma * mc - mb * mb;
      if (Math.abs(det) >= MIN_VALUE) {
        double x1 = (mc * u - mb * v) / det;
        double x2 = (ma * v - mb * u) / det;
        if (x1 > 1) {
          x1 = 1;
          x2 = (v - mb) / mc;
        } else if (x1 < -1) {
          x1 = -1;
          x2 = (v + mb) / mc;
        }
        if (x2 > 1) {
          x2 = 1;
          x1 = clip((u - mb) / ma);
        } else if (x2 < -1) {
          x2 = -1;
          x1 = clip((u + mb) / ma);
        }
        spheres(p, a1, x1, a2, x2);
        return;
      }
      int before = count;
      spheres(p, a1, 1, a2, clip((v - mb) / mc));
      spheres(p, a1, -1, a2, clip((v + mb) / mc));
      if (count - before >= 2) {
        return;
      }
      spheres(p, a1, clip((u - mb) / ma), a2, 1);
      if (count - before >= 2) {
        return;
      }
      spheres(p, a1, clip((u + mb) / ma), a2, -1);
    }

    /** The sphere test between the points at x1 on capsule a's axis and x2 on b's. */
    private void spheres(int p, double[] a1, double x1, double[] a2, double x2) {
      int a = geomA[p];
      int b = geomB[p];
      double p1x = centre[3] + a1[0] * x1;
      double p1y = centre[4] + a1[1] * x1;
      double p1z = centre[5] + a1[2] * x1;
      double p2x = centre[0] + a2[0] * x2;
      double p2y = centre[1] + a2[1] * x2;
      double p2z = centre[2] + a2[2] * x2;
      double ex = p1x - p2x;
      double ey = p1y - p2y;
      double ez = p1z - p2z;
      double squared = ex * ex + ey * ey + ez * ez;
      double reach = margin[p] + radius[a] + radius[b];
      if (squared > reach * reach) {
        return;
      }
      int c = count++;
      pair[c] = p;
      double length = Math.sqrt(squared);
      dist[c] = length - radius[a] - radius[b];
      double nx = -ex;
      double ny = -ey;
      double nz = -ez;
      if (length < MIN_VALUE) {
        nx = axis[4] * axis[2] - axis[5] * axis[1];
        ny = axis[5] * axis[0] - axis[3] * axis[2];
        nz = axis[3] * axis[1] - axis[4] * axis[0];
        length = Math.sqrt(nx * nx + ny * ny + nz * nz);
      }
      if (length >= MIN_VALUE) {
        nx /= length;
        ny /= length;
        nz /= length;
      }
      double out = radius[a] + dist[c] / 2;
      pos[3 * c] = p1x + nx * out;
      pos[3 * c + 1] = p1y + ny * out;
      pos[3 * c + 2] = p1z + nz * out;
      makeFrame(c, nx, ny, nz, 0, 0, 0);
    }

    /**
     * Records a contact of pair p: its distance, position and normal (from the pair's first geom to
     * its second), the tangents MuJoCo's default.
     */
    void add(
        int p, double distance, double px, double py, double pz, double nx, double ny, double nz) {
      int c = count++;
      pair[c] = p;
      dist[c] = distance;
      pos[3 * c] = px;
      pos[3 * c + 1] = py;
      pos[3 * c + 2] = pz;
      if (unfeltPair[p]) {
        // Only rows read the frame.
        return;
      }
      makeFrame(c, nx, ny, nz, 0, 0, 0);
    }

    /** Entry i of contact c's frame: normal, first tangent, second tangent. */
    double frame(int c, int i) {
      return frame[9 * c + i];
    }

    /** Coordinate i of contact c's position. */
    double position(int c, int i) {
      return pos[3 * c + i];
    }

    /** MuJoCo's contact frame from a normal and a tangent hint (zero: MuJoCo's default hint). */
    private void makeFrame(
        int c, double nx, double ny, double nz, double tx, double ty, double tz) {
      double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
      if (norm >= MIN_VALUE) {
        // Times the reciprocal, as mju_normalize3 rounds.
        double inverse = 1 / norm;
        nx *= inverse;
        ny *= inverse;
        nz *= inverse;
      }
      frameFromUnitNormal(c, nx, ny, nz, tx, ty, tz);
    }

    /** {@link #makeFrame} from a normal it has normalised already. */
    private void frameFromUnitNormal(
        int c, double nx, double ny, double nz, double tx, double ty, double tz) {
      if (Math.sqrt(tx * tx + ty * ty + tz * tz) < 0.5) {
        tx = 0;
        ty = Math.abs(ny) < 0.5 ? 1 : 0;
        tz = Math.abs(ny) < 0.5 ? 0 : 1;
      }
      double along = nx * tx + ny * ty + nz * tz;
      tx -= nx * along;
      ty -= ny * along;
      tz -= nz * along;
      double t = Math.sqrt(tx * tx + ty * ty + tz * tz);
      if (t < MIN_VALUE) {
        tx = 1;
        ty = 0;
        tz = 0;
      } else {
        double inverse = 1 / t;
        tx *= inverse;
        ty *= inverse;
        tz *= inverse;
      }
      int f = 9 * c;
      frame[f] = nx;
      frame[f + 1] = ny;
      frame[f + 2] = nz;
      frame[f + 3] = tx;
      frame[f + 4] = ty;
      frame[f + 5] = tz;
      frame[f + 6] = ny * tz - nz * ty;
      frame[f + 7] = nz * tx - nx * tz;
      frame[f + 8] = nx * ty - ny * tx;
    }

    /** Adds each contact's rows (after the limits, if any) to {@code rows}. */
    void addRows(ConstraintRows rows, Dynamics dynamics, double[] qvel) {
      int nv = m.nv;
      for (int c = 0; c < count; c++) {
        int p = pair[c];
        if (unfeltPair[p]) {
          continue;
        }
        int la = geomLink[geomA[p]];
        int lb = geomLink[geomB[p]];
        firstRow[c] = rows.count();
        int directions = condim[p] == 1 ? 1 : 3;
        Arrays.fill(jacobian, 0, directions * nv, 0);
        pointJacobian(dynamics, lb, c, directions, 1);
        pointJacobian(dynamics, la, c, directions, -1);
        if (unfelt(directions * nv)) {
          // No DOF moves the contact (a puck on slides resting on a table): MuJoCo's rows would
          // carry a force that reaches no DOF.
          continue;
        }
        SoftLimit soft = softness[p];
        double past = dist[c] - margin[p];
        double imp = soft.impedance(past);
        double tran = invWeight[2 * la] + invWeight[2 * lb];
        if (condim[p] == 1) {
          double r = Math.max(MIN_VALUE, (1 - imp) / imp * tran);
          addRow(rows, r, soft, past, imp, qvel, 0, 0, 0);
          continue;
        }
        double f = mu[p];
        double r0 = Math.max(MIN_VALUE, (1 - imp) / imp * (tran + f * f * tran));
        double r = 2 * f * f * r0;
        for (int k = 1; k <= 2; k++) {
          addRow(rows, r, soft, past, imp, qvel, k * nv, f, 1);
          addRow(rows, r, soft, past, imp, qvel, k * nv, f, -1);
        }
      }
    }

    /** Whether the first {@code n} entries of {@link #jacobian} are all zero. */
    private boolean unfelt(int n) {
      for (int i = 0; i < n; i++) {
        if (jacobian[i] != 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * Adds each contact's force, solved in {@code rows}, to {@code dest} as MuJoCo's {@code
     * mj_rnePostConstraint} adds it to {@code cfrc_ext}: per link 6 numbers (torque about {@code
     * centre[3·link..]}, force; world axes), the second geom's link pushed, the first's pulled;
     * static links get none.
     */
    void addWrenches(ConstraintRows rows, double[] centre, double[] dest) {
      for (int c = 0; c < count; c++) {
        int p = pair[c];
        int r = firstRow[c];
        double normal;
        double first = 0;
        double second = 0;
        if (condim[p] == 1) {
          normal = rows.force(r);
        } else {
          // MuJoCo's mju_decodePyramid: the edges' sum, the differences of opposite edges times μ.
          normal = 0;
          for (int k = 0; k < 4; k++) {
            normal += rows.force(r + k);
          }
          first = (rows.force(r) - rows.force(r + 1)) * mu[p];
          second = (rows.force(r + 2) - rows.force(r + 3)) * mu[p];
        }
        int f = 9 * c;
        double fx = frame[f] * normal + frame[f + 3] * first + frame[f + 6] * second;
        double fy = frame[f + 1] * normal + frame[f + 4] * first + frame[f + 7] * second;
        double fz = frame[f + 2] * normal + frame[f + 5] * first + frame[f + 8] * second;
        addWrench(geomLink[geomA[p]], c, -1, fx, fy, fz, centre, dest);
        addWrench(geomLink[geomB[p]], c, 1, fx, fy, fz, centre, dest);
      }
    }

    private void addWrench(
        int link,
        int c,
        double sign,
        double fx,
        double fy,
        double fz,
        double[] centre,
        double[] dest) {
      if (m.spec.links().get(link).isStatic()) {
        return;
      }
      double dx = centre[3 * link] - pos[3 * c];
      double dy = centre[3 * link + 1] - pos[3 * c + 1];
      double dz = centre[3 * link + 2] - pos[3 * c + 2];
      int o = 6 * link;
      dest[o] += sign * -(dy * fz - dz * fy);
      dest[o + 1] += sign * -(dz * fx - dx * fz);
      dest[o + 2] += sign * -(dx * fy - dy * fx);
      dest[o + 3] += sign * fx;
      dest[o + 4] += sign * fy;
      dest[o + 5] += sign * fz;
    }

    /**
     * A row J_n + sign·f·J_t (J_t at {@code tangent}), a_ref from its velocity, the contact's
     * distance past the margin and its impedance.
     */
    private void addRow(
        ConstraintRows rows,
        double r,
        SoftLimit soft,
        double past,
        double imp,
        double[] qvel,
        int tangent,
        double f,
        double sign) {
      int nv = m.nv;
      double[] j = jacobian;
      double scale = sign * f;
      // The row first, then its velocity from the entries written: each entry formed once.
      int row = rows.add(r, 0);
      double[] dest = rows.jacobian();
      double velocity = 0;
      for (int d = 0, at = row * nv; d < nv; d++) {
        double entry = j[d] + scale * j[tangent + d];
        dest[at + d] = entry;
        velocity += entry * qvel[d];
      }
      rows.setReference(row, soft.referenceAcceleration(velocity, past, imp));
    }

    /**
     * Adds {@code sign} × the generalised force of a unit force along each of contact c's first
     * {@code directions} frame axes at its position on {@code link} into {@code jacobian[k·nv..]}.
     */
    private void pointJacobian(Dynamics dynamics, int link, int c, int directions, double sign) {
      if (m.moving[link]) {
        dynamics.addWorldForces(link, pos, 3 * c, frame, 9 * c, directions, sign, jacobian);
      }
    }
  }

  private static double clip(double x) {
    return Math.max(-1, Math.min(1, x));
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }
}
