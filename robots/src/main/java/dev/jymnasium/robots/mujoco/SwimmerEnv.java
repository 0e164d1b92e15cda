package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.NumericInfo;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * Gymnasium's {@code Swimmer-v5} on our physics: three 1 m links (35.6 kg each) joined by two
 * motorised hinges, moving in the horizontal plane through a viscous medium (ρ 4000 kg/m³, β 0.1
 * Pa·s). Model: {@code models/swimmer.xml}.
 *
 * <h2>Description</h2>
 *
 * Swim forward (+x) as fast as possible.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (2,), float32)}: torques on the two hinges, gear 150.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (8,), float64)}: root angle, 2 hinge angles, vx, vy, root angular rate, 2
 * hinge rates; 10 with the root x, y.
 *
 * <h2>Rewards</h2>
 *
 * {@code forward_reward_weight·vx − ctrl_cost_weight·‖a‖²} (1, 1e-4); info {@code x_position},
 * {@code y_position}, {@code distance_from_origin}, {@code x_velocity}, {@code y_velocity}, {@code
 * reward_forward}, {@code reward_ctrl}.
 *
 * <h2>Starting state</h2>
 *
 * qpos = U(±0.1), qvel = U(±0.1).
 *
 * <h2>Episode end</h2>
 *
 * Never terminates; truncated at 1000 steps. Reward threshold 360.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * None on the default engine ({@code auto}: joint-space): MuJoCo's own formulation, its inertia-box
 * fluid forces in every RK4 stage and armature on every joint, equal to MuJoCo to round-off
 * (docs/mujoco-fidelity.md). On {@code ode4j}/{@code jbullet}: the fluid forces are applied by hand
 * before each 0.01 s physics step (see {@link FluidDrag}); armature only on the hinges (the root
 * slides have none); semi-implicit Euler. dt 0.04 s.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; on the joint-space engine by default
 * since it exists (#12).
 */
public final class SwimmerEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "Swimmer-v5";

  private final double forwardRewardWeight;
  private final double ctrlCostWeight;
  private final double resetNoiseScale;
  private final boolean excludePositions;
  private double xBefore;
  private double yBefore;

  /**
   * The kwargs of Swimmer-v5, Gymnasium's names and defaults.
   *
   * @param forwardRewardWeight {@code forward_reward_weight}: weight of the forward reward w_fwd *
   *     vx (1.0)
   * @param ctrlCostWeight {@code ctrl_cost_weight}: weight of the control cost w_ctrl * |a|^2
   *     (1e-4)
   * @param resetNoiseScale {@code reset_noise_scale}: half-width of the uniform qpos and qvel reset
   *     noise (0.1)
   * @param excludeCurrentPositionsFromObservation {@code
   *     exclude_current_positions_from_observation}: leave x and y out of the observation (true)
   * @param frameSkip {@code frame_skip}: physics steps per env step (4)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code swimmer.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(defaultValue = "1.0", doc = "weight of the forward reward w_fwd * vx")
          double forwardRewardWeight,
      @Kwarg(defaultValue = "1e-4", min = 0, doc = "weight of the control cost w_ctrl * |a|^2")
          double ctrlCostWeight,
      @Kwarg(
              defaultValue = "0.1",
              min = 0,
              doc = "half-width of the uniform qpos and qvel reset noise")
          double resetNoiseScale,
      @Kwarg(defaultValue = "true", doc = "leave x and y out of the observation")
          boolean excludeCurrentPositionsFromObservation,
      @Kwarg(defaultValue = "4", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "swimmer.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {}

  /** Default settings. */
  public SwimmerEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public SwimmerEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        config.physics(),
        new CameraConfig("mid", 0, 0, 0, 5, 90, -60, false));
    ConfigBinder.checked(config, ID);
    forwardRewardWeight = config.forwardRewardWeight();
    ctrlCostWeight = config.ctrlCostWeight();
    resetNoiseScale = config.resetNoiseScale();
    excludePositions = config.excludeCurrentPositionsFromObservation();
    observationSize(qpos.length + qvel.length - (excludePositions ? 2 : 0));
  }

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, resetNoiseScale, qposNoise);
    uniformNoise(initQvel, resetNoiseScale, qvelNoise);
    setState(qposNoise, qvelNoise);
  }

  @Override
  protected void fillObservation() {
    Observations.positionsThenVelocities(
        qpos, qvel, excludePositions ? 2 : 0, obs, Double.POSITIVE_INFINITY);
  }

  @Override
  protected void resetInfo(NumericInfo dest) {
    dest.set("x_position", qpos[0]);
    dest.set("y_position", qpos[1]);
    dest.set("distance_from_origin", Math.hypot(qpos[0] - initQpos[0], qpos[1] - initQpos[1]));
  }

  @Override
  protected void beforeStep() {
    xBefore = physics.jointPosition("slider1");
    yBefore = physics.jointPosition("slider2");
  }

  @Override
  protected double afterStep(float[] action) {
    double xVelocity = (qpos[0] - xBefore) / dt();
    double yVelocity = (qpos[1] - yBefore) / dt();
    double forward = forwardRewardWeight * xVelocity;
    double ctrlCost = controlCost(ctrlCostWeight, action);
    fillObservation();
    resetInfo(info);
    info.set("x_velocity", xVelocity);
    info.set("y_velocity", yVelocity);
    info.set("reward_forward", forward);
    info.set("reward_ctrl", -ctrlCost);
    return forward - ctrlCost;
  }
}
