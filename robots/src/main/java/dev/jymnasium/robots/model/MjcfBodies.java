package dev.jymnasium.robots.model;

import dev.jymnasium.physics.MassProperties;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.jointspace.GeomContact;
import dev.jymnasium.physics.jointspace.Softness;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.InertialSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.Rgba;
import dev.jymnasium.physics.model.SiteSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/** Turns {@code <worldbody>} into link drafts (bodies, geoms, joints, sites, inertials). */
final class MjcfBodies {
  private static final Set<String> BODY_ATTRS =
      Set.of("name", "pos", "quat", "axisangle", "euler", "zaxis");
  private static final Set<String> GEOM_ATTRS =
      Set.of(
          "name",
          "type",
          "size",
          "fromto",
          "pos",
          "quat",
          "axisangle",
          "euler",
          "zaxis",
          "friction",
          "density",
          "mass",
          "contype",
          "conaffinity",
          "condim",
          "rgba",
          "margin",
          "solref",
          "solimp",
          "solmix");
  private static final Set<String> JOINT_ATTRS =
      Set.of(
          "name",
          "type",
          "pos",
          "axis",
          "range",
          "limited",
          "damping",
          "stiffness",
          "armature",
          "ref",
          "margin",
          "solreflimit",
          "solimplimit");
  private static final Set<String> SITE_ATTRS = Set.of("name", "pos", "size", "rgba", "type");
  private static final Set<String> INERTIAL_ATTRS =
      Set.of("pos", "quat", "axisangle", "euler", "zaxis", "mass", "diaginertia");

  /** MuJoCo's site colour. */
  private static final Rgba SITE_RGBA = new Rgba(0.5, 0.5, 0.5, 1);

  /** A link before it becomes an immutable {@link LinkSpec}. */
  static final class Draft {
    final XmlElement element;
    final String name;
    final String parent;
    final Pose pose;
    final List<GeomSpec> geoms = new ArrayList<>();

    /** MuJoCo's contact parameters of each geom, in {@link #geoms}' order. */
    final List<GeomContact> contacts = new ArrayList<>();

    final List<JointDef> joints = new ArrayList<>();
    final List<SiteSpec> sites = new ArrayList<>();
    InertialSpec inertial;

    Draft(XmlElement element, String name, String parent, Pose pose) {
      this.element = element;
      this.name = name;
      this.parent = parent;
      this.pose = pose;
    }

    boolean isStatic() {
      return parent == null && joints.isEmpty();
    }
  }

  private final MjcfValues v;
  private final Map<String, XmlElement> defaults;
  final List<Draft> drafts = new ArrayList<>();

  /** Joint kind by name, for actuator checks. */
  final Map<String, JointDef.Kind> jointKinds = new HashMap<>();

  private final Map<String, Softness> limitSoftness = new HashMap<>();

  private int unnamed;

  MjcfBodies(MjcfValues values, Map<String, XmlElement> defaults) {
    this.v = values;
    this.defaults = defaults;
  }

  /** Reads the world body: its own geoms and sites form the static link "world". */
  void readWorld(XmlElement world) {
    v.allowOnly(world, Set.of());
    Draft ground = new Draft(world, "world", null, Pose.IDENTITY);
    drafts.add(ground);
    for (XmlElement child : world.children()) {
      switch (child.name) {
        case "geom" -> {
          ground.geoms.add(geom(child, true));
          ground.contacts.add(contact(child));
        }
        case "site" -> ground.sites.add(site(child));
        case "body" -> body(child, null);
        default ->
            throw v.error(
                child,
                "<" + child.name + "> is not allowed in <worldbody>; expected body, geom or site");
      }
    }
    if (ground.geoms.isEmpty() && ground.sites.isEmpty()) {
      drafts.remove(ground);
    }
  }

