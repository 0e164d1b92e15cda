package dev.jymnasium.robots.manipulators;

import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.InertialSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.physics.model.Rgba;
import dev.jymnasium.physics.model.SiteSpec;
import java.util.ArrayList;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * The Franka Emika Panda (7 revolute arm joints, 2 prismatic fingers) as a {@link ModelSpec} of
 * primitive shapes, from its public numbers: the modified Denavit–Hartenberg table and joint limits
 * of Franka's documentation ("Robot and interface specifications", frankaemika.github.io), the link
 * masses, finger range and the grasp-target frame 0.105 m beyond the hand of PyBullet's {@code
 * franka_panda/panda.urdf} (bullet3/examples/pybullet/gym/pybullet_data), which panda-gym v3 loads.
 *
 * <p>Link {@code i}'s frame sits in link {@code i−1}'s at {@code RotX(α_i)·Trans(a_i, 0, d_i)} and
 * joint {@code i} turns it about its own z (Craig's convention). The hand is welded to link 7 and
 * merged into it (one body: the flange 0.107 m along z, turned −π/4 about z); the fingers slide
 * along the hand's ±y. Inertias are those of the drawn shapes' rough solids at the URDF masses (the
 * URDF's own inertias are placeholders).
 */
public final class PandaModel {
  /** Arm joints. */
  public static final int ARM_JOINTS = 7;

  /** Arm and finger joints, in qpos order. */
  public static final int JOINTS = 9;

  /** Modified DH link offsets a_i (m), joints 1–7. */
  static final double[] DH_A = {0, 0, 0, 0.0825, -0.0825, 0, 0.088};

  /** Modified DH link lengths d_i (m), joints 1–7. */
  static final double[] DH_D = {0.333, 0, 0.316, 0, 0.384, 0, 0};

  /** Modified DH twists α_i (rad), joints 1–7. */
  static final double[] DH_ALPHA = {
    0, -Math.PI / 2, Math.PI / 2, Math.PI / 2, -Math.PI / 2, Math.PI / 2, Math.PI / 2
  };

  /** Link 7 to flange along z (m). */
  static final double FLANGE_M = 0.107;

  /** Hand frame turned about the flange z (rad). */
  static final double HAND_YAW_RAD = -Math.PI / 4;

  /** Hand frame to the fingers' joint frame along z (m, PyBullet URDF). */
  static final double FINGER_BASE_M = 0.0584;

  /** Hand frame to the grasp target (panda-gym's end effector, URDF link 11) along z (m). */
  static final double GRASP_TARGET_M = 0.105;

  /** Lower joint limits (rad; fingers m) of PyBullet's URDF. */
  public static final double[] LOWER = {
    -2.9671, -1.8326, -2.9671, -3.1416, -2.9671, -0.0873, -2.9671, 0, 0
  };

  /** Upper joint limits (rad; fingers m) of PyBullet's URDF. */
  public static final double[] UPPER = {
    2.9671, 1.8326, 2.9671, 0, 2.9671, 3.8223, 2.9671, 0.04, 0.04
  };

  /** Largest servo torques (N·m) and finger forces (N) that panda-gym gives PyBullet. */
  public static final double[] MAX_FORCES = {87, 87, 87, 87, 12, 120, 120, 170, 170};

  /** panda-gym's neutral pose (rad), fingers closed (m). */
  public static final double[] NEUTRAL = {0.00, 0.41, 0.00, -1.85, 0.00, 2.26, 0.79, 0, 0};

  /** Link masses (kg) of PyBullet's URDF, links 1–7; link 7 carries the hand (0.81 kg) too. */
  private static final double[] LINK_MASS_KG = {2.7, 2.73, 2.04, 2.08, 3.0, 1.3, 0.2 + 0.81};

  private static final double FINGER_MASS_KG = 0.1;

  /** Friction of the arm links and hand (Bullet's default) and of the finger pads (panda-gym). */
  private static final double LINK_FRICTION = 0.5;

  private static final double FINGER_FRICTION = 1.0;

  /** Finger pad half sizes (m): across the gap, along the gap, along the hand's z. */
  private static final double PAD_HALF_X = 0.01;

  private static final double PAD_HALF_Y = 0.01;
  private static final double PAD_HALF_Z = 0.025;

  /** Pad centre beyond the finger joint frame along the hand's z (m): pads reach past the TCP. */
  private static final double PAD_Z_M = 0.0316;

  private static final Rgba WHITE = new Rgba(0.92, 0.92, 0.92, 1);
  private static final Rgba DARK = new Rgba(0.2, 0.2, 0.22, 1);

  /** Names of the links, base first. */
  public static final String BASE = "panda_link0";

  /** The link that carries the hand and the grasp target. */
  public static final String HAND_LINK = "panda_link7";

  /** Site of panda-gym's end effector (URDF {@code panda_grasptarget}). */
  public static final String GRASP_TARGET = "grasp_target";

  /** Joint names, in qpos order. */
  public static final List<String> JOINT_NAMES =
      List.of(
          "panda_joint1",
          "panda_joint2",
          "panda_joint3",
          "panda_joint4",
          "panda_joint5",
          "panda_joint6",
          "panda_joint7",
          "panda_finger_joint1",
          "panda_finger_joint2");

  /** Link names, in joint order: the link each joint moves. */
  public static final List<String> LINK_NAMES =
      List.of(
          "panda_link1",
          "panda_link2",
          "panda_link3",
          "panda_link4",
          "panda_link5",
          "panda_link6",
          "panda_link7",
          "panda_leftfinger",
          "panda_rightfinger");

  private PandaModel() {}

  /** Joint {@code i}'s axis y component in its link's frame (the fingers slide along ±y). */
  static double jointAxisY(int i) {
    return i < ARM_JOINTS ? 0 : (i == ARM_JOINTS ? 1 : -1);
  }

  /** Joint {@code i}'s axis z component in its link's frame (the arm turns about z). */
  static double jointAxisZ(int i) {
    return i < ARM_JOINTS ? 1 : 0;
  }

  /**
   * The Panda with its base at {@code (baseX, baseY, baseZ)} (m, world), no actuators (see {@link
   * PandaArm} for its servos), gravity 9.81 m/s² and self-collision off (PyBullet's default).
   *
   * @param timestepSeconds physics step (s)
   */
  public static ModelSpec spec(double baseX, double baseY, double baseZ, double timestepSeconds) {
    return spec(baseX, baseY, baseZ, timestepSeconds, false);
  }

  /**
   * The Panda as {@link #spec(double, double, double, double)}, or with {@code fingersWelded} its
   * closed finger pads fixed to the hand: the arm of Reach and Push, whose gripper stays blocked
   * (panda-gym's servos hold the fingers shut). Two bodies and 14 constraint rows fewer make each
   * direct-solver step about 1.5 times as fast.
   */
  public static ModelSpec spec(
      double baseX, double baseY, double baseZ, double timestepSeconds, boolean fingersWelded) {
    List<LinkSpec> links = new ArrayList<>();
    links.add(
        LinkSpec.of(
            BASE,
            null,
            Pose.at(baseX, baseY, baseZ),
            // Drawn only: the base never moves, and link 1 turns inside its top.
            List.of(
                geom("base", new Shape.Cylinder(0.07, 0.07), Pose.at(0, 0, 0.07), WHITE)
                    .withContact(0, 0)),
            List.of()));
    for (int i = 0; i < ARM_JOINTS; i++) {
      links.add(armLink(i, fingersWelded));
    }
    if (!fingersWelded) {
      links.add(finger(LINK_NAMES.get(7), JOINT_NAMES.get(7), 1));
      links.add(finger(LINK_NAMES.get(8), JOINT_NAMES.get(8), -1));
    }
    return ModelSpec.of("panda", timestepSeconds, links, List.of());
  }

  /** Link i+1 of the arm, posed in link i by the DH row and turned by its joint about z. */
  private static LinkSpec armLink(int i, boolean fingersWelded) {
    String name = LINK_NAMES.get(i);
    String parent = i == 0 ? BASE : LINK_NAMES.get(i - 1);
    Pose inParent = dhPose(i);
    List<GeomSpec> geoms = new ArrayList<>(linkGeoms(i));
    Vector3d com = new Vector3d(geoms.get(0).localPose().positionM());
    double mass = LINK_MASS_KG[i];
    if (i == ARM_JOINTS - 1 && fingersWelded) {
      // One link has one friction: the pads', which are what touches the objects.
      geoms.replaceAll(geom -> geom.withFriction(FINGER_FRICTION));
      geoms.add(pad(LINK_NAMES.get(7), 1, handPose().mul(fingerBase())));
      geoms.add(pad(LINK_NAMES.get(8), -1, handPose().mul(fingerBase())));
      mass += 2 * FINGER_MASS_KG;
    }
    // Rough solid of radius ~7 cm; the hand link is lighter and more compact.
    double gyration = i == ARM_JOINTS - 1 ? 0.05 : 0.07;
    double moment = 0.5 * mass * gyration * gyration;
    LinkSpec link =
        LinkSpec.of(
                name,
                parent,
                inParent,
                geoms,
                List.of(JointDef.hinge(JOINT_NAMES.get(i), 0, 0, 1).limits(LOWER[i], UPPER[i])))
            .withInertial(InertialSpec.of(mass, moment, moment, moment, com));
    if (i == ARM_JOINTS - 1) {
      Vector3d target = handPoint(GRASP_TARGET_M);
      link = link.withSites(List.of(SiteSpec.at(GRASP_TARGET, target.x, target.y, target.z)));
    }
    return link;
  }

  /** The pose of link i+1's frame in link i's at zero joint angle (modified DH row i). */
  static Pose dhPose(int i) {
    Quaterniond twist = new Quaterniond().rotateX(DH_ALPHA[i]);
    Vector3d offset = twist.transform(new Vector3d(DH_A[i], 0, DH_D[i]));
    return new Pose(offset, twist);
  }

  /** The hand frame in link 7's frame. */
  static Pose handPose() {
    return new Pose(new Vector3d(0, 0, FLANGE_M), new Quaterniond().rotateZ(HAND_YAW_RAD));
  }

  /** A point {@code zM} along the hand's z axis, in link 7's frame. */
  static Vector3d handPoint(double zM) {
    return handPose().transformPoint(new Vector3d(0, 0, zM), new Vector3d());
  }

  /** Shapes of link i+1 (first geom at the centre of mass), in its frame. */
  private static List<GeomSpec> linkGeoms(int i) {
    Pose alongY = new Pose(new Vector3d(), new Quaterniond().rotateX(Math.PI / 2));
    Pose alongX = new Pose(new Vector3d(), new Quaterniond().rotateY(Math.PI / 2));
    return switch (i) {
      case 0 -> List.of(geom("l1", new Shape.Capsule(0.06, 0.07), Pose.at(0, 0, -0.12), WHITE));
      case 1 ->
          List.of(geom("l2", new Shape.Capsule(0.06, 0.08), shifted(alongY, 0, -0.1, 0), WHITE));
      case 2 ->
          List.of(
              geom("l3", new Shape.Capsule(0.055, 0.06), Pose.at(0, 0, -0.09), WHITE),
              geom("l3j", new Shape.Capsule(0.05, 0.03), shifted(alongY, 0.08, 0, 0), WHITE));
      case 3 ->
          List.of(
              geom("l4", new Shape.Capsule(0.055, 0.07), shifted(alongY, -0.05, 0.1, 0), WHITE),
              geom("l4j", new Shape.Capsule(0.05, 0.03), Pose.at(0, 0, 0), DARK));
      case 4 ->
          List.of(
              geom("l5", new Shape.Capsule(0.05, 0.1), Pose.at(0, 0.04, -0.2), WHITE),
              geom("l5j", new Shape.Capsule(0.05, 0.03), Pose.at(0, 0, 0), WHITE));
      case 5 ->
          List.of(
              geom("l6", new Shape.Capsule(0.045, 0.04), shifted(alongX, 0.044, 0, 0), WHITE),
              geom("l6j", new Shape.Capsule(0.05, 0.03), Pose.at(0, 0, 0), DARK));
      default -> handGeoms();
    };
  }

  /** Link 7's flange cylinder and the hand block (with its 0.2 m span between the fingers). */
  private static List<GeomSpec> handGeoms() {
    Pose hand = handPose();
    return List.of(
        geom("flange", new Shape.Cylinder(0.045, 0.04), Pose.at(0, 0, 0.06), DARK),
        geom("hand", new Shape.Box(0.025, 0.1, 0.025), hand.mul(Pose.at(0, 0, 0.03)), WHITE));
  }

  /**
   * A finger: its frame at the fingers' base in the hand, its slide along the hand's {@code side}·y
   * (0 … 0.04 m), its pad with the inner face at the joint position.
   */
  private static LinkSpec finger(String name, String joint, int side) {
    Pose base = handPose().mul(fingerBase());
    Vector3d pad = new Vector3d(0, side * PAD_HALF_Y, PAD_Z_M);
    GeomSpec geom = pad(name, side, Pose.IDENTITY);
    double m = FINGER_MASS_KG;
    double ix = m * (PAD_HALF_Y * PAD_HALF_Y + PAD_HALF_Z * PAD_HALF_Z) / 3;
    double iy = m * (PAD_HALF_X * PAD_HALF_X + PAD_HALF_Z * PAD_HALF_Z) / 3;
    double iz = m * (PAD_HALF_X * PAD_HALF_X + PAD_HALF_Y * PAD_HALF_Y) / 3;
    int index = JOINT_NAMES.indexOf(joint);
    return LinkSpec.of(
            name,
            HAND_LINK,
            base,
            List.of(geom),
            List.of(JointDef.slide(joint, 0, side, 0).limits(LOWER[index], UPPER[index])))
        .withInertial(InertialSpec.of(m, ix, iy, iz, pad));
  }

  /** The fingers' joint frame in the hand frame. */
  private static Pose fingerBase() {
    return Pose.at(0, 0, FINGER_BASE_M);
  }

  /** The pad of the finger on the hand's {@code side}·y, closed, in the frame {@code frame}. */
  private static GeomSpec pad(String name, int side, Pose frame) {
    return GeomSpec.of(
            name,
            new Shape.Box(PAD_HALF_X, PAD_HALF_Y, PAD_HALF_Z),
            frame.mul(Pose.at(0, side * PAD_HALF_Y, PAD_Z_M)))
        .withFriction(FINGER_FRICTION)
        .withRgba(DARK);
  }

  private static Pose shifted(Pose pose, double x, double y, double z) {
    return new Pose(new Vector3d(x, y, z), pose.orientation());
  }

  private static GeomSpec geom(String name, Shape shape, Pose pose, Rgba rgba) {
    return GeomSpec.of(name, shape, pose).withFriction(LINK_FRICTION).withRgba(rgba);
  }
}
