package dev.jymnasium.robots.model;

import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.model.ActuatorSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.ModelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joml.Vector3d;

/**
 * Loads the MJCF subset described in {@link dev.jymnasium.robots.model the package docs} into a
 * {@link ModelSpec}. Every error is a {@link ModelFormatException} naming the file and line.
 * Thread-safe (no shared state).
 */
public final class MjcfLoader {
  /** Classpath folder of the bundled models. */
  public static final String MODEL_FOLDER = "dev/jymnasium/robots/models/";

  private static final Set<String> ROOT_CHILDREN =
      Set.of("compiler", "option", "default", "worldbody", "actuator");
  private static final Set<String> DEFAULTABLE = Set.of("joint", "geom", "motor", "site");
  private static final Set<String> INTEGRATORS = Set.of("Euler", "RK4", "implicit", "implicitfast");

  /**
   * MuJoCo's solver names. PGS (our default, not MuJoCo's) is the iterative solver; CG and Newton
   * converge, so they map to a direct solve where the engine has one.
   */
  private static final Set<String> SOLVERS = Set.of("PGS", "CG", "Newton");

  private MjcfLoader() {}

  /** Loads a bundled model, e.g. {@code "hopper.xml"}. */
  public static MjcfModel loadResource(String fileName) {
    String path = MODEL_FOLDER + fileName;
    try (InputStream in = MjcfLoader.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no bundled model '" + fileName + "' (classpath " + path + ")");
      }
      return load(in, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + path, e);
    }
  }

  /**
   * Loads {@code name} from wherever it is: a file when {@code name} is a path to one, else a
   * bundled model ({@code "hopper.xml"}), else any classpath resource ({@code "com/acme/arm.xml"}),
   * so a user's module can ship its own models.
   *
   * @throws IllegalArgumentException when none of the three has it, naming the places looked in
   */
  public static MjcfModel loadAny(String name) {
    Path file = Path.of(name);
    if (Files.isRegularFile(file)) {
      return load(file);
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (String path : new String[] {MODEL_FOLDER + name, name}) {
      try (InputStream in =
          (loader != null ? loader : MjcfLoader.class.getClassLoader()).getResourceAsStream(path)) {
        if (in != null) {
          return load(in, name);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read model " + path, e);
      }
    }
    throw new IllegalArgumentException(
        "no model '"
            + name
            + "': not a file ("
            + file.toAbsolutePath()
            + "), not a bundled model ("
            + MODEL_FOLDER
            + name
            + "), not a classpath resource");
  }

  /** Loads a model file. */
  public static MjcfModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + file, e);
    }
  }

  /** Loads a model from XML text; {@code source} names it in error messages. */
  public static MjcfModel parse(String xml, String source) {
    return load(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source);
  }

  /** Loads a model from a stream (not closed here); {@code source} names it in error messages. */
  public static MjcfModel load(InputStream in, String source) {
    XmlElement root = XmlTreeReader.read(in, source);
    MjcfValues v = new MjcfValues(source);
    if (!root.name.equals("mujoco")) {
      throw v.error(root, "root element must be <mujoco>, got <" + root.name + ">");
    }
    v.allowOnly(root, Set.of("model"));
    String name = root.attribute("model") == null ? source : root.attribute("model");
    for (XmlElement child : root.children()) {
      if (!ROOT_CHILDREN.contains(child.name)) {
        throw v.error(
            child,
            "<"
                + child.name
                + "> is not supported in <mujoco>; supported: "
                + new java.util.TreeSet<>(ROOT_CHILDREN));
      }
    }
    XmlElement compiler = single(root, "compiler", v);
    Double totalMass = null;
    if (compiler != null) {
      v.allowOnly(compiler, Set.of("angle", "settotalmass", "inertiafromgeom", "coordinate"));
      String angle = compiler.attribute("angle");
      if (angle != null && !angle.equals("degree") && !angle.equals("radian")) {
        throw v.error(compiler, "angle must be degree or radian, got \"" + angle + "\"");
      }
      v.degrees = !"radian".equals(angle);
      if (compiler.attribute("coordinate") != null
          && !compiler.attribute("coordinate").equals("local")) {
        throw v.error(compiler, "only coordinate=\"local\" is supported");
      }
      if (compiler.attribute("settotalmass") != null) {
        totalMass = v.number(compiler, "settotalmass", 0);
        if (totalMass <= 0) {
          throw v.error(compiler, "settotalmass must be > 0 kg, got " + totalMass);
        }
      }
    }
    XmlElement option = single(root, "option", v);
    Vector3d gravity = new Vector3d(0, 0, -9.81);
    double timestep = 0.002;
    String integrator = "Euler";
    ConstraintSolver solver = ConstraintSolver.ITERATIVE;
    double density = 0;
    double viscosity = 0;
    boolean selfCollision = false;
    if (option != null) {
      v.allowOnly(
          option,
          Set.of(
              "timestep",
              "gravity",
              "integrator",
              "solver",
              "density",
              "viscosity",
              "selfcollision"));
      gravity = v.vector(option, "gravity", gravity);
      timestep = v.number(option, "timestep", timestep);
      if (timestep <= 0) {
        throw v.error(option, "timestep must be > 0 s, got " + timestep);
      }
      if (option.attribute("integrator") != null) {
        integrator = option.attribute("integrator");
        if (!INTEGRATORS.contains(integrator)) {
          throw v.error(
              option, "unknown integrator \"" + integrator + "\"; supported: " + INTEGRATORS);
        }
      }
      if (option.attribute("solver") != null) {
        String solverName = option.attribute("solver");
        if (!SOLVERS.contains(solverName)) {
          throw v.error(option, "unknown solver \"" + solverName + "\"; supported: " + SOLVERS);
        }
        solver = "PGS".equals(solverName) ? ConstraintSolver.ITERATIVE : ConstraintSolver.DIRECT;
      }
      density = v.nonNegative(option, "density", option.attribute("density"), 0);
      viscosity = v.nonNegative(option, "viscosity", option.attribute("viscosity"), 0);
      Boolean self = v.tristate(option, "selfcollision", option.attribute("selfcollision"));
      selfCollision = self != null && self;
    }
    MjcfBodies bodies = new MjcfBodies(v, defaults(single(root, "default", v), v));
    XmlElement world = single(root, "worldbody", v);
    if (world == null) {
      throw v.error(root, "<mujoco> needs a <worldbody>");
    }
    bodies.readWorld(world);
    if (totalMass != null) {
      bodies.setTotalMass(compiler, totalMass);
    }
    List<ActuatorSpec> actuators =
        actuators(
            single(root, "actuator", v),
            bodies.jointKinds,
            defaults(single(root, "default", v), v).get("motor"),
            v);
    try {
      ModelSpec spec =
          new ModelSpec(name, gravity, timestep, bodies.links(), actuators, selfCollision, false);
      return new MjcfModel(
          spec,
          source,
          integrator,
          solver,
          density,
          viscosity,
          bodies.geomContacts(),
          bodies.limitSoftness());
    } catch (ModelFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw v.error(root, e.getMessage(), e);
    }
  }

  private static XmlElement single(XmlElement root, String name, MjcfValues v) {
    XmlElement found = null;
    for (XmlElement child : root.children()) {
      if (child.name.equals(name)) {
        if (found != null) {
          throw v.error(child, "<" + name + "> appears more than once");
        }
        found = child;
      }
    }
    return found;
  }

  private static Map<String, XmlElement> defaults(XmlElement element, MjcfValues v) {
    Map<String, XmlElement> out = new HashMap<>();
    if (element == null) {
      return out;
    }
    v.allowOnly(element, Set.of());
    for (XmlElement child : element.children()) {
      if (!DEFAULTABLE.contains(child.name)) {
        throw v.error(
            child,
            "<"
                + child.name
                + "> is not supported in <default> (no classes); supported: "
                + new java.util.TreeSet<>(DEFAULTABLE));
      }
      if (child.attribute("name") != null) {
        throw v.error(child, "defaults cannot set 'name'");
      }
      if (out.put(child.name, child) != null) {
        throw v.error(child, "<default> sets <" + child.name + "> twice");
      }
    }
    return out;
  }

  private static List<ActuatorSpec> actuators(
      XmlElement element,
      Map<String, JointDef.Kind> joints,
      XmlElement motorDefault,
      MjcfValues v) {
    List<ActuatorSpec> out = new ArrayList<>();
    if (element == null) {
      return out;
    }
    v.allowOnly(element, Set.of());
    Set<String> names = new HashSet<>();
    for (XmlElement e : element.children()) {
      if (!e.name.equals("motor") && !e.name.equals("position")) {
        throw v.error(e, "unsupported actuator <" + e.name + ">; supported: motor, position");
      }
      boolean servo = e.name.equals("position");
      v.allowOnly(
          e,
          servo
              ? Set.of(
                  "name",
                  "joint",
                  "kp",
                  "kv",
                  "ctrlrange",
                  "ctrllimited",
                  "forcerange",
                  "forcelimited")
              : Set.of("name", "joint", "gear", "ctrlrange", "ctrllimited"));
      String joint = v.required(e, "joint");
      JointDef.Kind kind = joints.get(joint);
      if (kind == null) {
        throw v.error(
            e,
            e.name
                + " drives unknown joint '"
                + joint
                + "'; known: "
                + new java.util.TreeSet<>(joints.keySet()));
      }
      if (kind != JointDef.Kind.HINGE && kind != JointDef.Kind.SLIDE) {
        throw v.error(
            e,
            e.name
                + " on "
                + kind
                + " joint '"
                + joint
                + "'; actuators drive hinge and slide joints");
      }
      String name = e.attribute("name") == null ? joint : e.attribute("name");
      if (!names.add(name)) {
        throw v.error(e, "duplicate actuator name '" + name + "'");
      }
      XmlElement defaults = servo ? null : motorDefault;
      double[] ctrl = limits(e, defaults, "ctrl", v);
      if (servo) {
        // MuJoCo's <position>: kp 1 and kv 0 by default; forcerange bounds the servo's effort.
        double kp = e.attribute("kp") == null ? 1 : v.numbers(e, "kp", e.attribute("kp"), 1, 1)[0];
        double kv = e.attribute("kv") == null ? 0 : v.numbers(e, "kv", e.attribute("kv"), 1, 1)[0];
        double[] force = limits(e, null, "force", v);
        double forceLimit = Math.min(Math.abs(force[0]), Math.abs(force[1]));
        out.add(new ActuatorSpec.PositionServo(name, joint, kp, kv, ctrl[0], ctrl[1], forceLimit));
      } else {
        String gearText = pick(e, motorDefault, "gear");
        double gear = gearText == null ? 1 : v.numbers(e, "gear", gearText, 1, 6)[0];
        out.add(new ActuatorSpec.Motor(name, joint, gear, ctrl[0], ctrl[1]));
      }
    }
    return out;
  }

  /**
   * MuJoCo's {@code <prefix>range} with {@code <prefix>limited}: (lower, upper), infinite when
   * unlimited.
   */
  private static double[] limits(XmlElement e, XmlElement defaults, String prefix, MjcfValues v) {
    String rangeText = pick(e, defaults, prefix + "range");
    Boolean limited = v.tristate(e, prefix + "limited", pick(e, defaults, prefix + "limited"));
    if (!(limited == null ? rangeText != null : limited)) {
      return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }
    if (rangeText == null) {
      throw v.error(
          e,
          e.name
              + " '"
              + e.attribute("joint")
              + "' is "
              + prefix
              + "limited but has no '"
              + prefix
              + "range'");
    }
    double[] r = v.numbers(e, prefix + "range", rangeText, 2, 2);
    if (r[0] > r[1]) {
      throw v.error(
          e,
          e.name
              + " '"
              + e.attribute("joint")
              + "': "
              + prefix
              + "range lower "
              + r[0]
              + " is above upper "
              + r[1]);
    }
    return r;
  }

  private static String pick(XmlElement e, XmlElement fallback, String key) {
    String value = e.attribute(key);
    return value != null || fallback == null ? value : fallback.attribute(key);
  }
}
