package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.Kwargs;
import java.util.Map;

/**
 * Shared part of Hopper-v5 and Walker2d-v5: planar root (rootx, rootz reading the absolute
 * height, rooty pitch), reward {@code healthy_reward·healthy + w_fwd·vx − w_ctrl·‖a‖²},
 * termination when unhealthy, {@code U(±reset_noise_scale)} reset noise on qpos then qvel, and
 * the observation {@code [qpos[1:], clip(qvel, ±10)]}.
 */
abstract class PlanarWalkerEnv extends MujocoEnv {
  /** Observation velocity clip (Gymnasium's ±10). */
  static final double VELOCITY_CLIP = 10;

  protected final double forwardRewardWeight;
  protected final double ctrlCostWeight;
  protected final double healthyReward;
  protected final boolean terminateWhenUnhealthy;
  protected final double[] healthyZRange;
  protected final double[] healthyAngleRange;
  protected final double resetNoiseScale;
  protected final boolean excludePositions;
  private double xBefore;

  PlanarWalkerEnv(Kwargs kw, String id, String file, double[] zRange, double[] angleRange) {
    super(kw, id, file, 4, CameraConfig.side("torso", 1.15, 4, -20));
    forwardRewardWeight = kw.getDouble("forward_reward_weight", 1.0);
    ctrlCostWeight = kw.getDouble("ctrl_cost_weight", 1e-3);
    healthyReward = kw.getDouble("healthy_reward", 1.0);
    terminateWhenUnhealthy = kw.getBoolean("terminate_when_unhealthy", true);
    healthyZRange = range(kw, "healthy_z_range", zRange);
    healthyAngleRange = range(kw, "healthy_angle_range", angleRange);
    resetNoiseScale = kw.getDouble("reset_noise_scale", 5e-3);
    excludePositions = kw.getBoolean("exclude_current_positions_from_observation", true);
    observationSize(qpos.length + qvel.length - (excludePositions ? 1 : 0));
  }

  /** A (low, high) kwarg; infinities allowed. */
  static double[] range(Kwargs kw, String key, double[] fallback) {
    double[] r = kw.getDoubleArray(key, fallback);
    if (r.length != 2 || Double.isNaN(r[0]) || Double.isNaN(r[1]) || r[0] > r[1]) {
      throw kw.invalid(key, "needs (low, high) with low <= high, got " + java.util.Arrays.toString(r));
    }
    return r.clone();
  }

  /** Whether the state in {@link #qpos}/{@link #qvel} is healthy. */
  abstract boolean isHealthy();

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, resetNoiseScale, qposNoise);
    uniformNoise(initQvel, resetNoiseScale, qvelNoise);
    setState(qposNoise, qvelNoise);
  }

  @Override
  protected void fillObservation() {
    Observations.positionsThenVelocities(qpos, qvel, excludePositions ? 1 : 0, obs, VELOCITY_CLIP);
  }

  @Override
  protected void resetInfo(Map<String, Object> dest) {
    dest.put("x_position", qpos[0]);
    dest.put("z_distance_from_origin", qpos[1] - initQpos[1]);
  }

  @Override
  protected void beforeStep() {
    xBefore = model.jointPosition("rootx");
  }

  @Override
  protected double afterStep(float[] action) {
    double xVelocity = (qpos[0] - xBefore) / dt();
    boolean healthy = isHealthy();
    double forward = forwardRewardWeight * xVelocity;
    double survive = healthy ? healthyReward : 0;
    double ctrlCost = ctrlCostWeight * squaredNorm(action);
    fillObservation();
    terminated = !healthy && terminateWhenUnhealthy;
    info.put("x_position", qpos[0]);
    info.put("z_distance_from_origin", qpos[1] - initQpos[1]);
    info.put("x_velocity", xVelocity);
    info.put("reward_forward", forward);
    info.put("reward_ctrl", -ctrlCost);
    info.put("reward_survive", survive);
    return forward + survive - ctrlCost;
  }

  /** Whether the state is healthy now (reads the world). */
  public boolean healthyNow() {
    readState();
    return isHealthy();
  }
}
