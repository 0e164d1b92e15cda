package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.Checks;
import dev.jymnasium.physics.Contact;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * A {@link ModelSpec} living in a world: MuJoCo-style generalized coordinates (qpos, qvel) in model
 * order, controls, link and site read-outs and contact forces. All state lives in the world, so
 * {@link PhysicsWorld#snapshot()} / {@code restore} cover the model. Not thread-safe.
 */
public final class ArticulatedModel implements ModelPoses {
  private final ModelSpec spec;
  private final PhysicsWorld world;
  private final LinkRuntime[] links;
  private final JointRuntime[] joints;

  /** The joint each motor or servo drives (null for thrusters). */
  private final JointRuntime[] actuated;

  /** The clamped control of each actuator, held until the next {@link #applyControls}. */
  private final double[] controls;

  /** Per actuator: the joint effort from motors, which servos on the same joint add to. */
  private final double[] motorEffort;

  /** Per thruster: its link and its point in the link's frame (m); null for other actuators. */
  private final int[] thrusterLink;

  private final Vector3d[] thrusterPoint;
  private final Vector3d force = new Vector3d();
  private final Vector3d point = new Vector3d();
  private final int qposSize;
  private final int qvelSize;
  private final Map<String, Integer> linkIndex = new HashMap<>();
  private final Map<String, Integer> jointIndex = new HashMap<>();
  private final Map<String, int[]> siteIndex = new HashMap<>();
  private final List<String> jointNames;

  /** Link of each world body index (−1 for bodies of other models). */
  private final int[] linkOfBody;

  /** Per world body index: the link of each compound child where fused links share it, or null. */
  private final int[][] partLinksOfBody;

  private final double[] qpos0;

  private final Frame[] frames;
  private final Frame scratch = new Frame();
  private final Contact contact = new Contact();
  private final Vector3d v1 = new Vector3d();
  private final Vector3d v2 = new Vector3d();
  private final Quaterniond q1 = new Quaterniond();
  private final Quaterniond q2 = new Quaterniond();

  ArticulatedModel(
      ModelSpec spec,
      PhysicsWorld world,
      List<LinkRuntime> links,
      List<JointRuntime> joints,
      int qposSize,
      int qvelSize) {
    this.spec = spec;
    this.world = world;
    this.links = links.toArray(new LinkRuntime[0]);
    this.joints = joints.toArray(new JointRuntime[0]);
    this.qposSize = qposSize;
    this.qvelSize = qvelSize;
    this.frames = new Frame[this.links.length];
    for (int i = 0; i < this.links.length; i++) {
      frames[i] = new Frame();
      linkIndex.put(this.links[i].spec.name(), i);
      List<SiteSpec> sites = this.links[i].spec.sites();
      for (int s = 0; s < sites.size(); s++) {
        siteIndex.put(sites.get(s).name(), new int[] {i, s});
      }
    }
    String[] names = new String[this.joints.length];
    for (int j = 0; j < names.length; j++) {
      names[j] = this.joints[j].def.name();
      jointIndex.put(names[j], j);
    }
    jointNames = List.of(names);
    int actuators = spec.actuators().size();
    actuated = new JointRuntime[actuators];
    controls = new double[actuators];
    motorEffort = new double[actuators];
    thrusterLink = new int[actuators];
    thrusterPoint = new Vector3d[actuators];
    for (int a = 0; a < actuators; a++) {
      ActuatorSpec actuator = spec.actuators().get(a);
      String joint = drivenJoint(actuator);
      if (joint != null) {
        actuated[a] = this.joints[jointIndex.get(joint)];
        JointDef.Kind kind = actuated[a].def.kind();
        if (kind != JointDef.Kind.HINGE && kind != JointDef.Kind.SLIDE) {
          throw new IllegalArgumentException(
              "actuator '"
                  + actuator.name()
                  + "' drives "
                  + kind
                  + " joint '"
                  + joint
                  + "'; motors and servos drive hinge and slide joints");
        }
      } else {
        ActuatorSpec.Thruster thruster = (ActuatorSpec.Thruster) actuator;
        thrusterPoint[a] = new Vector3d(thruster.pointM());
        int[] site = siteIndex.get(thruster.target());
        if (linkIndex.containsKey(thruster.target())) {
          thrusterLink[a] = linkIndex.get(thruster.target());
        } else {
          thrusterLink[a] = site[0];
          thrusterPoint[a].add(this.links[site[0]].spec.sites().get(site[1]).positionM());
        }
        if (this.links[thrusterLink[a]].isStatic()) {
          throw new IllegalArgumentException(
              "thruster '"
                  + actuator.name()
                  + "' acts on static link '"
                  + this.links[thrusterLink[a]].spec.name()
                  + "'");
        }
      }
    }
    linkOfBody = new int[world.bodies().size()];
    partLinksOfBody = new int[world.bodies().size()][];
    Arrays.fill(linkOfBody, -1);
    for (int i = 0; i < this.links.length; i++) {
      for (Body body : this.links[i].staticBodies) {
        linkOfBody[body.index()] = i;
      }
      if (!this.links[i].isStatic() && !this.links[i].fused) {
        linkOfBody[this.links[i].body().index()] = i;
        partLinksOfBody[this.links[i].body().index()] = this.links[i].partLinks;
      }
    }
    qpos0 = qpos(null);
  }

  /** The spec this model was built from. */
  public ModelSpec spec() {
    return spec;
  }

  /** The world the model lives in. */
  public PhysicsWorld world() {
    return world;
  }

  /** Length of qpos (hinge/slide 1, ball 4, free 7 per joint). */
  public int qposSize() {
    return qposSize;
  }

  /** Length of qvel (hinge/slide 1, ball 3, free 6 per joint). */
  public int qvelSize() {
    return qvelSize;
  }

  /** Number of actuators (length of the control vector). */
  public int actuatorCount() {
    return actuated.length;
  }

  /** Number of links. */
  @Override
  public int linkCount() {
    return links.length;
  }

  /** Joint names in qpos order. */
  public List<String> jointNames() {
    return jointNames;
  }

  /** Index of a joint in {@link #jointNames()}. */
  public int jointIndex(String name) {
    return lookup(jointIndex, name, "joint");
  }

  /** First qpos entry of a joint. */
  public int jointQposAddress(int joint) {
    return joints[joint].qposAddress;
  }

  /** First qvel entry of a joint. */
  public int jointQvelAddress(int joint) {
    return joints[joint].qvelAddress;
  }

  /** Index of a link in model order. */
  @Override
  public int linkIndex(String name) {
    return lookup(linkIndex, name, "link");
  }

  /** The spec of link {@code link}. */
  @Override
  public LinkSpec link(int link) {
    return links[link].spec;
  }

  /**
   * Mass of a link (kg; 0 for static links; connector bodies of multi-joint links not included).
   */
  public double linkMassKg(int link) {
    return links[link].massKg;
  }

  /**
   * Principal moments of inertia of a link's own mass (its inertial or its geoms' density masses)
   * about its centre of mass, in ascending order (kg·m²; zero for a massless link). These are what
   * MuJoCo reports as {@code body_inertia}; armature rotors are not included.
   */
  public Vector3d linkPrincipalInertia(int link, Vector3d dest) {
    InertiaTensors inertia = ModelBuilder.linkInertia(links[link].spec);
    if (inertia.massKg() == 0) {
      return dest.zero();
    }
    Vector3d moments = new Vector3d();
    inertia.principalFrame(moments, 0);
    double[] sorted = {moments.x, moments.y, moments.z};
    Arrays.sort(sorted);
    return dest.set(sorted[0], sorted[1], sorted[2]);
  }

  private static int lookup(Map<String, Integer> names, String name, String what) {
    Integer index = names.get(name);
    if (index == null) {
      throw new IllegalArgumentException(
          "no " + what + " named '" + name + "'; known: " + names.keySet());
    }
    return index;
  }

  /**
   * qpos at the written pose (references, identity quaternions, the free roots' written poses); a
   * copy.
   */
  public double[] initialQpos() {
    return qpos0.clone();
  }

  /** Joint positions in model order into {@code dest} (or a new array when null). */
  public double[] qpos(double[] dest) {
    double[] out = checkedDest(dest, qposSize, "qpos");
    updateFrames();
    for (JointRuntime joint : joints) {
      int at = joint.qposAddress;
      switch (joint.def.kind()) {
        case HINGE, SLIDE ->
            out[at] = joint.engineJoint.position(joint.engineDof) + joint.def.reference();
        case BALL -> {
          Quaterniond q = beforeRotation(joint, q1).conjugate().mul(stageFrame(joint).rotation);
          out[at] = q.w;
          out[at + 1] = q.x;
          out[at + 2] = q.y;
          out[at + 3] = q.z;
        }
        default -> {
          Frame f = frames[joint.link];
          out[at] = f.origin.x;
          out[at + 1] = f.origin.y;
          out[at + 2] = f.origin.z;
          out[at + 3] = f.rotation.w;
          out[at + 4] = f.rotation.x;
          out[at + 5] = f.rotation.y;
          out[at + 6] = f.rotation.z;
        }
      }
    }
    return out;
  }

  /** Joint velocities in model order into {@code dest} (or a new array when null). */
  public double[] qvel(double[] dest) {
    double[] out = checkedDest(dest, qvelSize, "qvel");
    updateFrames();
    for (JointRuntime joint : joints) {
      int at = joint.qvelAddress;
      switch (joint.def.kind()) {
        case HINGE, SLIDE -> out[at] = joint.engineJoint.velocity(joint.engineDof);
        case BALL -> {
          Frame after = stageFrame(joint);
          Vector3d relative = after.angular.sub(beforeAngularVelocity(joint, v1), v2);
          after.rotation.transformInverse(relative);
          out[at] = relative.x;
          out[at + 1] = relative.y;
          out[at + 2] = relative.z;
        }
        default -> {
          Frame f = frames[joint.link];
          Vector3d local = f.rotation.transformInverse(f.angular, v1);
          out[at] = f.linear.x;
          out[at + 1] = f.linear.y;
          out[at + 2] = f.linear.z;
          out[at + 3] = local.x;
          out[at + 4] = local.y;
          out[at + 5] = local.z;
        }
      }
    }
    return out;
  }

  /** Position (rad or m) of a hinge or slide joint. */
  public double jointPosition(String name) {
    JointRuntime joint = singleDof(name);
    return joint.engineJoint.position(joint.engineDof) + joint.def.reference();
  }

  /** Velocity (rad/s or m/s) of a hinge or slide joint. */
  public double jointVelocity(String name) {
    JointRuntime joint = singleDof(name);
    return joint.engineJoint.velocity(joint.engineDof);
  }

  private JointRuntime singleDof(String name) {
    JointRuntime joint = joints[jointIndex(name)];
    if (joint.engineJoint == null || joint.def.kind() == JointDef.Kind.BALL) {
      throw new IllegalArgumentException(
          "joint '" + name + "' is " + joint.def.kind() + "; read it through qpos/qvel");
    }
    return joint;
  }

  /** The joint a motor or servo drives, or null for a thruster. */
  static String drivenJoint(ActuatorSpec actuator) {
    if (actuator instanceof ActuatorSpec.Motor m) {
      return m.jointName();
    }
    if (actuator instanceof ActuatorSpec.PositionServo p) {
      return p.jointName();
    }
    return null;
  }

  /**
   * Holds the controls until the next call or {@link #reset}: each motor's effort becomes {@code
   * gear × clamp(ctrl[i])} at once (efforts on the same joint add up); servos and thrusters act
   * through {@link #applyActuatorForces()}, which must run before every physics step when the model
   * has any.
   *
   * @throws IllegalArgumentException for a wrong length or a NaN
   */
  public void applyControls(double[] ctrl) {
    if (ctrl == null || ctrl.length != actuated.length) {
      throw new IllegalArgumentException(
          "model '"
              + spec.name()
              + "' takes "
              + actuated.length
              + " controls, got "
              + (ctrl == null ? "null" : ctrl.length));
    }
    for (int a = 0; a < ctrl.length; a++) {
      if (Double.isNaN(ctrl[a])) {
        throw new IllegalArgumentException(
            "control " + a + " ('" + spec.actuators().get(a).name() + "') is NaN");
      }
      if (actuated[a] != null) {
        actuated[a].engineJoint.setEffort(actuated[a].engineDof, 0);
      }
    }
    for (int a = 0; a < ctrl.length; a++) {
      ActuatorSpec actuator = spec.actuators().get(a);
      controls[a] = actuator.clamp(ctrl[a]);
      if (actuator instanceof ActuatorSpec.Motor motor) {
        JointRuntime joint = actuated[a];
        double effort = joint.engineJoint.effort(joint.engineDof) + motor.gear() * controls[a];
        joint.engineJoint.setEffort(joint.engineDof, effort);
      }
    }
    for (int a = 0; a < ctrl.length; a++) {
      if (actuated[a] != null) {
        motorEffort[a] = actuated[a].engineJoint.effort(actuated[a].engineDof);
      }
    }
  }

  /** Whether the model has servos or thrusters, which need {@link #applyActuatorForces()}. */
  public boolean hasStepwiseActuators() {
    for (ActuatorSpec actuator : spec.actuators()) {
      if (!(actuator instanceof ActuatorSpec.Motor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies the held controls of servos and thrusters for the next physics step: servo efforts from
   * the current joint state, thruster forces and torques turned with their link. Engines clear
   * applied forces after each step, so call this before every {@code world.step}.
   */
  public void applyActuatorForces() {
    for (int a = 0; a < controls.length; a++) {
      if (spec.actuators().get(a) instanceof ActuatorSpec.PositionServo) {
        actuated[a].engineJoint.setEffort(actuated[a].engineDof, motorEffort[a]);
      }
    }
    for (int a = 0; a < controls.length; a++) {
      ActuatorSpec actuator = spec.actuators().get(a);
      if (actuator instanceof ActuatorSpec.PositionServo servo) {
        JointRuntime joint = actuated[a];
        double q = joint.engineJoint.position(joint.engineDof) + joint.def.reference();
        double effort = servo.effort(controls[a], q, joint.engineJoint.velocity(joint.engineDof));
        joint.engineJoint.setEffort(
            joint.engineDof, joint.engineJoint.effort(joint.engineDof) + effort);
      } else if (actuator instanceof ActuatorSpec.Thruster thruster) {
        Frame f = linkFrame(thrusterLink[a]);
        Body body = links[thrusterLink[a]].body();
        f.rotation.transform(thrusterPoint[a], point).add(f.origin);
        f.rotation.transform(force.set(thruster.forcePerCtrlN()).mul(controls[a]));
        body.applyForceAtPoint(force, point);
        f.rotation.transform(force.set(thruster.torquePerCtrlNm()).mul(controls[a]));
        body.applyTorque(force);
      }
    }
  }

  /**
   * Puts the model in the state given by generalized coordinates (forward kinematics of positions
   * and velocities) and sets all controls to 0. Ball and free quaternions are normalised.
   *
   * @throws IllegalArgumentException for wrong lengths or non-finite values
   */
  public void reset(double[] qpos, double[] qvel) {
    checkedInput(qpos, qposSize, "qpos");
    checkedInput(qvel, qvelSize, "qvel");
    int next = 0;
    for (int i = 0; i < links.length; i++) {
      LinkRuntime link = links[i];
      Frame f = frames[i];
      if (link.isStatic()) {
        f.setStatic(link.restPose);
        continue;
      }
      if (link.parent < 0) {
        f.setStatic(Pose.IDENTITY);
      } else {
        f.set(frames[link.parent]);
      }
      f.offset(link.spec.poseInParent());
      if (link.spec.joints().isEmpty() && !link.fused) {
        placeStage(link, 0, f);
      }
      int count = link.spec.joints().size();
      for (int k = 0; k < count; k++) {
        JointRuntime joint = joints[next++];
        f.applyJoint(joint, qpos, qvel);
        // A planar root's three joints share one stage: place it after the last of them.
        if (k == count - 1 || joints[next].stage != joint.stage) {
          placeStage(link, joint.stage, f);
        }
      }
    }
    for (JointRuntime joint : joints) {
      if (joint.def.kind() == JointDef.Kind.HINGE) {
        joint.engineJoint.syncHingeAngle(qpos[joint.qposAddress] - joint.def.reference());
      }
      if (joint.engineJoint != null && joint.def.kind() != JointDef.Kind.BALL) {
        joint.engineJoint.setEffort(joint.engineDof, 0);
      }
    }
    Arrays.fill(controls, 0);
    Arrays.fill(motorEffort, 0);
  }

  private void placeStage(LinkRuntime link, int stage, Frame f) {
    Pose offset = link.stageOffsets[stage];
    Body body = link.stages[stage];
    Vector3d arm = f.rotation.transform(offset.positionM(), v1);
    body.setPose(arm.add(f.origin, v2), f.rotation.mul(offset.orientation(), q1));
    body.setLinearVelocity(f.angular.cross(arm, v2).add(f.linear));
    body.setAngularVelocity(f.angular);
  }

  /** Link frame origin (m, world). */
  @Override
  public Vector3d linkPosition(int link, Vector3d dest) {
    return dest.set(linkFrame(link).origin);
  }

  /** Link frame orientation. */
  public Quaterniond linkOrientation(int link, Quaterniond dest) {
    return dest.set(linkFrame(link).rotation);
  }

  /** Velocity of the link frame origin (m/s, world). */
  public Vector3d linkLinearVelocity(int link, Vector3d dest) {
    return dest.set(linkFrame(link).linear);
  }

  /** Angular velocity of the link (rad/s, world). */
  public Vector3d linkAngularVelocity(int link, Vector3d dest) {
    return dest.set(linkFrame(link).angular);
  }

  /** World pose of geom {@code geom} of link {@code link}, for drawing. */
  @Override
  public void geomPose(int link, int geom, Vector3d positionDest, Quaterniond orientationDest) {
    Pose local = links[link].spec.geoms().get(geom).localPose();
    Frame f = linkFrame(link);
    f.rotation.transform(local.positionM(), positionDest).add(f.origin);
    f.rotation.mul(local.orientation(), orientationDest);
  }

  @Override
  public Vector3d sitePosition(String name, Vector3d dest) {
    int[] at = siteIndex.get(name);
    if (at == null) {
      throw new IllegalArgumentException(
          "no site named '" + name + "'; known: " + siteIndex.keySet());
    }
    Frame f = linkFrame(at[0]);
    return f.rotation
        .transform(links[at[0]].spec.sites().get(at[1]).positionM(), dest)
        .add(f.origin);
  }

  /**
   * Sum of the normal contact forces (N, world) acting on a link in the last sub-step; friction
   * forces are not included.
   */
  public Vector3d contactForce(int link, Vector3d dest) {
    dest.zero();
    for (int c = 0, n = world.contactCount(); c < n; c++) {
      world.contact(c, contact);
      if (contactLink(contact.bodyA, contact.partA) == link) {
        dest.fma(contact.normalForceN, contact.normal);
      }
      if (contactLink(contact.bodyB, contact.partB) == link) {
        dest.fma(-contact.normalForceN, contact.normal);
      }
    }
    return dest;
  }

  /**
   * The link that a contact on {@code body}'s compound child {@code part} ({@link Contact#partA},
   * {@link Contact#partB}) touches, or −1 for null, a connector body or a body of another model.
   */
  public int contactLink(Body body, int part) {
    int index = body == null ? -1 : body.index();
    if (index < 0 || index >= linkOfBody.length) {
      return -1;
    }
    int[] parts = partLinksOfBody[index];
    return parts == null ? linkOfBody[index] : parts[part];
  }

  // --- frames read back from the engine bodies -------------------------------------------

  private Frame linkFrame(int link) {
    LinkRuntime l = links[link];
    if (l.isStatic()) {
      return frames[link].setStatic(l.restPose);
    }
    return frames[link].fromBody(l.body(), l.stageOffsets[l.stages.length - 1]);
  }

  private void updateFrames() {
    for (int i = 0; i < links.length; i++) {
      linkFrame(i);
    }
  }

  /** The chain frame right after a joint. */
  private Frame stageFrame(JointRuntime joint) {
    LinkRuntime link = links[joint.link];
    return joint.stage == link.stages.length - 1
        ? frames[joint.link]
        : scratch.fromBody(link.stages[joint.stage], link.stageOffsets[joint.stage]);
  }

  /** Rotation of the chain frame right before a joint. */
  private Quaterniond beforeRotation(JointRuntime joint, Quaterniond dest) {
    LinkRuntime link = links[joint.link];
    if (joint.stage > 0) {
      Body before = link.stages[joint.stage - 1];
      return before
          .orientation(dest)
          .mul(link.stageOffsets[joint.stage - 1].orientation().conjugate(q2));
    }
    Quaterniond parent = link.parent < 0 ? dest.identity() : dest.set(frames[link.parent].rotation);
    return parent.mul(link.spec.poseInParent().orientation());
  }

  private Vector3d beforeAngularVelocity(JointRuntime joint, Vector3d dest) {
    LinkRuntime link = links[joint.link];
    if (joint.stage > 0) {
      return link.stages[joint.stage - 1].angularVelocity(dest);
    }
    return link.parent < 0 ? dest.zero() : dest.set(frames[link.parent].angular);
  }

  private static double[] checkedDest(double[] dest, int size, String what) {
    if (dest == null) {
      return new double[size];
    }
    if (dest.length != size) {
      throw new IllegalArgumentException(
          what + " array must have length " + size + ", got " + dest.length);
    }
    return dest;
  }

  private static void checkedInput(double[] values, int size, String what) {
    checkedDest(values == null ? new double[size] : values, size, what);
    if (values == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    for (int i = 0; i < size; i++) {
      Checks.finite(what + "[" + i + "]", values[i]);
    }
  }
}
