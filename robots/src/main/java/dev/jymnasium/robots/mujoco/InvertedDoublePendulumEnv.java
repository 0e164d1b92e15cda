package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.model.ActuatorSpec;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import org.joml.Vector3d;

/**
 * Gymnasium's {@code InvertedDoublePendulum-v5} on our physics: two poles (0.6 m, 4.2 kg each)
 * stacked on a cart on a 2 m rail. Model: {@code models/inverted_double_pendulum.xml}.
 *
 * <h2>Description</h2>
 *
 * Keep the tip of the second pole high by moving the cart.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (1,), float32)}: slider force = 500 × action (N).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (9,), float64)}: cart x, sin θ1, sin θ2, cos θ1, cos θ2, clip(ẋ, θ̇1, θ̇2;
 * ±10), clip(slider constraint force; ±10). θ2 is relative to pole 1.
 *
 * <h2>Rewards</h2>
 *
 * {@code healthy_reward (10, while alive) − (0.01·x_tip² + (z_tip − 2)²) − (1e-3·θ̇1² +
 * 5e-3·θ̇2²)}; info {@code reward_survive}, {@code distance_penalty}, {@code velocity_penalty}.
 *
 * <h2>Starting state</h2>
 *
 * qpos = U(±0.1), qvel = 0.1·N(0, 1).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the tip's height z_tip ≤ 1 m; truncated at 1000 steps. Reward threshold 9100.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * None on the default engine ({@code auto}: joint-space): MuJoCo's own formulation and RK4, the
 * slider's soft limit with its 0.01 m margin, and the constraint force MuJoCo observes (that of the
 * last RK4 stage), equal to MuJoCo to round-off (docs/mujoco-fidelity.md). On {@code ode4j}/{@code
 * jbullet}, which do not report joint constraint forces, the last observation is estimated from the
 * system's horizontal momentum balance over the step while the cart sits at a rail limit, and is 0
 * otherwise (as in MuJoCo away from the limits); hard limits without margin; semi-implicit Euler
 * instead of RK4. dt 0.05 s.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; on the joint-space engine by default
 * since it exists (#12).
 */
public final class InvertedDoublePendulumEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "InvertedDoublePendulum-v5";

  /** Tip height at or below which the episode ends (m). */
  public static final double MIN_TIP_HEIGHT_M = 1;

  /** Cart distance from a rail end below which the limit counts as active (m). */
  private static final double LIMIT_SLACK_M = 1e-3;

  private static final double CLIP = 10;

  private final double healthyReward;
  private final double resetNoiseScale;

  /**
   * Moving bodies, for the momentum estimate of the slider force; null where the engine reports it.
   */
  private final Body[] bodies;

  private final Vector3d tip = new Vector3d();
  private final Vector3d scratch = new Vector3d();
  private final double railLimit;
  private final double gear;
  private final double sliderDamping;
  private double momentumBefore;
  private double force;
  private double constraintForce;

  /**
   * The kwargs of InvertedDoublePendulum-v5, Gymnasium's names and defaults.
   *
   * @param healthyReward {@code healthy_reward}: reward for every step the tip stays above 1 m
   *     (10.0)
   * @param resetNoiseScale {@code reset_noise_scale}: half-width of the uniform qpos and scale of
   *     the normal qvel reset noise (0.1)
   * @param frameSkip {@code frame_skip}: physics steps per env step (5)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code inverted_double_pendulum.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(defaultValue = "10.0", doc = "reward for every step the tip stays above 1 m")
          double healthyReward,
      @Kwarg(
              defaultValue = "0.1",
              min = 0,
              doc = "half-width of the uniform qpos and scale of the normal qvel reset noise")
          double resetNoiseScale,
      @Kwarg(defaultValue = "5", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "inverted_double_pendulum.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {}

  /** Default settings. */
  public InvertedDoublePendulumEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public InvertedDoublePendulumEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        config.physics(),
        new CameraConfig("cart", 0, 0, 0.6, 4, 90, -10, false));
    ConfigBinder.checked(config, ID);
    healthyReward = config.healthyReward();
    resetNoiseScale = config.resetNoiseScale();
    // Engines that do not report the slider's constraint force have it estimated from momentum.
    bodies =
        Double.isNaN(physics.constraintForce(0))
            ? modelWorld().world().bodies().stream().filter(b -> !b.isStatic()).toArray(Body[]::new)
            : null;
    var slider = mjcf.spec().links().get(physics.poses().linkIndex("cart")).joints().get(0);
    railLimit = slider.upperLimit();
    sliderDamping = slider.damping();
    gear = ((ActuatorSpec.Motor) mjcf.spec().actuators().get(0)).gear();
    observationSize(9);
  }

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, resetNoiseScale, qposNoise);
    normalNoise(initQvel, resetNoiseScale, qvelNoise);
    setState(qposNoise, qvelNoise);
    constraintForce = bodies == null ? physics.constraintForce(0) : 0;
  }

  @Override
  protected void fillObservation() {
    obs[0] = qpos[0];
    obs[1] = Math.sin(qpos[1]);
    obs[2] = Math.sin(qpos[2]);
    obs[3] = Math.cos(qpos[1]);
    obs[4] = Math.cos(qpos[2]);
    for (int i = 0; i < 3; i++) {
      obs[5 + i] = clip(qvel[i]);
    }
    obs[8] = clip(constraintForce);
  }

  private static double clip(double v) {
    return Math.max(-CLIP, Math.min(CLIP, v));
  }

  private double horizontalMomentum() {
    if (bodies == null) {
      return 0;
    }
    double p = 0;
    for (Body b : bodies) {
      p += b.massKg() * b.linearVelocity(scratch).x;
    }
    return p;
  }

  @Override
  protected void beforeStep() {
    momentumBefore = horizontalMomentum();
  }

  @Override
  protected double afterStep(float[] action) {
    double x = qpos[0];
    if (bodies == null) {
      constraintForce = physics.constraintForce(0);
    } else if (Math.abs(x) >= railLimit - LIMIT_SLACK_M) {
      double totalMass = 0;
      for (Body b : bodies) {
        totalMass += b.massKg();
      }
      force = gear * Math.max(-1, Math.min(1, action[0]));
      double rate = (horizontalMomentum() - momentumBefore) / dt();
      constraintForce =
          rate - force - totalMass * mjcf.spec().gravityMps2().x() + sliderDamping * qvel[0];
    } else {
      constraintForce = 0;
    }
    fillObservation();
    physics.poses().sitePosition("tip", tip);
    double distPenalty = 0.01 * tip.x * tip.x + (tip.z - 2) * (tip.z - 2);
    double velPenalty = 1e-3 * qvel[1] * qvel[1] + 5e-3 * qvel[2] * qvel[2];
    terminated = tip.z <= MIN_TIP_HEIGHT_M;
    double alive = terminated ? 0 : healthyReward;
    info.set("reward_survive", alive);
    info.set("distance_penalty", -distPenalty);
    info.set("velocity_penalty", -velPenalty);
    return alive - distPenalty - velPenalty;
  }
}
