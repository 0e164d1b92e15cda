package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.Joint;
import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.JointType;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Builds a {@link ModelSpec} into a world at qpos0. MuJoCo's planar root (slide, slide, hinge with
 * perpendicular axes) becomes one planar engine joint: 3 constraint rows instead of 15 and no extra
 * bodies. Other links with several joints become a chain through light connector bodies (world
 * –joint 1→ connector –joint 2→ ... → link), which both engines solve as ordinary joints.
 */
final class ModelBuilder {
  /**
   * Connector mass and inertia as a fraction of its link's (0.1%): small enough to leave the
   * dynamics alone. A connector reached through slides only cannot turn, so it gets the link's full
   * inertia instead: that changes no motion and keeps the iterative solvers' inertia ratios sane
   * (with tiny connector inertia the planar root slipped by centimetres under impacts).
   */
  static final double CONNECTOR_FRACTION = 1e-3;

  /** Radius of gyration (m) of a link without geoms or inertial. */
  private static final double MASSLESS_GYRATION_M = 0.01;

  /** Mass given to a moving link without geoms or inertial (kg). */
  private static final double MASSLESS_LINK_KG = 1e-3;

  /** Smallest principal moment, relative to the link's largest, so thin shapes stay solvable. */
  private static final double MIN_MOMENT_FRACTION = 1e-6;

  private static final Shape CONNECTOR_SHAPE = new Shape.Sphere(0.01);

  /** Largest |cos| between unit axes that still counts as perpendicular. */
  private static final double PERPENDICULAR_TOLERANCE = 1e-9;

  private ModelBuilder() {}

  static ArticulatedModel build(ModelSpec spec, PhysicsWorld world) {
    if (world == null || world.isClosed()) {
      throw new IllegalArgumentException("model '" + spec.name() + "' needs an open world");
    }
    world.setGravity(spec.gravityMps2());
    int exclusionGroup = spec.selfCollision() ? 0 : world.bodies().size() + 1;
    boolean engineArmature = world.supportsJointArmature();
    Map<String, Integer> linkIndex = new HashMap<>();
    List<LinkRuntime> links = new ArrayList<>();
    List<JointRuntime> joints = new ArrayList<>();
    int qpos = 0, qvel = 0;
    LinkFusion fusion = new LinkFusion(spec, world.reportsContactParts());
    for (int index = 0; index < spec.links().size(); index++) {
      LinkSpec linkSpec = spec.links().get(index);
      int parent = linkSpec.parentName() == null ? -1 : linkIndex.get(linkSpec.parentName());
      LinkRuntime parentLink = parent < 0 ? null : links.get(parent);
      Pose restPose =
          parent < 0 ? linkSpec.poseInParent() : parentLink.restPose.mul(linkSpec.poseInParent());
      int[] planarDofs = linkSpec.isStatic() ? null : planarDofs(linkSpec.joints());
      LinkRuntime link =
          linkSpec.isStatic()
              ? staticLink(linkSpec, restPose, world)
              : fusion.host[index] >= 0
                  ? fusedLink(
                      linkSpec,
                      parent,
                      restPose,
                      fusion.poseInHost[index],
                      links.get(fusion.host[index]))
                  : movingLink(
                      linkSpec,
                      parent,
                      restPose,
                      world,
                      exclusionGroup,
                      planarDofs,
                      engineArmature,
                      fusion.members(index));
      Body parentBody = parentLink == null ? null : parentLink.body();
      if (!link.isStatic() && !link.fused) {
        List<JointDef> defs = linkSpec.joints();
        if (defs.isEmpty()) {
          world.addJoint(JointSpec.fixed(linkSpec.name(), parentBody, link.body()));
        }
        Joint planar =
            planarDofs == null
                ? null
                : world.addJoint(planarJoint(defs, planarDofs, parentBody, link.body(), restPose));
        for (int k = 0; k < defs.size(); k++) {
          JointDef def = defs.get(k);
          Joint engine = planar;
          if (planar == null && def.kind() != JointDef.Kind.FREE) {
            Body before = k == 0 ? parentBody : link.stages[k - 1];
            engine = world.addJoint(engineJoint(def, before, link.stages[k], restPose));
            if (jointSpaceArmature(def, planarDofs, engineArmature)) {
              engine.setArmature(def.armatureKgM2());
            }
          }
          joints.add(
              new JointRuntime(
                  def,
                  links.size(),
                  planar == null ? k : 0,
                  qpos,
                  qvel,
                  engine,
                  planar == null ? 0 : planarDofs[k]));
          qpos += def.kind().qposSize();
          qvel += def.kind().qvelSize();
        }
        if (parentBody != null && link.stages.length > 1) {
          world.excludeCollision(parentBody, link.body());
        }
      }
      linkIndex.put(linkSpec.name(), links.size());
      links.add(link);
    }
    // The limits are stepped at the engine's sub-step, which may split the model's timestep.
    double stepSeconds = Math.min(spec.timestepSeconds(), world.settings().maxSubStepSeconds());
    SoftJointLimits.apply(links, joints, engineArmature, stepSeconds, qvel);
    return new ArticulatedModel(spec, world, links, joints, qpos, qvel);
  }

