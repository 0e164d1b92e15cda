package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.Kwargs;
import java.util.Map;
import org.joml.Vector3d;

/**
 * Gymnasium's {@code Ant-v5} on our physics: a 3-D quadruped (a 0.25 m sphere torso and four
 * two-hinge legs, 0.91 kg) on a free root. Model: {@code models/ant.xml}.
 *
 * <h2>Description</h2> Walk forward (+x).
 * <h2>Action space</h2> {@code Box(-1, 1, (8,), float32)}: torques in actuator order hip_4,
 * ankle_4, hip_1, ankle_1, hip_2, ankle_2, hip_3, ankle_3, gear 150.
 * <h2>Observation space</h2> {@code Box(-inf, inf, (105,), float64)}: qpos[2:] (z, quaternion
 * w x y z, 8 joint angles), qvel (14: linear velocity world, angular velocity body, 8 joint
 * rates), then the 13 moving bodies' contact wrenches (torque, force) clipped to
 * {@code contact_force_range}. 27 without contact forces, +2 with x, y.
 * <h2>Rewards</h2> {@code healthy_reward + forward_reward_weight·vx − ctrl_cost_weight·‖a‖² −
 * contact_cost_weight·‖clip(cfrc_ext)‖²} (1, 1, 0.5, 5e-4), vx of the torso's position; info
 * {@code x_position}, {@code y_position}, {@code distance_from_origin}, {@code x_velocity},
 * {@code y_velocity}, {@code reward_forward}, {@code reward_ctrl}, {@code reward_contact},
 * {@code reward_survive}.
 * <h2>Starting state</h2> qpos = qpos0 + U(±0.1) (the quaternion is normalised by the model),
 * qvel = 0.1·N(0, 1).
 * <h2>Episode end</h2> Terminated when the state is non-finite or z leaves
 * {@code healthy_z_range} [0.2, 1.0] (inclusive); truncated at 1000 steps. Threshold 6000.
 * <h2>Arguments</h2> {@code forward_reward_weight}, {@code ctrl_cost_weight},
 * {@code contact_cost_weight}, {@code healthy_reward}, {@code terminate_when_unhealthy},
 * {@code healthy_z_range}, {@code contact_force_range}, {@code reset_noise_scale} (0.1),
 * {@code exclude_current_positions_from_observation} (true),
 * {@code include_cfrc_ext_in_observation} (true), {@code frame_skip} (5), {@code engine},
 * {@code xml_file}, {@code render_mode}, {@code width}, {@code height}.
 * <h2>Differences from MuJoCo</h2> Contact wrenches contain normal forces only (the engines do
 * not report friction forces); hard contacts without margin; hard limits (the ankles start
 * outside their ranges and are pushed in); welded hip stubs are fixed engine joints; armature
 * as rotor inertia; semi-implicit Euler instead of RK4. dt 0.05 s.
 * <h2>Version history</h2> v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet.
 */
public final class AntEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "Ant-v5";

  private final double forwardRewardWeight;
  private final double ctrlCostWeight;
  private final double contactCostWeight;
  private final double healthyReward;
  private final boolean terminateWhenUnhealthy;
  private final double[] healthyZRange;
  private final double[] contactForceRange;
  private final double resetNoiseScale;
  private final boolean excludePositions;
  private final boolean includeContacts;
  private final ContactWrenches wrenches;
  private final double[] cfrc;
  private final int torso;
  private final Vector3d position = new Vector3d();
  private double xBefore;
  private double yBefore;

  /** Default settings. */
  public AntEnv() {
    this(Map.of());
  }

  /** Settings from keyword arguments (see the class docs). */
  public AntEnv(Map<String, ?> kwargs) {
    this(new Kwargs(ID, kwargs));
    rejectUnknownKwargs();
  }

  /** Settings from keyword arguments; the caller checks for unknown keys. */
  public AntEnv(Kwargs kw) {
    super(kw, ID, "ant.xml", 5, new CameraConfig("torso", 0, 0, 0, 4, 45, -25, true));
    forwardRewardWeight = kw.getDouble("forward_reward_weight", 1.0);
    ctrlCostWeight = kw.getDouble("ctrl_cost_weight", 0.5);
    contactCostWeight = kw.getDouble("contact_cost_weight", 5e-4);
    healthyReward = kw.getDouble("healthy_reward", 1.0);
    terminateWhenUnhealthy = kw.getBoolean("terminate_when_unhealthy", true);
    healthyZRange = PlanarWalkerEnv.range(kw, "healthy_z_range", new double[] {0.2, 1.0});
    contactForceRange = PlanarWalkerEnv.range(kw, "contact_force_range", new double[] {-1.0, 1.0});
    resetNoiseScale = kw.getDouble("reset_noise_scale", 0.1);
    excludePositions = kw.getBoolean("exclude_current_positions_from_observation", true);
    includeContacts = kw.getBoolean("include_cfrc_ext_in_observation", true);
    wrenches = new ContactWrenches(model, world);
    cfrc = new double[6 * wrenches.rows()];
    torso = model.linkIndex("torso");
    observationSize(qpos.length + qvel.length - (excludePositions ? 2 : 0) + (includeContacts ? cfrc.length : 0));
  }

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, resetNoiseScale, qposNoise);
    normalNoise(initQvel, resetNoiseScale, qvelNoise);
    setState(qposNoise, qvelNoise);
  }

  @Override
  protected void fillObservation() {
    wrenches.compute(cfrc);
    for (int i = 0; i < cfrc.length; i++) {
      cfrc[i] = Math.max(contactForceRange[0], Math.min(contactForceRange[1], cfrc[i]));
    }
    int n = Observations.positionsThenVelocities(qpos, qvel, excludePositions ? 2 : 0, obs,
        Double.POSITIVE_INFINITY);
    if (includeContacts) {
      System.arraycopy(cfrc, 0, obs, n, cfrc.length);
    }
  }

  @Override
  protected void resetInfo(Map<String, Object> dest) {
    model.linkPosition(torso, position);
    dest.put("x_position", position.x);
    dest.put("y_position", position.y);
    dest.put("distance_from_origin", Math.hypot(qpos[0] - initQpos[0], qpos[1] - initQpos[1]));
  }

  @Override
  protected void beforeStep() {
    model.linkPosition(torso, position);
    xBefore = position.x;
    yBefore = position.y;
  }

  private boolean healthy() {
    for (double v : qpos) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    for (double v : qvel) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return qpos[2] >= healthyZRange[0] && qpos[2] <= healthyZRange[1];
  }

  @Override
  protected double afterStep(float[] action) {
    model.linkPosition(torso, position);
    double xVelocity = (position.x - xBefore) / dt();
    double yVelocity = (position.y - yBefore) / dt();
    fillObservation();
    boolean healthy = healthy();
    double forward = forwardRewardWeight * xVelocity;
    double survive = healthy ? healthyReward : 0;
    double ctrlCost = ctrlCostWeight * squaredNorm(action);
    double contactCost = 0;
    for (double c : cfrc) {
      contactCost += c * c;
    }
    contactCost *= contactCostWeight;
    terminated = !healthy && terminateWhenUnhealthy;
    resetInfo(info);
    info.put("x_velocity", xVelocity);
    info.put("y_velocity", yVelocity);
    info.put("reward_forward", forward);
    info.put("reward_ctrl", -ctrlCost);
    info.put("reward_contact", -contactCost);
    info.put("reward_survive", survive);
    return forward + survive - ctrlCost - contactCost;
  }
}
