package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.jointspace.Integrator;
import dev.jymnasium.physics.jointspace.JointSpaceModel;
import dev.jymnasium.physics.jointspace.JointSpaceSimulation;
import dev.jymnasium.physics.jointspace.MujocoOptions;
import dev.jymnasium.physics.model.ModelPoses;
import dev.jymnasium.robots.model.MjcfModel;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A MuJoCo model on the joint-space engine ({@link JointSpaceSimulation}): MuJoCo's formulation in
 * joint coordinates, for models of hinges and slides, optionally on a free root, that MuJoCo steps
 * with Euler or RK4, with contacts of capsules, cylinders and spheres with the floor and of
 * capsules with capsules and cylinders (MuJoCo's contact and limit parameters from the model file).
 */
final class JointSpacePhysics implements MujocoPhysics {
  /** The {@code engine} kwarg's value for this engine. */
  static final String NAME = "joint-space";

  /**
   * The bundled models with contacts whose joint-space results were held against MuJoCo's
   * (ContactReferenceTest, benchmarks/mujoco/fidelity.py); {@code auto} picks the engine for no
   * other model with contacts.
   */
  private static final Set<String> CHECKED_CONTACT_MODELS =
      Set.of("hopper.xml", "walker2d.xml", "half_cheetah.xml", "ant.xml", "pusher.xml");

  private final JointSpaceSimulation sim;

  /** The moving links in model order, and scratch for every link's contact wrench. */
  private final int[] movingLinks;

  private final double[] linkWrenches;

  /** Whether the simulation stepped since the last {@link #setState}. */
  private boolean stepped;

  /**
   * @throws IllegalArgumentException naming the kwarg and {@link #unsupported}'s reason
   */
  JointSpacePhysics(String id, MjcfModel mjcf) {
    String reason = unsupported(mjcf);
    if (reason != null) {
      throw new IllegalArgumentException(
          "kwarg 'engine' of " + id + ": " + reason + "; use engine ode4j or jbullet");
    }
    this.sim = new JointSpaceSimulation(compile(mjcf));
    this.movingLinks =
        IntStream.range(0, sim.linkCount()).filter(i -> !sim.link(i).isStatic()).toArray();
    this.linkWrenches = new double[6 * sim.linkCount()];
  }

  /** {@code mjcf} compiled with everything its file says for the engine. */
  static JointSpaceModel compile(MjcfModel mjcf) {
    return new JointSpaceModel(
        mjcf.spec(),
        new MujocoOptions(
            Integrator.ofMujocoName(mjcf.integrator()),
            mjcf.mediumDensityKgPerM3(),
            mjcf.mediumViscosityPas(),
            mjcf::geomContact,
            mjcf.limitSoftness()));
  }

  /**
   * Why the joint-space engine cannot simulate {@code mjcf} (colliding geoms other than capsules
   * cylinders and spheres on moving links and planes in the world, moving geoms meeting without a
   * collision here, ball joints, actuators other than motors, an integrator other than MuJoCo's
   * Euler and RK4), or null.
   */
  static String unsupported(MjcfModel mjcf) {
    if (Integrator.ofMujocoName(mjcf.integrator()) == null) {
      return "the joint-space engine steps models with MuJoCo's Euler and RK4; "
          + mjcf.source()
          + " asks for "
          + mjcf.integrator();
    }
    return JointSpaceModel.unsupported(mjcf.spec());
  }

  /**
   * Whether {@code engine="auto"} picks this engine for {@code mjcf}: it can simulate it, and any
   * contacts are of a model checked against MuJoCo.
   */
  static boolean automatic(MjcfModel mjcf) {
    return unsupported(mjcf) == null
        && (!hasContacts(mjcf) || CHECKED_CONTACT_MODELS.contains(mjcf.source()));
  }

  private static boolean hasContacts(MjcfModel mjcf) {
    return mjcf.spec().links().stream()
        .anyMatch(link -> !link.isStatic() && link.geoms().stream().anyMatch(g -> g.collides()));
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
    return sim.model().qposSize();
  }

  @Override
  public int qvelSize() {
    return sim.model().dofCount();
  }

  @Override
  public void setState(double[] qpos, double[] qvel) {
    sim.setState(qpos, qvel);
    stepped = false;
  }

  @Override
  public void simulate(double[] ctrl, int steps) {
    sim.setControls(ctrl);
    for (int k = 0; k < steps; k++) {
      sim.step();
    }
    stepped = true;
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

  /** Number of moving links: the rows of {@link #contactWrenches}. */
  int movingLinkCount() {
    return movingLinks.length;
  }

  /**
   * MuJoCo's {@code cfrc_ext} after the last step ({@link JointSpaceSimulation#contactWrenches}), 6
   * per moving link in model order as {@link ContactWrenches} has them, or zeros after {@link
   * #setState} until the next step (Gymnasium computes it after each step only; MuJoCo's reset
   * clears it).
   */
  void contactWrenches(double[] dest) {
    Arrays.fill(dest, 0, 6 * movingLinks.length, 0);
    if (!stepped) {
      return;
    }
    sim.contactWrenches(linkWrenches);
    for (int r = 0; r < movingLinks.length; r++) {
      System.arraycopy(linkWrenches, 6 * movingLinks[r], dest, 6 * r, 6);
    }
  }

  @Override
  public ModelPoses poses() {
    return sim;
  }

  @Override
  public void close() {}
}
