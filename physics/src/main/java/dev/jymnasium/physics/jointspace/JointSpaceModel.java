package dev.jymnasium.physics.jointspace;

import dev.jymnasium.physics.SoftLimit;
import dev.jymnasium.physics.model.ActuatorSpec;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkInertia;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ModelSpec} compiled for {@link JointSpaceSimulation}: MuJoCo's {@code mjModel} for trees
 * of hinge and slide joints, optionally on a free root, with contacts between capsules, cylinders,
 * spheres and static planes ({@link Contacts}), flattened into arrays. Immutable; one model can
 * back any number of simulations.
 *
 * <p>Links keep the spec's order (parents first); DOFs are the links' joints in order, so qpos and
 * qvel addresses equal the world path's (a free joint: 7 qpos, 6 qvel, as MuJoCo's). A link with no
 * joints is welded to its parent, a top-level one to the world.
 */
public final class JointSpaceModel {
  final ModelSpec spec;
  final double timestepS;
  final Integrator integrator;

  /** Whether any DOF has damping (then MuJoCo's Euler integrates it implicitly). */
  final boolean damped;

  final double[] gravity;
  final int linkCount;
  final int[] parent;

  /** Per link: the top-level link of its tree, and (for top-level links) the tree's mass (kg). */
  final int[] root;

  final double[] treeMass;
  final double[] bodyPos;
  final double[] bodyQuat;
  final double[] mass;
  final double[] centre;
  final double[] inertiaQuat;
  final double[] moments;
  final boolean[] moving;

  /** Per link: whether its principal axes are its frame's axes (the inertia needs no turn). */
  final boolean[] alignedInertia;

  final int[] dofStart;
  final int[] dofCount;

  /** Per link: its last DOF, or (without joints) its parent's; -1 where no DOF moves it. */
  final int[] lastDof;

  final int nv;

  /** Length of qpos: nv, plus one per free joint (its quaternion has 4 entries for 3 DOFs). */
  final int nq;

  /** qpos at the written pose (MuJoCo's qpos0): the references, a free link's pose. */
  final double[] qpos0;

  /** Per DOF: its qpos address, or -1 for a free joint's DOFs (read through {@link #freeQpos}). */
  final int[] dofQpos;

  /**
   * Per link: the qpos address of its free joint (position, then quaternion w, x, y, z), or -1. Its
   * six DOFs are the translations along the world axes, then the rotations about its own axes.
   */
  final int[] freeQpos;

  /** Per DOF: its link and the DOF before it towards the root (MuJoCo's dof_parentid), or -1. */
  final int[] dofLink;

  final int[] dofParent;
  final boolean[] hinge;
  final double[] axis;
  final double[] anchor;
  final double[] reference;
  final double[] armature;
  final double[] damping;
  final double[] stiffness;
  final double[] lower;
  final double[] upper;
  final double[] margin;
  final int[] actuatorDof;
  final double[] gear;
  final double[] ctrlLower;
  final double[] ctrlUpper;

  /**
   * The medium's density (kg/m³) and viscosity (Pa·s); both 0 = none (no {@link InertiaBoxFluid}).
   */
  final double density;

  final double viscosity;

  /** The plane the model moves in (then simulations use {@link PlanarDynamics}), or null. */
  final Plane plane;

  final SoftLimit[] limits;

  /** The contact pairs, or null when no geom collides. */
  final Contacts contacts;

  private final Map<String, Integer> linkIndex = new HashMap<>();
  private final Map<String, Integer> qposIndex = new HashMap<>();
  private final Map<String, Integer> dofIndex = new HashMap<>();
  private final Map<String, int[]> siteIndex = new HashMap<>();

  /**
   * Compiles {@code spec} for MuJoCo's RK4 with MuJoCo's default contact and limit softness.
   *
   * @param densityKgPerM3 density of the medium (MuJoCo's {@code <option density>}; 0 = none)
   * @param viscosityPas viscosity of the medium ({@code <option viscosity>}; 0 = none)
   * @throws IllegalArgumentException with {@link #unsupported}'s reason
   */
  public JointSpaceModel(ModelSpec spec, double densityKgPerM3, double viscosityPas) {
    this(spec, MujocoOptions.rk4().withMedium(densityKgPerM3, viscosityPas));
  }

