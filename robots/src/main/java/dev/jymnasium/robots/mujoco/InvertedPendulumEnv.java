package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnvOptions;

/**
 * Gymnasium's {@code InvertedPendulum-v5} on our physics: a pole hinged on a cart that a motor
 * pushes along a 2 m rail. Model: {@code models/inverted_pendulum.xml}.
 *
 * <h2>Description</h2>
 *
 * Keep the pole upright by moving the cart.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-3, 3, (1,), float32)}: slider force = 100 × action (N).
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (4,), float64)}: cart position (m), pole angle (rad), cart velocity (m/s),
 * pole angular velocity (rad/s).
 *
 * <h2>Rewards</h2>
 *
 * +1 for each step the pole stays up; 0 on the terminating step. Info {@code reward_survive}.
 *
 * <h2>Starting state</h2>
 *
 * qpos and qvel each {@code U(±reset_noise_scale)} (0.01).
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the observation is non-finite or |angle| &gt; 0.2 rad; truncated at 1000 steps
 * (registry). Reward threshold 950.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * None on the default engine ({@code auto}: joint-space): MuJoCo's own formulation and RK4, equal
 * to MuJoCo to round-off (docs/mujoco-fidelity.md). On {@code ode4j}/{@code jbullet}: semi-implicit
 * Euler instead of RK4; joint limits are hard engine constraints instead of soft ones; joint
 * damping is applied as an explicit torque each 0.02 s step. dt = 0.02 × 2 = 0.04 s as in
 * Gymnasium.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; on the joint-space engine by default
 * since it exists (#12).
 */
public final class InvertedPendulumEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "InvertedPendulum-v5";

  /** Largest pole angle before termination (rad). */
  public static final double MAX_ANGLE_RAD = 0.2;

  private final double resetNoiseScale;

  /**
   * The kwargs of InvertedPendulum-v5, Gymnasium's names and defaults.
   *
   * @param resetNoiseScale {@code reset_noise_scale}: half-width of the uniform qpos and qvel reset
   *     noise (0.01)
   * @param frameSkip {@code frame_skip}: physics steps per env step (2)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code inverted_pendulum.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(
              defaultValue = "0.01",
              min = 0,
              doc = "half-width of the uniform qpos and qvel reset noise")
          double resetNoiseScale,
      @Kwarg(defaultValue = "2", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "inverted_pendulum.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {}

  /** Default settings. */
  public InvertedPendulumEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public InvertedPendulumEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        config.physics(),
        new CameraConfig("cart", 0, 0, 0.3, 2.5, 90, -10, false));
    ConfigBinder.checked(config, ID);
    this.resetNoiseScale = config.resetNoiseScale();
    observationSize(4);
  }

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, resetNoiseScale, qposNoise);
    uniformNoise(initQvel, resetNoiseScale, qvelNoise);
    setState(qposNoise, qvelNoise);
  }

  @Override
  protected void fillObservation() {
    obs[0] = qpos[0];
    obs[1] = qpos[1];
    obs[2] = qvel[0];
    obs[3] = qvel[1];
  }

  @Override
  protected double afterStep(float[] action) {
    fillObservation();
    boolean finite = true;
    for (double v : obs) {
      finite &= Double.isFinite(v);
    }
    terminated = !finite || Math.abs(obs[1]) > MAX_ANGLE_RAD;
    double reward = terminated ? 0 : 1;
    info.set("reward_survive", reward);
    return reward;
  }
}
