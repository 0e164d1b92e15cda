package dev.jymnasium.robots.mujoco;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.physics.model.InertialSpec;
import dev.jymnasium.physics.model.JointDef;
import dev.jymnasium.physics.model.LinkInertia;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import dev.jymnasium.robots.env.CameraConfig;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.ArrayList;
import java.util.List;
import org.joml.Vector3d;

/**
 * Gymnasium's {@code Reacher-v5} on our physics: a planar two-link arm (0.1 m links) that brings
 * its fingertip to a random target. Model: {@code models/reacher.xml}.
 *
 * <h2>Description</h2>
 *
 * Move the fingertip onto the target.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-1, 1, (2,), float32)}: torques on the two joints, gear 200.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-inf, inf, (10,), float64)}: cos q0, cos q1, sin q0, sin q1, target x, target y, q̇0,
 * q̇1, (fingertip − target) x, y.
 *
 * <h2>Rewards</h2>
 *
 * {@code −reward_dist_weight·‖fingertip − target‖ − reward_control_weight·‖a‖²} (1, 1 as in
 * Gymnasium's code), after the step; info {@code reward_dist}, {@code reward_ctrl}.
 *
 * <h2>Starting state</h2>
 *
 * arm angles U(±0.1) (drawn for all 4 qpos), goal U(−0.2, 0.2)² redrawn until its norm is below
 * 0.2, arm velocities U(±0.005) (drawn for all 4 qvel), target velocity 0.
 *
 * <h2>Episode end</h2>
 *
 * Never terminates; truncated at 50 steps. Reward threshold −3.75.
 *
 * <h2>Arguments</h2>
 *
 * See {@link Config}.
 *
 * <h2>Differences from MuJoCo</h2>
 *
 * None on the default engine ({@code auto}: joint-space): MuJoCo's own formulation and RK4, equal
 * to MuJoCo to round-off (docs/mujoco-fidelity.md). On {@code ode4j} and {@code jbullet} the arm
 * links' moments are raised to 0.01 kg·m² for their iterative solvers (next to the joints' armature
 * of 1 kg·m² they barely change the motion); on {@code ode4j}: armature as joint-space inertia as
 * in MuJoCo (damping implicit in the same row); on {@code jbullet}: rotor inertia on the links with
 * explicit damping; both semi-implicit Euler instead of RK4. Nothing collides, as in MuJoCo. dt
 * 0.02 s. Measured against MuJoCo in docs/mujoco-fidelity.md.
 *
 * <h2>Version history</h2>
 *
 * v5 (Jymnasium): Gymnasium v5's interface on ODE4J/JBullet; on the joint-space engine by default
 * since it exists (#12).
 */
public final class ReacherEnv extends MujocoEnv {
  /** Registry id. */
  public static final String ID = "Reacher-v5";

  private static final double GOAL_RADIUS_M = 0.2;

  private final double distWeight;
  private final double controlWeight;

  /** Moment of inertia of each arm link on ODE4J and JBullet (kg·m²). */
  private static final double WORLD_LINK_MOMENT = 0.01;

  private final Vector3d fingertip = new Vector3d();
  private final double[] goal = new double[2];

  /**
   * The kwargs of Reacher-v5, Gymnasium's names and defaults.
   *
   * @param rewardDistWeight {@code reward_dist_weight}: weight of the fingertip-to-target distance
   *     cost (1.0)
   * @param rewardControlWeight {@code reward_control_weight}: weight of the control cost |a|^2
   *     (1.0)
   * @param frameSkip {@code frame_skip}: physics steps per env step (2)
   * @param xmlFile {@code xml_file}: the model, a file path, a bundled model or a classpath
   *     resource ({@code reacher.xml})
   * @param physics the kwargs of every physics env: {@code engine}, {@code render_mode}, {@code
   *     width}, {@code height}
   */
  public record Config(
      @Kwarg(defaultValue = "1.0", min = 0, doc = "weight of the fingertip-to-target distance cost")
          double rewardDistWeight,
      @Kwarg(defaultValue = "1.0", min = 0, doc = "weight of the control cost |a|^2")
          double rewardControlWeight,
      @Kwarg(defaultValue = "2", min = 1, doc = "physics steps per env step") int frameSkip,
      @Kwarg(
              defaultValue = "reacher.xml",
              doc = "model: a file, a bundled model or a classpath resource")
          String xmlFile,
      PhysicsEnvOptions physics) {}

  /** Default settings. */
  public ReacherEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public ReacherEnv(Config config) {
    super(
        ID,
        config.xmlFile(),
        config.frameSkip(),
        1,
        config.physics(),
        new CameraConfig(null, 0, 0, 0, 0.9, 90, -89, false),
        ReacherEnv::stifferLinks);
    ConfigBinder.checked(config, ID);
    distWeight = config.rewardDistWeight();
    controlWeight = config.rewardControlWeight();
    observationSize(10);
  }

  /**
   * The model for ODE4J and JBullet: each arm link's moments raised to {@value #WORLD_LINK_MOMENT}
   * kg·m² (mass and centre kept), which their iterative solvers need next to the armature of 1
   * kg·m²; it barely changes the motion.
   */
  private static ModelSpec stifferLinks(ModelSpec spec) {
    List<LinkSpec> links = new ArrayList<>();
    for (LinkSpec link : spec.links()) {
      LinkInertia own = LinkInertia.of(link);
      links.add(
          link.joints().stream().anyMatch(j -> j.kind() == JointDef.Kind.HINGE)
              ? link.withInertial(
                  InertialSpec.of(
                      own.massKg(),
                      WORLD_LINK_MOMENT,
                      WORLD_LINK_MOMENT,
                      WORLD_LINK_MOMENT,
                      own.principalFrame().positionM()))
              : link);
    }
    return spec.withLinks(links);
  }

  @Override
  protected void resetModel() {
    uniformNoise(initQpos, 0.1, qposNoise);
    do {
      npRandom().uniform(-GOAL_RADIUS_M, GOAL_RADIUS_M, goal);
    } while (Math.hypot(goal[0], goal[1]) >= GOAL_RADIUS_M);
    qposNoise[2] = goal[0];
    qposNoise[3] = goal[1];
    uniformNoise(initQvel, 0.005, qvelNoise);
    qvelNoise[2] = 0;
    qvelNoise[3] = 0;
    setState(qposNoise, qvelNoise);
  }

  @Override
  protected void fillObservation() {
    physics.poses().sitePosition("fingertip", fingertip);
    obs[0] = Math.cos(qpos[0]);
    obs[1] = Math.cos(qpos[1]);
    obs[2] = Math.sin(qpos[0]);
    obs[3] = Math.sin(qpos[1]);
    obs[4] = qpos[2];
    obs[5] = qpos[3];
    obs[6] = qvel[0];
    obs[7] = qvel[1];
    obs[8] = fingertip.x - qpos[2];
    obs[9] = fingertip.y - qpos[3];
  }

  @Override
  protected double afterStep(float[] action) {
    fillObservation();
    double dist = -distWeight * Math.hypot(obs[8], obs[9]);
    double ctrl = -controlCost(controlWeight, action);
    info.set("reward_dist", dist);
    info.set("reward_ctrl", ctrl);
    return dist + ctrl;
  }
}