  /**
   * Compiles {@code spec} with what its MuJoCo model file says beyond it.
   *
   * @throws IllegalArgumentException with {@link #unsupported}'s reason
   */
  public JointSpaceModel(ModelSpec spec, MujocoOptions options) {
    String reason = unsupported(spec);
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    this.spec = spec;
    this.timestepS = spec.timestepSeconds();
    this.integrator = options.integrator();
    this.gravity =
        new double[] {spec.gravityMps2().x(), spec.gravityMps2().y(), spec.gravityMps2().z()};
    List<LinkSpec> links = spec.links();
    linkCount = links.size();
    parent = new int[linkCount];
    bodyPos = new double[3 * linkCount];
    bodyQuat = new double[4 * linkCount];
    mass = new double[linkCount];
    centre = new double[3 * linkCount];
    inertiaQuat = new double[4 * linkCount];
    moments = new double[3 * linkCount];
    moving = new boolean[linkCount];
    root = new int[linkCount];
    treeMass = new double[linkCount];
    alignedInertia = new boolean[linkCount];
    dofStart = new int[linkCount];
    dofCount = new int[linkCount];
    freeQpos = new int[linkCount];
    int dofs = 0;
    int positions = 0;
    for (int i = 0; i < linkCount; i++) {
      LinkSpec link = links.get(i);
      linkIndex.put(link.name(), i);
      for (int s = 0; s < link.sites().size(); s++) {
        siteIndex.put(link.sites().get(s).name(), new int[] {i, s});
      }
      parent[i] = link.parentName() == null ? -1 : linkIndex.get(link.parentName());
      var pose = link.poseInParent();
      bodyPos[3 * i] = pose.positionM().x();
      bodyPos[3 * i + 1] = pose.positionM().y();
      bodyPos[3 * i + 2] = pose.positionM().z();
      bodyQuat[4 * i] = pose.orientation().w();
      bodyQuat[4 * i + 1] = pose.orientation().x();
      bodyQuat[4 * i + 2] = pose.orientation().y();
      bodyQuat[4 * i + 3] = pose.orientation().z();
      LinkInertia own = LinkInertia.of(link);
      mass[i] = own.massKg();
      centre[3 * i] = own.principalFrame().positionM().x();
      centre[3 * i + 1] = own.principalFrame().positionM().y();
      centre[3 * i + 2] = own.principalFrame().positionM().z();
      var axes = own.principalFrame().orientation();
      inertiaQuat[4 * i] = axes.w();
      inertiaQuat[4 * i + 1] = axes.x();
      inertiaQuat[4 * i + 2] = axes.y();
      inertiaQuat[4 * i + 3] = axes.z();
      moments[3 * i] = own.principalMomentsKgM2().x();
      moments[3 * i + 1] = own.principalMomentsKgM2().y();
      moments[3 * i + 2] = own.principalMomentsKgM2().z();
      alignedInertia[i] = axes.w() == 1 && axes.x() == 0 && axes.y() == 0 && axes.z() == 0;
      moving[i] = !link.joints().isEmpty() || (parent[i] >= 0 && moving[parent[i]]);
      root[i] = parent[i] >= 0 ? root[parent[i]] : i;
      treeMass[root[i]] += moving[i] ? mass[i] : 0;
      dofStart[i] = dofs;
      boolean free = !link.joints().isEmpty() && link.joints().get(0).kind() == JointDef.Kind.FREE;
      freeQpos[i] = free ? positions : -1;
      for (JointDef joint : link.joints()) {
        dofs += joint.kind().qvelSize();
        positions += joint.kind().qposSize();
      }
      dofCount[i] = dofs - dofStart[i];
    }
    nv = dofs;
    nq = positions;
    lastDof = new int[linkCount];
    dofLink = new int[nv];
    dofParent = new int[nv];
    for (int i = 0; i < linkCount; i++) {
      int before = parent[i] >= 0 ? lastDof[parent[i]] : -1;
      for (int k = 0; k < dofCount[i]; k++) {
        dofLink[dofStart[i] + k] = i;
        dofParent[dofStart[i] + k] = before;
        before = dofStart[i] + k;
      }
      lastDof[i] = before;
    }
    hinge = new boolean[nv];
    axis = new double[3 * nv];
    anchor = new double[3 * nv];
    reference = new double[nv];
    armature = new double[nv];
    damping = new double[nv];
    stiffness = new double[nv];
    lower = new double[nv];
    upper = new double[nv];
    margin = new double[nv];
    dofQpos = new int[nv];
    qpos0 = new double[nq];
    Arrays.fill(lower, Double.NEGATIVE_INFINITY);
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    int address = 0;
    for (int i = 0; i < linkCount; i++) {
      if (freeQpos[i] >= 0) {
        for (int k = 0; k < 6; k++) {
          int d = dofStart[i] + k;
          dofQpos[d] = -1;
          axis[3 * d + k % 3] = 1;
        }
        System.arraycopy(bodyPos, 3 * i, qpos0, address, 3);
        System.arraycopy(bodyQuat, 4 * i, qpos0, address + 3, 4);
        qposIndex.put(links.get(i).joints().get(0).name(), address);
        address += 7;
        continue;
      }
      for (int k = 0; k < dofCount[i]; k++) {
        JointDef joint = links.get(i).joints().get(k);
        int d = dofStart[i] + k;
        qposIndex.put(joint.name(), address);
        dofIndex.put(joint.name(), d);
        dofQpos[d] = address;
        qpos0[address++] = joint.reference();
        hinge[d] = joint.kind() == JointDef.Kind.HINGE;
        axis[3 * d] = joint.axis().x();
        axis[3 * d + 1] = joint.axis().y();
        axis[3 * d + 2] = joint.axis().z();
        anchor[3 * d] = joint.anchorM().x();
        anchor[3 * d + 1] = joint.anchorM().y();
        anchor[3 * d + 2] = joint.anchorM().z();
        reference[d] = joint.reference();
        armature[d] = joint.armatureKgM2();
        damping[d] = joint.damping();
        stiffness[d] = joint.stiffness();
        lower[d] = joint.lowerLimit();
        upper[d] = joint.upperLimit();
        margin[d] = joint.limitMarginM();
      }
    }
    List<ActuatorSpec> actuators = spec.actuators();
    actuatorDof = new int[actuators.size()];
    gear = new double[actuators.size()];
    ctrlLower = new double[actuators.size()];
    ctrlUpper = new double[actuators.size()];
    for (int a = 0; a < actuators.size(); a++) {
      ActuatorSpec.Motor motor = (ActuatorSpec.Motor) actuators.get(a);
      actuatorDof[a] = lookup(dofIndex, motor.jointName(), "hinge or slide joint");
      gear[a] = motor.gear();
      ctrlLower[a] = motor.ctrlLower();
      ctrlUpper[a] = motor.ctrlUpper();
    }
    plane = Plane.of(this);
    density = options.densityKgPerM3();
    viscosity = options.viscosityPas();
    damped = Arrays.stream(damping).anyMatch(b -> b > 0);
    limits = new SoftLimit[nv];
    JointSpaceSimulation atRest = new JointSpaceSimulation(this);
    double[] invWeight = atRest.inverseMassDiagonalAtRest();
    for (int d = 0; d < nv; d++) {
      if (lower[d] > Double.NEGATIVE_INFINITY || upper[d] < Double.POSITIVE_INFINITY) {
        String joint = links.get(dofLink[d]).joints().get(d - dofStart[dofLink[d]]).name();
        limits[d] =
            options
                .limitSoftness()
                .getOrDefault(joint, Softness.MUJOCO_DEFAULT)
                .limit(timestepS, invWeight[d]);
      }
    }
    contacts =
        collides(spec)
            ? new Contacts(this, options.geomContacts(), atRest.bodyInverseWeightsAtRest())
            : null;
  }

