package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.jointspace.JointSpaceModel;
import dev.jymnasium.physics.jointspace.JointSpaceSimulation;
import dev.jymnasium.physics.model.ModelPoses;
import dev.jymnasium.robots.model.MjcfModel;

/**
 * A MuJoCo model on the joint-space engine ({@link JointSpaceSimulation}): MuJoCo's formulation in
 * joint coordinates, for models without contacts that MuJoCo steps with RK4.
 */
final class JointSpacePhysics implements MujocoPhysics {
  /** The {@code engine} kwarg's value for this engine. */
  static final String NAME = "joint-space";

  private final JointSpaceSimulation sim;

  /**
   * @throws IllegalArgumentException naming the kwarg and {@link #unsupported}'s reason
   */
  JointSpacePhysics(String id, MjcfModel mjcf) {
    String reason = unsupported(mjcf);
    if (reason != null) {
      throw new IllegalArgumentException(
          "kwarg 'engine' of " + id + ": " + reason + "; use engine ode4j or jbullet");
    }
    this.sim =
        new JointSpaceSimulation(
            new JointSpaceModel(
                mjcf.spec(), mjcf.mediumDensityKgPerM3(), mjcf.mediumViscosityPas()));
  }

  /**
   * Why the joint-space engine cannot simulate {@code mjcf} (contacts, joints other than hinges and
   * slides, actuators other than motors, an integrator other than MuJoCo's RK4), or null.
   */
  static String unsupported(MjcfModel mjcf) {
    if (!"RK4".equals(mjcf.integrator())) {
      return "the joint-space engine steps models with MuJoCo's RK4; "
          + mjcf.source()
          + " asks for "
          + mjcf.integrator();
    }
    return JointSpaceModel.unsupported(mjcf.spec());
  }

  @Override
  public String engineName() {
    return NAME;
  }

  @Override
  public double[] initialQpos() {
    return sim.model().initialQpos();
  }

  @Override
  public int qposSize() {
    return sim.model().dofCount();
  }

  @Override
  public int qvelSize() {
    return sim.model().dofCount();
  }

  @Override
  public void setState(double[] qpos, double[] qvel) {
    sim.setState(qpos, qvel);
  }

  @Override
  public void simulate(double[] ctrl, int steps) {
    sim.setControls(ctrl);
    for (int k = 0; k < steps; k++) {
      sim.step();
    }
  }

  @Override
  public void qpos(double[] dest) {
    sim.qpos(dest);
  }

  @Override
  public void qvel(double[] dest) {
    sim.qvel(dest);
  }

  @Override
  public double jointPosition(String name) {
    return sim.qposAt(sim.model().jointAddress(name));
  }

  @Override
  public double constraintForce(int dof) {
    return sim.constraintForce(dof);
  }

  @Override
  public boolean isFinite() {
    return sim.isFinite();
  }

  @Override
  public ModelPoses poses() {
    return sim;
  }

  @Override
  public void close() {}
}
