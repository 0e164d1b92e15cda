package dev.jymnasium.robots.drones;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.WorldSettings;
import dev.jymnasium.physics.WorldSnapshot;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * The {@code pyb} physics modes on our engines: a floor plane and one rigid body per drone (the
 * airframe's collision cylinder with its mass and inertia) in a world of the {@code engine} kwarg,
 * one engine step per physics step. Forces are applied to the bodies directly rather than through a
 * model's thrusters because the modes add per-step forces (ground effect, drag, downwash) that
 * depend on all drones at once.
 *
 * <p>PyBullet damps every body by default and the original keeps it: per step a force {@code
 * −0.04·m·v·(1 + |v|)} and a body torque {@code −0.04·J·ω·(1 + |ω|)} (Bullet's multi-body damping),
 * applied here explicitly so that both engines see the same.
 */
final class EngineDrones implements AutoCloseable {
  /** PyBullet's default linear and angular damping factor. */
  private static final double DAMPING = 0.04;

  private final DroneModel model;
  private final DronePhysics physics;
  private final PhysicsWorld world;
  private final Body[] bodies;
  private final WorldSnapshot initialState;
  private final Vector3d v = new Vector3d();
  private final Vector3d f = new Vector3d();
  private final Vector3d point = new Vector3d();
  private final Quaterniond q = new Quaterniond();
  private final double[] quat = new double[4];
  private final double[] rot = new double[9];

  EngineDrones(
      String engineName,
      DroneModel model,
      DronePhysics physics,
      double dtSeconds,
      DroneStates start) {
    this.model = model;
    this.physics = physics;
    WorldSettings settings =
        WorldSettings.defaults()
            .withGravity(0, 0, -DroneModel.GRAVITY_MPS2)
            .withMaxSubStep(dtSeconds);
    this.world = PhysicsEngine.byName(engineName).createWorld(settings);
    world.addBody(BodySpec.fixed("floor", Shape.Plane.ground()).build());
    bodies = new Body[start.count];
    Shape cylinder =
        new Shape.Cylinder(DroneModel.COLLISION_RADIUS_M, DroneModel.COLLISION_HEIGHT_M / 2);
    for (int i = 0; i < start.count; i++) {
      Pose pose =
          new Pose(
              new Vector3d(start.pos[3 * i], start.pos[3 * i + 1], start.pos[3 * i + 2]),
              new Quaterniond(
                  start.quat[4 * i],
                  start.quat[4 * i + 1],
                  start.quat[4 * i + 2],
                  start.quat[4 * i + 3]));
      bodies[i] =
          world.addBody(
              BodySpec.dynamic("drone" + i, cylinder)
                  .pose(pose)
                  .mass(model.massKg, model.ixx, model.iyy, model.izz)
                  .build());
    }
    initialState = world.snapshot();
  }

  /** The engine's name. */
  String engineName() {
    return world.engineName();
  }

  /** Puts the drones back at their start, at rest. */
  void restart() {
    world.restore(initialState);
  }

  /**
   * Applies one physics step's forces to every drone: thrusts at the propellers, yaw torque,
   * damping, and the mode's ground effect, drag (at the previous step's RPMs) and downwash.
   */
  void applyForces(DroneStates s, double[] rpm) {
    for (int i = 0; i < bodies.length; i++) {
      Body body = bodies[i];
      body.position(v);
      double px = v.x;
      double py = v.y;
      double pz = v.z;
      body.orientation(q);
      quat[0] = q.x;
      quat[1] = q.y;
      quat[2] = q.z;
      quat[3] = q.w;
      Rotations.matrix(quat, 0, rot);
      for (int k = 0; k < 4; k++) {
        double w = rpm[4 * i + k];
        double thrust = w * w * model.kf;
        if (physics.groundEffect) {
          thrust += groundEffect(s, i, w, pz + rot[6] * model.propX(k) + rot[7] * model.propY(k));
        }
        f.set(rot[2] * thrust, rot[5] * thrust, rot[8] * thrust);
        point.set(
            px + rot[0] * model.propX(k) + rot[1] * model.propY(k),
            py + rot[3] * model.propX(k) + rot[4] * model.propY(k),
            pz + rot[6] * model.propX(k) + rot[7] * model.propY(k));
        body.applyForceAtPoint(f, point);
      }
      double yaw = 0;
      for (int k = 0; k < 4; k++) {
        double w = rpm[4 * i + k];
        yaw += (k % 2 == 0 ? -1 : 1) * model.yawSign * w * w * model.km;
      }
      body.applyTorque(f.set(rot[2] * yaw, rot[5] * yaw, rot[8] * yaw));
      damp(body);
      if (physics.drag) {
        drag(s, i, body);
      }
      if (physics.downwash) {
        downwash(s, i, body);
      }
    }
  }

  private double groundEffect(DroneStates s, int i, double rpm, double propHeightM) {
    // Only while upright, as in the original (roll and pitch from the last stored state).
    if (Math.abs(s.rpy[3 * i]) >= Math.PI / 2 || Math.abs(s.rpy[3 * i + 1]) >= Math.PI / 2) {
      return 0;
    }
    double h = Math.max(propHeightM, model.groundEffectClipM);
    double ratio = model.propRadiusM / (4 * h);
    return rpm * rpm * model.kf * DroneModel.GROUND_EFFECT_COEFF * ratio * ratio;
  }

  private void drag(DroneStates s, int i, Body body) {
    double radPerS = 0;
    for (int k = 0; k < 4; k++) {
      radPerS += 2 * Math.PI * s.lastRpm[4 * i + k] / 60;
    }
    // The original rotates −k⊙v·Σω into the body frame and applies it there: a world force.
    body.applyForce(
        f.set(
            -DroneModel.DRAG_COEFF_XY * radPerS * s.vel[3 * i],
            -DroneModel.DRAG_COEFF_XY * radPerS * s.vel[3 * i + 1],
            -DroneModel.DRAG_COEFF_Z * radPerS * s.vel[3 * i + 2]));
  }

  private void downwash(DroneStates s, int i, Body body) {
    for (int j = 0; j < s.count; j++) {
      double dz = s.pos[3 * j + 2] - s.pos[3 * i + 2];
      double dx = s.pos[3 * j] - s.pos[3 * i];
      double dy = s.pos[3 * j + 1] - s.pos[3 * i + 1];
      double dxy = Math.sqrt(dx * dx + dy * dy);
      // The original's test is dz > 0, but its α grows as 1/dz² and reaches 1e10 N and more for
      // drones at nearly one height; below one body height no wake is applied here.
      if (dz >= DroneModel.COLLISION_HEIGHT_M && dxy < 10) {
        double ratio = model.propRadiusM / (4 * dz);
        double alpha = DroneModel.DOWNWASH_C1 * ratio * ratio;
        double beta = DroneModel.DOWNWASH_C2 * dz + DroneModel.DOWNWASH_C3;
        double push = -alpha * Math.exp(-0.5 * (dxy / beta) * (dxy / beta));
        // Along the body's −z, as the original applies it in the drone's frame.
        body.applyForce(f.set(rot[2] * push, rot[5] * push, rot[8] * push));
      }
    }
  }

  private void damp(Body body) {
    body.linearVelocity(v);
    double speed = v.length();
    double c = -DAMPING * model.massKg * (1 + speed);
    body.applyForce(f.set(c * v.x, c * v.y, c * v.z));
    body.angularVelocity(v);
    double spin = v.length();
    // Body-frame rates, damped by the principal inertia, back to the world frame.
    double bx = rot[0] * v.x + rot[3] * v.y + rot[6] * v.z;
    double by = rot[1] * v.x + rot[4] * v.y + rot[7] * v.z;
    double bz = rot[2] * v.x + rot[5] * v.y + rot[8] * v.z;
    double k = -DAMPING * (1 + spin);
    bx *= k * model.ixx;
    by *= k * model.iyy;
    bz *= k * model.izz;
    body.applyTorque(
        f.set(
            rot[0] * bx + rot[1] * by + rot[2] * bz,
            rot[3] * bx + rot[4] * by + rot[5] * bz,
            rot[6] * bx + rot[7] * by + rot[8] * bz));
  }

  /** Steps the world by one physics step. */
  void step(double dtSeconds) {
    world.step(dtSeconds);
  }

  /** Reads every body's pose and velocities into {@code s} (rpy from the quaternion). */
  void read(DroneStates s) {
    for (int i = 0; i < bodies.length; i++) {
      Body body = bodies[i];
      body.position(v);
      s.pos[3 * i] = v.x;
      s.pos[3 * i + 1] = v.y;
      s.pos[3 * i + 2] = v.z;
      body.orientation(q);
      s.quat[4 * i] = q.x;
      s.quat[4 * i + 1] = q.y;
      s.quat[4 * i + 2] = q.z;
      s.quat[4 * i + 3] = q.w;
      Rotations.euler(s.quat, 4 * i, s.rpy, 3 * i);
      body.linearVelocity(v);
      s.vel[3 * i] = v.x;
      s.vel[3 * i + 1] = v.y;
      s.vel[3 * i + 2] = v.z;
      body.angularVelocity(v);
      s.angVel[3 * i] = v.x;
      s.angVel[3 * i + 1] = v.y;
      s.angVel[3 * i + 2] = v.z;
    }
  }

  @Override
  public void close() {
    if (!world.isClosed()) {
      world.close();
    }
  }
}