  private void body(XmlElement e, String parent) {
    v.allowOnly(e, BODY_ATTRS);
    String name = e.attribute("name") == null ? "body" + (unnamed++) : e.attribute("name");
    Pose pose = new Pose(v.vector(e, "pos", new Vector3d()), v.orientation(e));
    Draft draft = new Draft(e, name, parent, pose);
    for (XmlElement child : e.children()) {
      if (child.name.equals("joint") || child.name.equals("freejoint")) {
        draft.joints.add(joint(child));
      }
    }
    boolean moving = parent != null || !draft.joints.isEmpty();
    drafts.add(draft);
    for (XmlElement child : e.children()) {
      switch (child.name) {
        case "joint", "freejoint" -> {}
        case "geom" -> {
          draft.geoms.add(geom(child, !moving));
          draft.contacts.add(contact(child));
        }
        case "site" -> draft.sites.add(site(child));
        case "inertial" -> {
          if (draft.inertial != null) {
            throw v.error(child, "body '" + name + "' has more than one <inertial>");
          }
          draft.inertial = inertial(child);
        }
        case "body" -> body(child, name);
        default ->
            throw v.error(
                child,
                "<"
                    + child.name
                    + "> is not allowed in <body>; expected body, joint,"
                    + " freejoint, geom, site or inertial");
      }
    }
  }

  /** The attribute, else the value from {@code <default><element .../>}, else null. */
  private String attr(XmlElement e, String key) {
    String value = e.attribute(key);
    if (value != null) {
      return value;
    }
    XmlElement fallback = defaults.get(e.name);
    return fallback == null ? null : fallback.attribute(key);
  }

  private JointDef joint(XmlElement e) {
    boolean free = e.name.equals("freejoint");
    v.allowOnly(e, free ? Set.of("name") : JOINT_ATTRS);
    String name = e.attribute("name") == null ? "joint" + (unnamed++) : e.attribute("name");
    String type = free ? "free" : attr(e, "type") == null ? "hinge" : attr(e, "type");
    JointDef.Kind kind =
        switch (type) {
          case "hinge" -> JointDef.Kind.HINGE;
          case "slide" -> JointDef.Kind.SLIDE;
          case "ball" -> JointDef.Kind.BALL;
          case "free" -> JointDef.Kind.FREE;
          default ->
              throw v.error(
                  e,
                  "unknown joint type '"
                      + type
                      + "' of joint '"
                      + name
                      + "'; supported: hinge, slide, ball, free");
        };
    boolean angular = kind == JointDef.Kind.HINGE;
    Vector3d axis = new Vector3d(0, 0, 1);
    if (attr(e, "axis") != null) {
      double[] a = v.numbers(e, "axis", attr(e, "axis"), 3, 3);
      axis.set(a[0], a[1], a[2]);
      if (axis.lengthSquared() == 0) {
        throw v.error(e, "joint '" + name + "' has a zero axis");
      }
    }
    Vector3d anchor = free ? new Vector3d() : vectorOrDefault(e, "pos");
    double lower = Double.NEGATIVE_INFINITY;
    double upper = Double.POSITIVE_INFINITY;
    String range = free ? null : attr(e, "range");
    Boolean limited = free ? Boolean.FALSE : v.tristate(e, "limited", attr(e, "limited"));
    boolean isLimited = limited == null ? range != null : limited;
    if (isLimited) {
      if (range == null) {
        throw v.error(e, "joint '" + name + "' is limited but has no 'range'");
      }
      double[] r = v.numbers(e, "range", range, 2, 2);
      // A ball range bounds the rotation angle: in the compiler's angle unit like a hinge's.
      boolean angleRange = angular || kind == JointDef.Kind.BALL;
      lower = angleRange ? v.angle(r[0]) : r[0];
      upper = angleRange ? v.angle(r[1]) : r[1];
      if (lower > upper) {
        throw v.error(e, "joint '" + name + "': range lower " + r[0] + " is above upper " + r[1]);
      }
    }
    double damping = supported(e, "damping", kind != JointDef.Kind.FREE);
    double stiffness = supported(e, "stiffness", kind != JointDef.Kind.FREE);
    double armature = supported(e, "armature", angular || kind == JointDef.Kind.SLIDE);
    double ref = v.number(e, "ref", free ? null : attr(e, "ref"), 0);
    double margin = v.nonNegative(e, "margin", attr(e, "margin"), 0);
    try {
      limitSoftness.put(name, limitSoftness(e));
      jointKinds.put(name, kind);
      return new JointDef(
          name,
          kind,
          axis,
          anchor,
          lower,
          upper,
          damping,
          stiffness,
          armature,
          angular ? v.angle(ref) : ref,
          margin);
    } catch (IllegalArgumentException ex) {
      throw v.error(e, ex.getMessage(), ex);
    }
  }