  private static LinkRuntime staticLink(LinkSpec spec, Pose restPose, PhysicsWorld world) {
    Body[] bodies = new Body[spec.geoms().size()];
    for (int g = 0; g < bodies.length; g++) {
      GeomSpec geom = spec.geoms().get(g);
      bodies[g] =
          world.addBody(
              BodySpec.fixed(spec.name(), geom.shape())
                  .pose(restPose.mul(geom.localPose()))
                  .friction(geom.friction())
                  .collision(geom.contype(), geom.conaffinity())
                  .build());
    }
    return new LinkRuntime(spec, -1, restPose, new Body[0], new Pose[0], bodies, 0, false, null);
  }

  /**
   * A welded link on its host's body: its frame sits at its fixed pose in the host's frame, so the
   * body's frame is at {@code inHost⁻¹ · hostOffset} from it.
   */
  private static LinkRuntime fusedLink(
      LinkSpec spec, int parent, Pose restPose, Pose poseInHost, LinkRuntime host) {
    Pose offset = poseInHost.inverse().mul(host.stageOffsets[host.stageOffsets.length - 1]);
    return new LinkRuntime(
        spec,
        parent,
        restPose,
        new Body[] {host.body()},
        new Pose[] {offset},
        new Body[0],
        linkInertia(spec).massKg(),
        true,
        null);
  }

  /**
   * Whether {@code def}'s armature goes into joint space (the engine supports it and the joint is a
   * hinge of its own rather than part of a planar triple); else it becomes rotor inertia on the
   * body the joint moves.
   */
  static boolean jointSpaceArmature(JointDef def, int[] planarDofs, boolean engineArmature) {
    return def.armatureKgM2() > 0
        && def.kind() == JointDef.Kind.HINGE
        && planarDofs == null
        && engineArmature;
  }

