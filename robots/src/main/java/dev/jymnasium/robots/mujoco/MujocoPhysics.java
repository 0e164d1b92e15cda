package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.model.ModelPoses;

/**
 * What a MuJoCo env steps and reads, on the engine its {@code engine} kwarg names: a world engine
 * (ODE4J, JBullet) or the joint-space engine. Not thread-safe.
 */
public interface MujocoPhysics {
  /** The engine's name, as the {@code engine} kwarg takes it. */
  String engineName();

  /** qpos at the written pose (references; a copy). */
  double[] initialQpos();

  /** Length of qpos. */
  int qposSize();

  /** Length of qvel. */
  int qvelSize();

  /**
   * Puts the model in the state (qpos, qvel), everything else as at construction, so that a seeded
   * reset replays exactly (MuJoCo's reset then {@code set_state}).
   */
  void setState(double[] qpos, double[] qvel);

  /**
   * Holds {@code ctrl} (clamped to each actuator's range) for {@code steps} physics steps of the
   * model's timestep.
   *
   * @throws IllegalArgumentException for a wrong length or a NaN control
   */
  void simulate(double[] ctrl, int steps);

  /** qpos into {@code dest}. */
  void qpos(double[] dest);

  /** qvel into {@code dest}. */
  void qvel(double[] dest);

  /** Position of a hinge or slide joint (rad or m) by name. */
  double jointPosition(String name);

  /**
   * MuJoCo's {@code qfrc_constraint} at qvel address {@code dof}: the joint limits' generalised
   * force; NaN on engines that do not report it (ODE4J, JBullet).
   */
  double constraintForce(int dof);

  /** Where the model's links, geoms and sites are now. */
  ModelPoses poses();

  /** Whether the physics state is finite. */
  boolean isFinite();

  /** Frees the engine's resources (once). */
  void close();
}