  /** MuJoCo's softness of a joint's limits: {@code solreflimit} and {@code solimplimit}. */
  private Softness limitSoftness(XmlElement e) {
    double[] solref = Softness.MUJOCO_DEFAULT.solref();
    fill(solref, e, "solreflimit", 2);
    double[] solimp = Softness.MUJOCO_DEFAULT.solimp();
    fill(solimp, e, "solimplimit", 3);
    return new Softness(solref, solimp);
  }

  /**
   * A non-negative joint parameter; defaults only apply where the joint kind supports the
   * parameter.
   */
  private double supported(XmlElement e, String key, boolean kindSupports) {
    if (!kindSupports) {
      double explicit = v.nonNegative(e, key, e.attribute(key), 0);
      if (explicit != 0) {
        throw v.error(
            e,
            "attribute '"
                + key
                + "' is not supported on this joint type ("
                + attr(e, "type")
                + ")");
      }
      return 0;
    }
    return v.nonNegative(e, key, attr(e, key), 0);
  }

  private Vector3d vectorOrDefault(XmlElement e, String key) {
    String value = attr(e, key);
    if (value == null) {
      return new Vector3d();
    }
    double[] p = v.numbers(e, key, value, 3, 3);
    return new Vector3d(p[0], p[1], p[2]);
  }

