package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.WorldSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * An articulated model that either engine can instantiate: a tree of links (parents first), with
 * joints, actuators and sites. qpos/qvel order = links in order, each link's joints in order.
 *
 * @param name model name
 * @param gravityMps2 gravity (m/s²)
 * @param timestepSeconds physics step (s, > 0): use as the world's maximum sub-step
 * @param links links, each parent before its children
 * @param actuators actuators in control-vector order
 * @param selfCollision false: no contacts between any two links of the model; true: contacts except
 *     between a link and its parent link
 * @param fuseWeldedLinks true: a welded link (no joints) under a moving link shares its parent's
 *     engine body (the body carries both links' geoms and their mass together) instead of being a
 *     body of its own held by a fixed joint, where the world {@link
 *     PhysicsWorld#reportsContactParts() reports contact parts}; the links keep their own frames,
 *     masses and contact forces. Rigid as MuJoCo's weld, with no constraint rows to solve
 */
public record ModelSpec(
    String name,
    Vector3dc gravityMps2,
    double timestepSeconds,
    List<LinkSpec> links,
    List<ActuatorSpec> actuators,
    boolean selfCollision,
    boolean fuseWeldedLinks) {

  public ModelSpec {
    gravityMps2 = new Vector3d(Checks.finite("gravityMps2 of model '" + name + "'", gravityMps2));
    Checks.positive("timestepSeconds of model '" + name + "'", timestepSeconds);
    links = List.copyOf(links);
    actuators = List.copyOf(actuators == null ? List.of() : actuators);
    Set<String> linkNames = new HashSet<>();
    Set<String> jointNames = new HashSet<>();
    Set<String> siteNames = new HashSet<>();
    for (LinkSpec link : links) {
      if (link.parentName() != null && !linkNames.contains(link.parentName())) {
        throw new IllegalArgumentException(
            "link '"
                + link.name()
                + "': parent '"
                + link.parentName()
                + "' must be listed before it");
      }
      requireNew(linkNames, link.name(), "link");
      link.joints().forEach(j -> requireNew(jointNames, j.name(), "joint"));
      link.sites().forEach(s -> requireNew(siteNames, s.name(), "site"));
    }
    Set<String> actuatorNames = new HashSet<>();
    for (ActuatorSpec actuator : actuators) {
      requireNew(actuatorNames, actuator.name(), "actuator");
      String joint = ArticulatedModel.drivenJoint(actuator);
      if (joint != null && !jointNames.contains(joint)) {
        throw new IllegalArgumentException(
            "actuator '" + actuator.name() + "' drives unknown joint '" + joint + "'");
      }
      if (actuator instanceof ActuatorSpec.Thruster t
          && !linkNames.contains(t.target())
          && !siteNames.contains(t.target())) {
        throw new IllegalArgumentException(
            "thruster '"
                + t.name()
                + "' acts on '"
                + t.target()
                + "', which is neither a link nor a site");
      }
    }
  }

  private static void requireNew(Set<String> names, String name, String what) {
    if (!names.add(name)) {
      throw new IllegalArgumentException("duplicate " + what + " name '" + name + "'");
    }
  }

  /** A model with gravity 9.81 m/s² along −z and self-collision off. */
  public static ModelSpec of(
      String name, double timestepSeconds, List<LinkSpec> links, List<ActuatorSpec> actuators) {
    return new ModelSpec(
        name,
        new Vector3d(0, 0, -WorldSettings.STANDARD_GRAVITY_MPS2),
        timestepSeconds,
        links,
        actuators,
        false,
        false);
  }

  /** A copy with other gravity (m/s²). */
  public ModelSpec withGravity(double x, double y, double z) {
    return new ModelSpec(
        name,
        new Vector3d(x, y, z),
        timestepSeconds,
        links,
        actuators,
        selfCollision,
        fuseWeldedLinks);
  }

  /** A copy with other links (each parent before its children). */
  public ModelSpec withLinks(List<LinkSpec> value) {
    return new ModelSpec(
        name, gravityMps2, timestepSeconds, value, actuators, selfCollision, fuseWeldedLinks);
  }

  /** A copy with each geom replaced by {@code change.apply(link, geom)}. */
  public ModelSpec mapGeoms(BiFunction<LinkSpec, GeomSpec, GeomSpec> change) {
    List<LinkSpec> changed = new ArrayList<>();
    for (LinkSpec link : links) {
      List<GeomSpec> geoms = new ArrayList<>();
      for (GeomSpec geom : link.geoms()) {
        geoms.add(change.apply(link, geom));
      }
      changed.add(link.withGeoms(geoms));
    }
    return withLinks(changed);
  }

  /** A copy with self-collision switched. */
  public ModelSpec withSelfCollision(boolean on) {
    return new ModelSpec(name, gravityMps2, timestepSeconds, links, actuators, on, fuseWeldedLinks);
  }

  /** A copy with welded links fused into their parents' bodies or not ({@code fuseWeldedLinks}). */
  public ModelSpec withFusedWeldedLinks(boolean on) {
    return new ModelSpec(name, gravityMps2, timestepSeconds, links, actuators, selfCollision, on);
  }

  /**
   * Solver iterations for articulated models on every engine. 12 rather than ODE's 20 buys ~25%
   * speed on the planar walkers with the same joint-limit overshoot and resting contact forces; at
   * JBullet's default of 10, a resting body's contact forces read 10% high and a flipped
   * HalfCheetah on ODE4J can be flung out of a deep contact.
   */
  public static final int SOLVER_ITERATIONS = 12;

  /**
   * Default world settings with this model's gravity, the timestep as maximum sub-step and {@link
   * #SOLVER_ITERATIONS}.
   */
  public WorldSettings worldSettings() {
    return WorldSettings.defaults()
        .withGravity(gravityMps2.x(), gravityMps2.y(), gravityMps2.z())
        .withMaxSubStep(timestepSeconds)
        .withSolverIterations(SOLVER_ITERATIONS);
  }

  /** Builds the model into {@code world} (and sets the world's gravity) at qpos0. */
  public ArticulatedModel instantiate(PhysicsWorld world) {
    return ModelBuilder.build(this, world);
  }
}
