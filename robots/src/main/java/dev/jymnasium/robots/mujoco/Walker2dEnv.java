package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.Kwargs;
import java.util.Map;

/**
 * Gymnasium's {@code Walker2d-v5} on our physics: a planar biped (torso and two legs of thigh,
 * leg and foot; 23.7 kg). Model: {@code models/walker2d.xml}.
 *
 * <h2>Description</h2> Walk forward (+x) without falling.
 * <h2>Action space</h2> {@code Box(-1, 1, (6,), float32)}: torques on thigh, leg, foot,
 * thigh_left, leg_left, foot_left, gear 100 (N·m per unit).
 * <h2>Observation space</h2> {@code Box(-inf, inf, (17,), float64)}: z, pitch, 6 joint angles,
 * then vx, vz, pitch rate, 6 joint rates, velocities clipped to ±10 (18 with x).
 * <h2>Rewards</h2> {@code healthy_reward (while healthy) + forward_reward_weight·vx −
 * ctrl_cost_weight·‖a‖²}; info as Hopper-v5.
 * <h2>Starting state</h2> qpos = (0, 1.25, 0, …) + U(±0.005), qvel = U(±0.005).
 * <h2>Episode end</h2> Terminated when unhealthy: z outside (0.8, 2.0) or pitch outside (−1, 1)
 * (strict); truncated at 1000 steps. No reward threshold.
 * <h2>Arguments</h2> {@code forward_reward_weight} (1), {@code ctrl_cost_weight} (1e-3),
 * {@code healthy_reward} (1), {@code terminate_when_unhealthy} (true), {@code healthy_z_range},
 * {@code healthy_angle_range}, {@code reset_noise_scale} (5e-3),
 * {@code exclude_current_positions_from_observation} (true), {@code frame_skip} (4),
 * {@code engine}, {@code xml_file}, {@code render_mode}, {@code width}, {@code height}.
 * <h2>Differences from MuJoCo</h2> As Hopper-v5: hard contacts (friction 0.9, both feet 1.9),
 * hard limits, armature as rotor inertia, explicit damping, semi-implicit Euler; the two legs
 * never touch each other. dt 0.008 s.
 * <h2>Version history</h2> v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet.
 */
public final class Walker2dEnv extends PlanarWalkerEnv {
  /** Registry id. */
  public static final String ID = "Walker2d-v5";

  /** Default settings. */
  public Walker2dEnv() {
    this(Map.of());
  }

  /** Settings from keyword arguments (see the class docs). */
  public Walker2dEnv(Map<String, ?> kwargs) {
    this(new Kwargs(ID, kwargs));
    rejectUnknownKwargs();
  }

  /** Settings from keyword arguments; the caller checks for unknown keys. */
  public Walker2dEnv(Kwargs kw) {
    super(kw, ID, "walker2d.xml", new double[] {0.8, 2.0}, new double[] {-1, 1});
  }

  @Override
  boolean isHealthy() {
    double z = qpos[1];
    double angle = qpos[2];
    return z > healthyZRange[0] && z < healthyZRange[1] && angle > healthyAngleRange[0]
        && angle < healthyAngleRange[1];
  }
}