  private GeomSpec geom(XmlElement e, boolean isStatic) {
    v.allowOnly(e, GEOM_ATTRS);
    String name = e.attribute("name") == null ? "" : e.attribute("name");
    String type = attr(e, "type") == null ? "sphere" : attr(e, "type");
    String sizeText = attr(e, "size");
    String fromto = e.attribute("fromto");
    Shape shape;
    Pose local;
    try {
      if (fromto != null) {
        if (!type.equals("capsule") && !type.equals("cylinder")) {
          throw v.error(e, "fromto is supported on capsule and cylinder geoms only, not " + type);
        }
        for (String key : new String[] {"pos", "quat", "axisangle", "euler", "zaxis"}) {
          if (e.attribute(key) != null) {
            throw v.error(e, "geom '" + name + "' gives both fromto and " + key);
          }
        }
        double[] ft = v.numbers(e, "fromto", fromto, 6, 6);
        Vector3d from = new Vector3d(ft[0], ft[1], ft[2]);
        Vector3d to = new Vector3d(ft[3], ft[4], ft[5]);
        Vector3d along = new Vector3d(to).sub(from);
        if (along.lengthSquared() == 0) {
          throw v.error(e, "geom '" + name + "': fromto end points coincide");
        }
        double radius = size(e, sizeText, 1, 3)[0];
        shape =
            type.equals("capsule")
                ? new Shape.Capsule(radius, along.length() / 2)
                : new Shape.Cylinder(radius, along.length() / 2);
        local =
            new Pose(
                from.add(to).mul(0.5),
                new Quaterniond().rotationTo(new Vector3d(0, 0, 1), along.normalize()));
      } else {
        local = new Pose(vectorOrDefault(e, "pos"), v.orientation(e));
        shape =
            switch (type) {
              case "sphere" -> new Shape.Sphere(size(e, sizeText, 1, 3)[0]);
              case "capsule" -> {
                double[] s = size(e, sizeText, 2, 3);
                yield new Shape.Capsule(s[0], s[1]);
              }
              case "cylinder" -> {
                double[] s = size(e, sizeText, 2, 3);
                yield new Shape.Cylinder(s[0], s[1]);
              }
              case "box" -> {
                double[] s = size(e, sizeText, 3, 3);
                yield new Shape.Box(s[0], s[1], s[2]);
              }
              case "plane" -> {
                if (!isStatic) {
                  throw v.error(
                      e, "plane geom '" + name + "' must belong to the world or a static body");
                }
                if (sizeText != null) {
                  v.numbers(e, "size", sizeText, 2, 3);
                }
                yield Shape.Plane.ground();
              }
              default ->
                  throw v.error(
                      e,
                      "unknown geom type '"
                          + type
                          + "'; supported: plane, sphere, capsule,"
                          + " cylinder, box");
            };
      }
    } catch (IllegalArgumentException ex) {
      if (ex instanceof ModelFormatException) {
        throw ex;
      }
      throw v.error(e, "geom '" + name + "': " + ex.getMessage(), ex);
    }
    double friction =
        attr(e, "friction") == null ? 1 : v.numbers(e, "friction", attr(e, "friction"), 1, 3)[0];
    if (friction < 0) {
      throw v.error(e, "friction of geom '" + name + "' must be >= 0, got " + friction);
    }
    String condim = attr(e, "condim");
    if (condim != null) {
      switch (condim) {
        case "1" -> friction = 0;
        case "3", "4", "6" -> {}
        default ->
            throw v.error(e, "condim of geom '" + name + "' must be 1, 3, 4 or 6, got " + condim);
      }
    }
    double density =
        v.nonNegative(e, "density", attr(e, "density"), GeomSpec.DEFAULT_DENSITY_KG_PER_M3);
    if (e.attribute("mass") != null) {
      double mass = v.number(e, "mass", e.attribute("mass"), 0);
      if (mass < 0) {
        throw v.error(e, "geom '" + name + "' has negative mass " + mass + " kg");
      }
      density = shape.staticOnly() ? 0 : mass / MassProperties.fromDensity(shape, 1).massKg();
    }
    int contype = v.bits(e, "contype", attr(e, "contype"), 1);
    int conaffinity = v.bits(e, "conaffinity", attr(e, "conaffinity"), 1);
    return new GeomSpec(
        name, shape, local, friction, density, contype, conaffinity, rgba(e, Rgba.DEFAULT));
  }

  /**
   * MuJoCo's contact parameters of a geom as MuJoCo reads them (for the joint-space engine): all
   * three friction numbers whatever the condim, missing trailing numbers at MuJoCo's defaults.
   */
  private GeomContact contact(XmlElement e) {
    double[] friction = {1, 0.005, 0.0001};
    fill(friction, e, "friction", 1);
    double[] solref = Softness.MUJOCO_DEFAULT.solref();
    fill(solref, e, "solref", 2);
    double[] solimp = Softness.MUJOCO_DEFAULT.solimp();
    fill(solimp, e, "solimp", 3);
    int condim = attr(e, "condim") == null ? 3 : Integer.parseInt(attr(e, "condim"));
    try {
      return new GeomContact(
          condim,
          friction,
          v.nonNegative(e, "margin", attr(e, "margin"), 0),
          solref,
          solimp,
          v.nonNegative(e, "solmix", attr(e, "solmix"), 1));
    } catch (IllegalArgumentException ex) {
      throw v.error(e, "geom '" + attr(e, "name") + "': " + ex.getMessage(), ex);
    }
  }

  /** Overwrites the leading entries of {@code values} with the attribute's numbers, if given. */
  private void fill(double[] values, XmlElement e, String key, int least) {
    String text = attr(e, key);
    if (text != null) {
      double[] given = v.numbers(e, key, text, least, values.length);
      System.arraycopy(given, 0, values, 0, given.length);
    }
  }

  /** The joints' MuJoCo limit softness, by joint name. */
  Map<String, Softness> limitSoftness() {
    return Map.copyOf(limitSoftness);
  }