  /**
   * A moving link's stage bodies; {@code planarDofs} non-null: its joints are a planar triple,
   * carried by one body.
   */
  private static LinkRuntime movingLink(
      LinkSpec spec,
      int parent,
      Pose restPose,
      PhysicsWorld world,
      int exclusionGroup,
      int[] planarDofs,
      boolean engineArmature,
      List<LinkFusion.Member> members) {
    boolean planar = planarDofs != null;
    List<JointDef> defs = spec.joints();
    int stageCount = planar ? 1 : Math.max(1, defs.size());
    Body[] stages = new Body[stageCount];
    Pose[] offsets = new Pose[stageCount];
    InertiaTensors linkInertia = members.size() > 1 ? fusedInertia(members) : linkInertia(spec);
    double linkMass = linkInertia.massKg() > 0 ? linkInertia.massKg() : MASSLESS_LINK_KG;
    if (linkInertia.massKg() == 0) {
      double moment = linkMass * MASSLESS_GYRATION_M * MASSLESS_GYRATION_M;
      linkInertia.addSolid(linkMass, new Vector3d(moment), Pose.IDENTITY);
    }
    Vector3d linkMoments = new Vector3d();
    linkInertia.principalFrame(linkMoments, 0);
    double linkMoment = Math.max(linkMoments.x, Math.max(linkMoments.y, linkMoments.z));
    boolean canTurn = false;
    List<Integer> partLinks = new ArrayList<>();
    for (int k = 0; k < stageCount; k++) {
      boolean last = k == stageCount - 1;
      InertiaTensors inertia = last ? linkInertia : new InertiaTensors();
      // The joint whose armature this stage carries: the hinge of a planar root.
      JointDef def = defs.isEmpty() ? null : defs.get(planar ? 2 : k);
      canTurn |= def != null && def.kind() != JointDef.Kind.SLIDE;
      if (!last) {
        double moment = canTurn ? CONNECTOR_FRACTION * linkMoment : linkMoment;
        inertia.addSolid(CONNECTOR_FRACTION * linkMass, new Vector3d(moment), Pose.IDENTITY);
      }
      if (def != null
          && def.kind() == JointDef.Kind.HINGE
          && def.armatureKgM2() > 0
          && !jointSpaceArmature(def, planarDofs, engineArmature)) {
        inertia.addAxisInertia(def.axis(), def.armatureKgM2());
      }
      Vector3d moments = new Vector3d();
      offsets[k] = inertia.principalFrame(moments, MIN_MOMENT_FRACTION * linkMoment);
      String name = last ? spec.name() : spec.name() + "/" + defs.get(k).name();
      BodySpec.Builder body =
          last
              ? linkBody(spec, members, offsets[k], partLinks)
              : BodySpec.dynamic(name, CONNECTOR_SHAPE).collision(0, 0);
      stages[k] =
          world.addBody(
              body.pose(restPose.mul(offsets[k]))
                  .mass(inertia.massKg(), moments.x, moments.y, moments.z)
                  .exclusionGroup(exclusionGroup)
                  .build());
    }
    double ownMass = members.size() > 1 ? linkInertia(spec).massKg() : linkMass;
    int[] parts = null;
    if (members.size() > 1) {
      parts = partLinks.stream().mapToInt(Integer::intValue).toArray();
    }
    return new LinkRuntime(
        spec, parent, restPose, stages, offsets, new Body[0], ownMass, false, parts);
  }

  /** The mass of a host link and the welded links fused into it, in the host's frame. */
  private static InertiaTensors fusedInertia(List<LinkFusion.Member> members) {
    InertiaTensors inertia = new InertiaTensors();
    for (LinkFusion.Member member : members) {
      LinkSpec link = member.spec();
      if (link.inertial() != null) {
        InertialSpec own = link.inertial();
        inertia.addSolid(
            own.massKg(), own.diagonalInertiaKgM2(), member.poseInHost().mul(own.frame()));
      } else {
        for (GeomSpec geom : link.geoms()) {
          inertia.addGeom(geom, member.poseInHost());
        }
      }
    }
    return inertia;
  }

  /** A link's own mass and inertia: its inertial, else its geoms' density masses. */
  static InertiaTensors linkInertia(LinkSpec spec) {
    InertiaTensors inertia = new InertiaTensors();
    if (spec.inertial() != null) {
      inertia.addSolid(
          spec.inertial().massKg(), spec.inertial().diagonalInertiaKgM2(), spec.inertial().frame());
    } else {
      spec.geoms().forEach(inertia::addGeom);
    }
    return inertia;
  }

