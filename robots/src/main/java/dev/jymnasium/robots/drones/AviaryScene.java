package dev.jymnasium.robots.drones;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Pose;
import dev.jymnasium.env.render.Scene3D;
import java.util.Arrays;

/**
 * The picture of an aviary: a checkered floor, each drone as a hub, two crossed arms and four
 * spinning two-blade rotors (at their true size), and the targets as small green spheres. The
 * camera follows drone 0 from 0.6 m (2 m for the racer).
 */
final class AviaryScene {
  private static final int HUB_RGB = 0x303030;
  private static final int ARM_RGB = 0x505050;
  private static final int ROTOR_RGB = 0xD04040;
  private static final int TARGET_RGB = 0x30B040;

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

  Scene3D build() {
    DroneStates s = env.states;
    DroneModel m = env.model;
    double scale = m == DroneModel.RACER ? 3.3 : 1.0;
    Scene3D scene = new Scene3D(width, height);
    scene.camera(Camera3D.tracking(s.pos[0], s.pos[1], s.pos[2], 0.6 * scale, 45, -25));
    scene.checkerGround(0, 20, 0.25 * scale);
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