  private static boolean collides(ModelSpec spec) {
    for (LinkSpec link : spec.links()) {
      if (!link.isStatic()) {
        for (GeomSpec geom : link.geoms()) {
          if (geom.collides()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Why the joint-space engine cannot simulate {@code spec} (a ball joint (a free joint is always a
   * top-level link's only one), a colliding geom other than a capsule, cylinder or sphere on a
   * moving link or a plane in the world, a pair of moving geoms without a collision here, an
   * actuator other than a motor), or null when it can.
   */
  public static String unsupported(ModelSpec spec) {
    for (LinkSpec link : spec.links()) {
      for (JointDef joint : link.joints()) {
        if (joint.kind() == JointDef.Kind.BALL) {
          return "the joint-space engine simulates hinge, slide and free joints; joint '"
              + joint.name()
              + "' is "
              + joint.kind();
        }
      }
      for (GeomSpec geom : link.geoms()) {
        // Static geoms matter only when a moving one collides.
        boolean checked = geom.collides() && (!link.isStatic() || collides(spec));
        String reason = checked ? Contacts.unsupported(link, geom) : null;
        if (reason != null) {
          return reason;
        }
      }
    }
    if (collides(spec)) {
      String pairs = Contacts.unsupportedPair(spec.links());
      if (pairs != null) {
        return pairs;
      }
    }
    for (ActuatorSpec actuator : spec.actuators()) {
      if (!(actuator instanceof ActuatorSpec.Motor)) {
        return "the joint-space engine drives joints with motors; actuator '"
            + actuator.name()
            + "' is a "
            + actuator.getClass().getSimpleName();
      }
    }
    return null;
  }

  /** The spec this model was compiled from. */
  public ModelSpec spec() {
    return spec;
  }

  /** Number of DOFs (= qvel size). */
  public int dofCount() {
    return nv;
  }

  /** Length of qpos: the DOFs, plus one per free joint. */
  public int qposSize() {
    return nq;
  }

  /** qpos at the written pose (the joints' references, a free link's written pose; a copy). */
  public double[] initialQpos() {
    return qpos0.clone();
  }

  /** Index of a link by name. */
  public int linkIndex(String name) {
    return lookup(linkIndex, name, "link");
  }

  /** qpos address of a joint by name. */
  public int jointAddress(String name) {
    return lookup(qposIndex, name, "joint");
  }

  /** qvel address of a hinge or slide joint by name. */
  public int dofAddress(String name) {
    return lookup(dofIndex, name, "hinge or slide joint");
  }

  /** {link, site} of a site by name. */
  int[] site(String name) {
    int[] at = siteIndex.get(name);
    if (at == null) {
      throw new IllegalArgumentException(
          "no site named '" + name + "'; known: " + siteIndex.keySet());
    }
    return at;
  }

  private static int lookup(Map<String, Integer> names, String name, String what) {
    Integer index = names.get(name);
    if (index == null) {
      throw new IllegalArgumentException(
          "no " + what + " named '" + name + "'; known: " + names.keySet());
    }
    return index;
  }
}