  /**
   * The link's body: its colliding geoms as one compound in the inertial frame, sharing one
   * material.
   */
  private static BodySpec.Builder linkBody(
      LinkSpec spec, List<LinkFusion.Member> members, Pose inertialFrame, List<Integer> partLinks) {
    Pose toInertial = inertialFrame.inverse();
    List<Shape.Child> children = new ArrayList<>();
    GeomSpec material = null;
    for (LinkFusion.Member member : members) {
      for (GeomSpec geom : member.spec().geoms()) {
        if (!geom.collides()) {
          continue;
        }
        if (material == null) {
          material = geom;
        } else if (geom.friction() != material.friction()
            || geom.contype() != material.contype()
            || geom.conaffinity() != material.conaffinity()) {
          throw new IllegalArgumentException(
              "link '"
                  + spec.name()
                  + "': colliding geoms '"
                  + material.name()
                  + "' and '"
                  + geom.name()
                  + "' differ in friction or contact bits; one link has one material");
        }
        if (geom.shape().staticOnly()) {
          throw new IllegalArgumentException(
              "link '"
                  + spec.name()
                  + "' moves: geom '"
                  + geom.name()
                  + "' has a static-only shape");
        }
        Pose local =
            members.size() > 1 ? member.poseInHost().mul(geom.localPose()) : geom.localPose();
        children.add(new Shape.Child(geom.shape(), toInertial.mul(local)));
        partLinks.add(member.link());
      }
    }
    if (material == null) {
      return BodySpec.dynamic(spec.name(), CONNECTOR_SHAPE).collision(0, 0);
    }
    return BodySpec.dynamic(spec.name(), new Shape.Compound(children))
        .friction(material.friction())
        .collision(material.contype(), material.conaffinity());
  }

  /**
   * For MuJoCo's planar triple (slide, slide, hinge; mutually perpendicular axes; no limits; one
   * damping and one stiffness), the planar joint's DOF of each joint, else null. DOF 0 is the slide
   * that a quarter turn about the hinge axis carries onto the other slide.
   */
  private static int[] planarDofs(List<JointDef> defs) {
    if (defs.size() != 3
        || defs.get(0).kind() != JointDef.Kind.SLIDE
        || defs.get(1).kind() != JointDef.Kind.SLIDE
        || defs.get(2).kind() != JointDef.Kind.HINGE) {
      return null;
    }
    for (JointDef def : defs) {
      if (def.lowerLimit() > Double.NEGATIVE_INFINITY
          || def.upperLimit() < Double.POSITIVE_INFINITY
          || def.damping() != defs.get(0).damping()
          || def.stiffness() != defs.get(0).stiffness()) {
        return null;
      }
    }
    Vector3dc a = defs.get(0).axis(), b = defs.get(1).axis(), n = defs.get(2).axis();
    if (Math.abs(a.dot(b)) > PERPENDICULAR_TOLERANCE
        || Math.abs(a.dot(n)) > PERPENDICULAR_TOLERANCE
        || Math.abs(b.dot(n)) > PERPENDICULAR_TOLERANCE) {
      return null;
    }
    return n.cross(a, new Vector3d()).dot(b) > 0 ? new int[] {0, 1, 2} : new int[] {1, 0, 2};
  }

  /**
   * The planar joint for a planar triple, through the hinge's anchor, created at {@code restPose}.
   */
  private static JointSpec planarJoint(
      List<JointDef> defs, int[] dofs, Body parent, Body child, Pose restPose) {
    JointDef hinge = defs.get(2);
    JointDef first = defs.get(dofs[0] == 0 ? 0 : 1);
    Vector3d anchor = restPose.transformPoint(hinge.anchorM(), new Vector3d());
    Vector3d normal = restPose.orientation().transform(hinge.axis(), new Vector3d());
    Vector3d inPlane = restPose.orientation().transform(first.axis(), new Vector3d());
    String name = defs.get(0).name() + "/" + defs.get(1).name() + "/" + hinge.name();
    return JointSpec.planar(name, parent, child, anchor, normal, inPlane)
        .withDamping(hinge.damping())
        .withStiffness(hinge.stiffness());
  }

  /**
   * The engine joint for {@code def}, created while every frame of the link sits at {@code
   * restPose}.
   */
  private static JointSpec engineJoint(JointDef def, Body parent, Body child, Pose restPose) {
    Vector3d anchor = restPose.transformPoint(def.anchorM(), new Vector3d());
    Vector3dc axis = restPose.orientation().transform(def.axis(), new Vector3d());
    JointType type =
        switch (def.kind()) {
          case HINGE -> JointType.HINGE;
          case SLIDE -> JointType.SLIDER;
          default -> JointType.BALL;
        };
    double lower = def.lowerLimit() - def.reference();
    double upper = def.upperLimit() - def.reference();
    return new JointSpec(
        def.name(),
        type,
        parent,
        child,
        anchor,
        axis,
        null,
        lower,
        upper,
        def.damping(),
        def.stiffness());
  }
}
