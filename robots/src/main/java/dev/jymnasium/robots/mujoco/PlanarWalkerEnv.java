package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.NumericInfo;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.function.UnaryOperator;

/**
 * Shared part of Hopper-v5 and Walker2d-v5: planar root (rootx, rootz reading the absolute height,
 * rooty pitch), reward {@code healthy_reward·healthy + w_fwd·vx − w_ctrl·‖a‖²}, termination when
 * unhealthy, {@code U(±reset_noise_scale)} reset noise on qpos then qvel, and the observation
 * {@code [qpos[1:], clip(qvel, ±10)]}.
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

  /**
   * The kwargs Hopper-v5 and Walker2d-v5 share, with Gymnasium's defaults (the same for both).
   *
   * @param forwardRewardWeight {@code forward_reward_weight}: weight of the forward reward w_fwd·vx
   * @param ctrlCostWeight {@code ctrl_cost_weight}: weight of the control cost w_ctrl·‖a‖²
   * @param healthyReward {@code healthy_reward}: reward for every healthy step
   * @param terminateWhenUnhealthy {@code terminate_when_unhealthy}: end the episode when unhealthy
   * @param resetNoiseScale {@code reset_noise_scale}: half-width of the uniform qpos and qvel noise
   * @param excludeCurrentPositionsFromObservation {@code
   *     exclude_current_positions_from_observation}: leave x out of the observation
   */
  public record WalkerOptions(
      @Kwarg(defaultValue = "1.0", doc = "weight of the forward reward w_fwd * vx")
          double forwardRewardWeight,
      @Kwarg(defaultValue = "1e-3", min = 0, doc = "weight of the control cost w_ctrl * |a|^2")
          double ctrlCostWeight,
      @Kwarg(defaultValue = "1.0", doc = "reward for every healthy step") double healthyReward,
      @Kwarg(defaultValue = "true", doc = "end the episode when the robot is unhealthy")
          boolean terminateWhenUnhealthy,
      @Kwarg(
              defaultValue = "5e-3",
              min = 0,
              doc = "half-width of the uniform qpos and qvel reset noise")
          double resetNoiseScale,
      @Kwarg(defaultValue = "true", doc = "leave x out of the observation")
          boolean excludeCurrentPositionsFromObservation) {}

  PlanarWalkerEnv(
      String id,
      String xmlFile,
      int frameSkip,
      PhysicsEnvOptions physics,
      WalkerOptions walker,
      double[] zRange,
      double[] angleRange,
      UnaryOperator<ModelSpec> forWorldEngines) {
    super(
        id,
        xmlFile,
        frameSkip,
        1,
        physics,
        CameraConfig.side("torso", 1.15, 4, -20),
        forWorldEngines);
    forwardRewardWeight = walker.forwardRewardWeight();
    ctrlCostWeight = walker.ctrlCostWeight();
    healthyReward = walker.healthyReward();
    terminateWhenUnhealthy = walker.terminateWhenUnhealthy();
    healthyZRange = zRange;
    healthyAngleRange = angleRange;
    resetNoiseScale = walker.resetNoiseScale();
    excludePositions = walker.excludeCurrentPositionsFromObservation();
    observationSize(qpos.length + qvel.length - (excludePositions ? 1 : 0));
  }

  /** Requires a (low, high) pair with low <= high; infinities allowed. */
  static void checkRange(String key, double[] range) {
    if (range.length != 2 || range[0] > range[1]) {
      throw new IllegalArgumentException(
          "kwarg '"
              + key
              + "' needs (low, high) with low <= high, got "
              + java.util.Arrays.toString(range));
    }
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
  protected void resetInfo(NumericInfo dest) {
    dest.set("x_position", qpos[0]);
    dest.set("z_distance_from_origin", qpos[1] - initQpos[1]);
  }

  @Override
  protected void beforeStep() {
    xBefore = physics.jointPosition("rootx");
  }

  @Override
  protected double afterStep(float[] action) {
    double xVelocity = (qpos[0] - xBefore) / dt();
    boolean healthy = isHealthy();
    double forward = forwardRewardWeight * xVelocity;
    double survive = healthy ? healthyReward : 0;
    double ctrlCost = controlCost(ctrlCostWeight, action);
    fillObservation();
    terminated = !healthy && terminateWhenUnhealthy;
    resetInfo(info);
    info.set("x_velocity", xVelocity);
    info.set("reward_forward", forward);
    info.set("reward_ctrl", -ctrlCost);
    info.set("reward_survive", survive);
    return forward + survive - ctrlCost;
  }

  /** Whether the state is healthy now (reads the world). */
  public boolean healthyNow() {
    readState();
    return isHealthy();
  }
}