  /** Each link's geoms' MuJoCo contact parameters, by link name, in the links' geom order. */
  Map<String, List<GeomContact>> geomContacts() {
    Map<String, List<GeomContact>> out = new HashMap<>();
    for (Draft d : drafts) {
      out.put(d.name, List.copyOf(d.contacts));
    }
    return out;
  }

  private double[] size(XmlElement e, String sizeText, int min, int max) {
    if (sizeText == null) {
      throw v.error(e, "<geom> is missing required attribute 'size'");
    }
    return v.numbers(e, "size", sizeText, min, max);
  }

  private Rgba rgba(XmlElement e, Rgba fallback) {
    String text = attr(e, "rgba");
    if (text == null) {
      return fallback;
    }
    double[] c = v.numbers(e, "rgba", text, 4, 4);
    try {
      return new Rgba(c[0], c[1], c[2], c[3]);
    } catch (IllegalArgumentException ex) {
      throw v.error(e, "rgba: " + ex.getMessage(), ex);
    }
  }

  private SiteSpec site(XmlElement e) {
    v.allowOnly(e, SITE_ATTRS);
    String name = v.required(e, "name");
    rgba(e, SITE_RGBA);
    return new SiteSpec(name, vectorOrDefault(e, "pos"));
  }

  private InertialSpec inertial(XmlElement e) {
    v.allowOnly(e, INERTIAL_ATTRS);
    double mass = v.number(e, "mass", v.required(e, "mass"), 0);
    if (mass <= 0) {
      throw v.error(
          e, (mass < 0 ? "negative" : "zero") + " inertial mass " + mass + " kg; it must be > 0");
    }
    double[] d = v.numbers(e, "diaginertia", v.required(e, "diaginertia"), 3, 3);
    for (double moment : d) {
      if (moment <= 0) {
        throw v.error(e, "diaginertia values must be > 0 kg·m², got " + moment);
      }
    }
    return new InertialSpec(
        mass,
        new Vector3d(d[0], d[1], d[2]),
        new Pose(v.vector(e, "pos", new Vector3d()), v.orientation(e)));
  }

  /**
   * Scales every moving link's mass (densities and inertials) so the moving links weigh {@code
   * totalKg}.
   */
  void setTotalMass(XmlElement at, double totalKg) {
    double current = 0;
    for (Draft d : drafts) {
      if (!d.isStatic()) {
        current += massOf(d);
      }
    }
    if (current <= 0) {
      throw v.error(at, "settotalmass: the model's moving links have no mass to scale");
    }
    double factor = totalKg / current;
    for (Draft d : drafts) {
      if (d.isStatic()) {
        continue;
      }
      d.geoms.replaceAll(g -> g.withDensity(g.densityKgPerM3() * factor));
      if (d.inertial != null) {
        d.inertial =
            new InertialSpec(
                d.inertial.massKg() * factor,
                new Vector3d(d.inertial.diagonalInertiaKgM2()).mul(factor),
                d.inertial.frame());
      }
    }
  }

  /** Mass of a draft link (kg): its inertial, else the sum of its geoms' density × volume. */
  static double massOf(Draft d) {
    if (d.inertial != null) {
      return d.inertial.massKg();
    }
    double mass = 0;
    for (GeomSpec g : d.geoms) {
      if (g.densityKgPerM3() > 0 && !g.shape().staticOnly()) {
        mass += MassProperties.fromDensity(g.shape(), g.densityKgPerM3()).massKg();
      }
    }
    return mass;
  }

  /** The immutable links, in file order. */
  List<LinkSpec> links() {
    List<LinkSpec> out = new ArrayList<>();
    for (Draft d : drafts) {
      try {
        out.add(new LinkSpec(d.name, d.parent, d.pose, d.geoms, d.inertial, d.joints, d.sites));
      } catch (IllegalArgumentException ex) {
        throw v.error(d.element, ex.getMessage(), ex);
      }
    }
    return out;
  }
}
