package dev.jymnasium.physics.bench;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.BodySpec;
import dev.jymnasium.physics.Joint;
import dev.jymnasium.physics.JointSpec;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.Pose;
import dev.jymnasium.physics.Shape;
import java.util.List;
import org.joml.Vector3d;

/** The fixed benchmark scenes, built through the neutral API. */
public final class Scenes {
  /** Scene names accepted by {@link #build}. */
  public static final List<String> NAMES = List.of("box-on-plane", "chain-7", "boxes-100");

  /**
   * Links of chain-7, capsules along x; shared with the engines' {@link RawChain7}s, as are the
   * values below.
   */
  public static final int CHAIN_LINKS = 7;

  /** Capsule radius of a chain link (m). */
  public static final double CHAIN_RADIUS_M = 0.05;

  /** Half length of a chain link's cylinder part (m). */
  public static final double CHAIN_HALF_LENGTH_M = 0.2;

  /** Density of the chain links (kg/m³). */
  public static final double CHAIN_DENSITY_KG_PER_M3 = 1000;

  /** Target speed of the chain's hinge motors (rad/s). */
  public static final double CHAIN_MOTOR_SPEED_RADPS = 2.0;

  /** Torque limit of the chain's hinge motors (N·m). */
  public static final double CHAIN_MOTOR_MAX_NM = 20.0;

  /** Steps between reversals of the chain motors. */
  public static final int CHAIN_MOTOR_PERIOD_STEPS = 250;

  private Scenes() {}

  /**
   * Builds scene {@code name} into an empty world and returns the per-step driver (which may do
   * nothing).
   *
   * @throws IllegalArgumentException for an unknown scene name
   */
  public static SceneDriver build(String name, PhysicsWorld world) {
    switch (name) {
      case "box-on-plane":
        world.addBody(BodySpec.fixed("ground", Shape.Plane.ground()).build());
        world.addBody(
            BodySpec.dynamic("box", new Shape.Box(0.5, 0.5, 0.5))
                .position(0, 0, 0.5)
                .massKg(1)
                .build());
        return step -> {};
      case "chain-7":
        return chain(world);
      case "boxes-100":
        world.addBody(BodySpec.fixed("ground", Shape.Plane.ground()).build());
        for (int i = 0; i < 100; i++) {
          // A 5 x 5 x 4 lattice, slightly offset per layer so the pile tumbles.
          double x = (i % 5) * 0.25 + 0.05 * (i / 25),
              y = (i / 5 % 5) * 0.25,
              z = 0.3 + 0.3 * (i / 25);
          world.addBody(
              BodySpec.dynamic("box" + i, new Shape.Box(0.1, 0.1, 0.1))
                  .position(x, y, z)
                  .densityKgPerM3(500)
                  .friction(0.8)
                  .build());
        }
        return step -> {};
      default:
        throw new IllegalArgumentException(
            "unknown scene '" + name + "'; accepted: " + String.join(", ", NAMES));
    }
  }

  private static SceneDriver chain(PhysicsWorld world) {
    world.addBody(BodySpec.fixed("ground", Shape.Plane.ground()).build());
    double linkLength = 2 * (CHAIN_HALF_LENGTH_M + CHAIN_RADIUS_M);
    Body previous = null;
    Joint[] motors = new Joint[CHAIN_LINKS - 1];
    for (int i = 0; i < CHAIN_LINKS; i++) {
      double x = i * linkLength;
      // Capsules run along the body z axis: turn each body a quarter turn about y to lie along x.
      Body link =
          world.addBody(
              BodySpec.dynamic("link" + i, new Shape.Capsule(CHAIN_RADIUS_M, CHAIN_HALF_LENGTH_M))
                  .pose(Pose.at(x, 0, CHAIN_RADIUS_M).rotated(Math.PI / 2, 0, 1, 0))
                  .densityKgPerM3(CHAIN_DENSITY_KG_PER_M3)
                  .build());
      if (previous != null) {
        Vector3d anchor = new Vector3d(x - linkLength / 2, 0, CHAIN_RADIUS_M);
        motors[i - 1] =
            world.addJoint(
                JointSpec.hinge("hinge" + i, previous, link, anchor, new Vector3d(0, 1, 0))
                    .withLimits(-1.0, 1.0));
      }
      previous = link;
    }
    return step -> {
      if (step % CHAIN_MOTOR_PERIOD_STEPS == 0) {
        double sign = (step / CHAIN_MOTOR_PERIOD_STEPS) % 2 == 0 ? 1 : -1;
        for (int j = 0; j < motors.length; j++) {
          double speed = (j % 2 == 0 ? sign : -sign) * CHAIN_MOTOR_SPEED_RADPS;
          motors[j].setMotor(0, speed, CHAIN_MOTOR_MAX_NM);
        }
      }
    };
  }

  /** Per-step input to a scene (motor commands); called before each world step. */
  @FunctionalInterface
  public interface SceneDriver {
    /** Applies the inputs for step number {@code step} (from 0). */
    void beforeStep(long step);
  }
}
