package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.model.ArticulatedModel;
import dev.jymnasium.physics.model.ModelPoses;
import dev.jymnasium.robots.env.ModelWorld;
import dev.jymnasium.robots.model.MjcfModel;

/**
 * A MuJoCo model in a world of ODE4J or JBullet: every link a free body, every joint constraint
 * rows between them; a medium's drag applied by hand before each physics step.
 */
final class WorldPhysics implements MujocoPhysics {
  private final ModelWorld modelWorld;
  private final ArticulatedModel model;
  private final Runnable beforeEachStep;

  WorldPhysics(String id, MjcfModel mjcf, int subStepsPerTimestep, String engineName) {
    this.modelWorld =
        new ModelWorld(
            id,
            mjcf.spec(),
            mjcf.solver(),
            mjcf.spec().worldSettings().solverIterations(),
            subStepsPerTimestep,
            engineName);
    this.model = modelWorld.model();
    if (mjcf.hasMedium()) {
      FluidDrag drag =
          new FluidDrag(
              model, modelWorld.world(), mjcf.mediumDensityKgPerM3(), mjcf.mediumViscosityPas());
      this.beforeEachStep = drag::apply;
    } else {
      this.beforeEachStep = () -> {};
    }
  }

  /** The world and the model in it. */
  ModelWorld modelWorld() {
    return modelWorld;
  }

  @Override
  public String engineName() {
    return modelWorld.world().engineName();
  }

  @Override
  public double[] initialQpos() {
    return model.initialQpos();
  }

  @Override
  public int qposSize() {
    return model.qposSize();
  }

  @Override
  public int qvelSize() {
    return model.qvelSize();
  }

  @Override
  public void setState(double[] qpos, double[] qvel) {
    modelWorld.restoreInitialState();
    model.reset(qpos, qvel);
  }

  @Override
  public void simulate(double[] ctrl, int steps) {
    modelWorld.simulate(ctrl, steps, beforeEachStep);
  }

  @Override
  public void qpos(double[] dest) {
    model.qpos(dest);
  }

  @Override
  public void qvel(double[] dest) {
    model.qvel(dest);
  }

  @Override
  public double jointPosition(String name) {
    return model.jointPosition(name);
  }

  @Override
  public double constraintForce(int dof) {
    return Double.NaN;
  }

  @Override
  public boolean isFinite() {
    return modelWorld.world().isFinite();
  }

  @Override
  public ModelPoses poses() {
    return model;
  }

  @Override
  public void close() {
    modelWorld.close();
  }
}
