package dev.jymnasium.robots.drones;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import java.util.Arrays;

/**
 * The picture of an aviary: a checkered floor, each drone as a hub, two crossed arms and four
 * spinning two-blade rotors (at their true size), the targets as small green spheres, and, with the
 * {@code rgb} observation, the original's four landmarks. The camera follows drone 0 from 0.6 m (2
 * m for the racer).
 *
 * <p>The landmarks stand in for PyBullet's sample objects at rest on the floor, with their sizes
 * and colours: {@code block.urdf} (a green 0.10 x 0.018 x 0.018 m bar) at (1, 0), {@code
 * cube_small.urdf} (a white 5 cm cube) at (0, 1), {@code duck_vhacd.urdf} (a yellow duck, here a 4
 * cm sphere) at (−1, 0) and {@code teddy_vhacd.urdf} (a pink teddy, here an upright capsule) at (0,
 * −1). They are pictures only: drones fly through them.
 */
final class AviaryScene {
  private static final int HUB_RGB = 0x303030;
  private static final int ARM_RGB = 0x505050;
  private static final int ROTOR_RGB = 0xD04040;
  private static final int TARGET_RGB = 0x30B040;
  private static final int BLOCK_RGB = 0x1AB21A;
  private static final int CUBE_RGB = 0xFFFFFF;
  private static final int DUCK_RGB = 0xFFFF66;
  private static final int TEDDY_RGB = 0xFF6666;

  private final AviaryEnv env;
  private final int width;
  private final int height;
  private final double[] rot = new double[9];

  /** Rotor angles (rad), 4 per drone. */
  private final double[] rotorAngles;

  AviaryScene(AviaryEnv env, int width, int height) {
    this.env = env;
    this.width = width;
    this.height = height;
    this.rotorAngles = new double[4 * env.numDrones];
  }

  void restart() {
    Arrays.fill(rotorAngles, 0);
  }

  /** Turns the rotors by {@code rpm} held for {@code seconds}. */
  void advance(double[] rpm, double seconds) {
    for (int k = 0; k < rotorAngles.length; k++) {
      double direction = (k % 2 == 0 ? -1 : 1) * env.model.yawSign;
      // Folded to one turn; a 24 fps picture of a real rotor would alias anyway.
      rotorAngles[k] = (rotorAngles[k] + direction * rpm[k] / 60 * 2 * Math.PI * seconds) % Math.PI;
    }
  }

  /** The picture seen from the camera that follows drone 0. */
  Scene3D build() {
    DroneStates s = env.states;
    double scale = env.model == DroneModel.RACER ? 3.3 : 1.0;
    return build(
        width, height, Camera3D.tracking(s.pos[0], s.pos[1], s.pos[2], 0.6 * scale, 45, -25));
  }

  /** The picture seen from {@code camera}, {@code width x height} pixels. */
  Scene3D build(int width, int height, Camera3D camera) {
    DroneStates s = env.states;
    DroneModel m = env.model;
    double scale = m == DroneModel.RACER ? 3.3 : 1.0;
    Scene3D scene = new Scene3D(width, height);
    scene.camera(camera);
    scene.checkerGround(0, 20, 0.25 * scale);
    if (env.showsLandmarks()) {
      scene.box(Pose.at(1, 0, 0.009), 0.05, 0.009, 0.009, BLOCK_RGB);
      scene.box(Pose.at(0, 1, 0.025), 0.025, 0.025, 0.025, CUBE_RGB);
      scene.sphere(Pose.at(-1, 0, 0.04), 0.04, DUCK_RGB);
      scene.capsule(Pose.at(0, -1, 0.08), 0.04, 0.04, TEDDY_RGB);
    }
    double[] targets = env.targets();
    for (int t = 0; t + 2 < targets.length; t += 3) {
      scene.sphere(Pose.at(targets[t], targets[t + 1], targets[t + 2]), 0.01 * scale, TARGET_RGB);
    }
    for (int i = 0; i < s.count; i++) {
      drawDrone(scene, s, i, m);
    }
    return scene;
  }

  private void drawDrone(Scene3D scene, DroneStates s, int i, DroneModel m) {
    double px = s.pos[3 * i];
    double py = s.pos[3 * i + 1];
    double pz = s.pos[3 * i + 2];
    double qx = s.quat[4 * i];
    double qy = s.quat[4 * i + 1];
    double qz = s.quat[4 * i + 2];
    double qw = s.quat[4 * i + 3];
    Rotations.matrix(s.quat, 4 * i, rot);
    double hub = m.armM * 0.35;
    scene.box(new Pose(px, py, pz, qw, qx, qy, qz), hub, hub, hub * 0.4, HUB_RGB);
    double armHalf = Math.hypot(m.propX(0), m.propY(0));
    for (int diagonal = 0; diagonal < 2; diagonal++) {
      // Arm from prop `diagonal` to prop `diagonal + 2`, turned about body z.
      double angle = Math.atan2(m.propY(diagonal), m.propX(diagonal));
      double[] q = turnedAboutZ(qw, qx, qy, qz, angle);
      scene.box(
          new Pose(px, py, pz, q[0], q[1], q[2], q[3]), armHalf, hub * 0.2, hub * 0.15, ARM_RGB);
    }
    double blade = m.propRadiusM;
    for (int k = 0; k < 4; k++) {
      double bx = m.propX(k);
      double by = m.propY(k);
      double bz = hub * 0.5;
      double wx = px + rot[0] * bx + rot[1] * by + rot[2] * bz;
      double wy = py + rot[3] * bx + rot[4] * by + rot[5] * bz;
      double wz = pz + rot[6] * bx + rot[7] * by + rot[8] * bz;
      double[] q = turnedAboutZ(qw, qx, qy, qz, rotorAngles[4 * i + k]);
      scene.box(
          new Pose(wx, wy, wz, q[0], q[1], q[2], q[3]),
          blade,
          blade * 0.15,
          blade * 0.03,
          ROTOR_RGB);
    }
  }

  /**
   * (w, x, y, z) of the quaternion (qw, qx, qy, qz) followed by a turn of {@code angle} about z.
   */
  private static double[] turnedAboutZ(double qw, double qx, double qy, double qz, double angle) {
    double c = Math.cos(angle / 2);
    double sz = Math.sin(angle / 2);
    return new double[] {qw * c - qz * sz, qx * c + qy * sz, qy * c - qx * sz, qz * c + qw * sz};
  }
}
