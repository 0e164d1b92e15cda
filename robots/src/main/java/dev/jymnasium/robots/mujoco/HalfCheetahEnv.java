package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.NumericInfo;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * Gymnasium's {@code HalfCheetah-v5} on our physics: a planar 2-legged runner (torso, back and
 * front thigh, shin and foot; 14 kg). Model: {@code models/half_cheetah.xml}.
 *
 * <h2>Description</h2>
 *
 * Run forward (+x) as fast as possible.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (6,), float32)}: torques on bthigh, bshin, bfoot, fthigh, fshin, ffoot with
 * gears 120, 90, 60, 120, 60, 30 (N·m per unit).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (17,), float64)}: qpos[1:] (height change from 0.7 m, pitch, 6 joint
 * angles) then qvel (vx, vz, pitch rate, 6 joint rates). With {@code
 * exclude_current_positions_from_observation=false} x is prepended (18).
 *
 * <h2>Rewards</h2>
 *
 * {@code forward_reward_weight · vx − ctrl_cost_weight · ‖a‖²}, vx the finite difference of the
 * root x over dt. Info: {@code x_position}, {@code x_velocity}, {@code reward_forward}, {@code
 * reward_ctrl}.
 *
 * <h2>Starting state</h2>
 *
 * {@code qpos = U(±reset_noise_scale)}, {@code qvel = reset_noise_scale · N(0, 1)} (0.1).
 *
 * <h2>Episode end</h2>
 *
 * Never terminates; truncated at 1000 steps. Reward threshold 4800.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * On the joint-space engine (the default): none measurable; the same model, soft contacts and
 * limits (solimplimit "0 .8 .03", contact solimp "0 .8 .01") and MuJoCo's Euler with the joint
 * damping implicit, equal to MuJoCo's trajectories to round-off (docs/mujoco-fidelity.md, item 18).
 * On ODE4J and JBullet: hard contacts with friction 0.4 (product with the floor's 1) instead of
 * soft ones; joint springs applied as explicit torques. On ODE4J the armature (0.1) is joint-space
 * inertia as in MuJoCo, the damping is implicit in the same constraint row and the limits are soft
 * (MuJoCo's default solreflimit; the model's solimplimit is not reproduced); on JBullet the
 * armature is rotor inertia on the child link with explicit damping and hard limits. Same dt 0.05
 * s. On ODE4J the bodies are held in the x–z plane by projection after each physics step and only
 * the joints' in-plane rows are solved ({@code PhysicsWorld.solvePlanarModelsInPlane}: hinges two
 * rows plus the armature row, the planar root none, friction along the plane only): the same motion
 * to rounding, about half the CPU time per step. Measured against MuJoCo in
 * docs/mujoco-fidelity.md.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; later the joint-space engine with
 * MuJoCo's Euler, contacts and limits, its default.
 */
public final class HalfCheetahEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "HalfCheetah-v5";

  private final double forwardRewardWeight;
  private final double ctrlCostWeight;
  private final double resetNoiseScale;
  private final boolean excludePositions;
  private double xBefore;

  /**
   * The kwargs of HalfCheetah-v5, Gymnasium's names and defaults.
   *
   * @param forwardRewardWeight {@code forward_reward_weight}: weight of the forward reward w_fwd *
   *     vx (1.0)
   * @param ctrlCostWeight {@code ctrl_cost_weight}: weight of the control cost w_ctrl * |a|^2 (0.1)
   * @param resetNoiseScale {@code reset_noise_scale}: half-width of the uniform qpos and scale of
   *     the normal qvel reset noise (0.1)
   * @param excludeCurrentPositionsFromObservation {@code
   *     exclude_current_positions_from_observation}: leave x out of the observation (true)
   * @param frameSkip {@code frame_skip}: physics steps per env step (5)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code half_cheetah.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(defaultValue = "1.0", doc = "weight of the forward reward w_fwd * vx")
          double forwardRewardWeight,
      @Kwarg(defaultValue = "0.1", min = 0, doc = "weight of the control cost w_ctrl * |a|^2")
          double ctrlCostWeight,
      @Kwarg(
              defaultValue = "0.1",
              min = 0,
              doc = "half-width of the uniform qpos and scale of the normal qvel reset noise")
          double resetNoiseScale,
      @Kwarg(defaultValue = "true", doc = "leave x out of the observation")
          boolean excludeCurrentPositionsFromObservation,
      @Kwarg(defaultValue = "5", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "half_cheetah.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {}

  /** Default settings. */
  public HalfCheetahEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public HalfCheetahEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        1,
        config.physics(),
        CameraConfig.side("torso", 0.4, 4, -15),
        WorldEngineContacts::of);
    ConfigBinder.checked(config, ID);
    if (physics instanceof WorldPhysics world) {
      // Every force acts in the x–z plane: hold the bodies there instead of solving the rows that
      // only do that (ODE4J; fewer rows per solve, same motion).
      world.modelWorld().world().solvePlanarModelsInPlane();
    }
    forwardRewardWeight = config.forwardRewardWeight();
    ctrlCostWeight = config.ctrlCostWeight();
    resetNoiseScale = config.resetNoiseScale();
    excludePositions = config.excludeCurrentPositionsFromObservation();
    observationSize(qpos.length + qvel.length - (excludePositions ? 1 : 0));
  }

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, resetNoiseScale, qposNoise);
    normalNoise(initQvel, resetNoiseScale, qvelNoise);
    setState(qposNoise, qvelNoise);
  }

  @Override
  protected void fillObservation() {
    Observations.positionsThenVelocities(
        qpos, qvel, excludePositions ? 1 : 0, obs, Double.POSITIVE_INFINITY);
  }

  @Override
  protected void resetInfo(NumericInfo dest) {
    dest.set("x_position", qpos[0]);
  }

  @Override
  protected void beforeStep() {
    xBefore = physics.jointPosition("rootx");
  }

  @Override
  protected double afterStep(float[] action) {
    double xVelocity = (qpos[0] - xBefore) / dt();
    double forward = forwardRewardWeight * xVelocity;
    double ctrlCost = controlCost(ctrlCostWeight, action);
    fillObservation();
    resetInfo(info);
    info.set("x_velocity", xVelocity);
    info.set("reward_forward", forward);
    info.set("reward_ctrl", -ctrlCost);
    return forward - ctrlCost;
  }
}
