package dev.jymnasium.robots.drones;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.render.Scene3D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.robots.env.PhysicsEnvOptions;
import java.util.List;

/**
 * Base of the aviaries (gym-pybullet-drones' {@code BaseAviary}): drones that fly by four motor
 * speeds each. A control step holds the RPMs for {@code pyb_freq / ctrl_freq} physics steps of
 * {@code 1/pyb_freq} s; in every mode but {@code pyb} the stored state is refreshed before each
 * physics step when there are several (the original's order, which the extra forces read).
 *
 * <p>Subclasses turn actions into RPMs ({@link #fly}) and define the task.
 */
public abstract class AviaryEnv extends SceneEnv<float[], float[]> {
  /** Render modes and frame rate (the original records at 24 fps; 30 suits the 30 Hz envs). */
  static final EnvMetadata METADATA = new EnvMetadata(List.of("human", "rgb_array"), 30);

  /** The airframe. */
  protected final DroneModel model;

  /** The physics mode. */
  protected final DronePhysics physics;

  /** Number of drones. */
  protected final int numDrones;

  /** Physics steps per second. */
  protected final int pybFreq;

  /** Control steps per second. */
  protected final int ctrlFreq;

  /** Physics steps per control step. */
  protected final int substeps;

  /** Every drone's state after the last physics step. */
  final DroneStates states;

  /** Start positions (3 per drone, m) and attitudes (3 per drone, rad). */
  final double[] initialXyzs;

  final double[] initialRpys;

  /** Physics steps since reset (the original's {@code step_counter}). */
  protected int stepCounter;

  private final EngineDrones engine;
  private final ExplicitDynamics explicit;

  /** The picture of the aviary, also seen by the onboard cameras. */
  final AviaryScene aviaryScene;

  /**
   * @param id env id, for messages and the window title
   * @param aviary the aviary kwargs
   * @param ctrlFreq control steps per second
   * @param numDrones number of drones
   * @param options engine, render mode and picture size
   */
  protected AviaryEnv(
      String id, AviaryOptions aviary, int ctrlFreq, int numDrones, PhysicsEnvOptions options) {
    super(METADATA, options.renderMode(), id);
    this.model = aviary.model();
    this.physics = aviary.physicsMode();
    this.numDrones = numDrones;
    this.pybFreq = aviary.pybFreq();
    this.ctrlFreq = ctrlFreq;
    this.substeps = pybFreq / ctrlFreq;
    this.initialXyzs = aviary.initialXyzs() != null ? aviary.initialXyzs() : defaultXyzs();
    this.initialRpys =
        aviary.initialRpys() != null ? aviary.initialRpys() : new double[3 * numDrones];
    this.states = new DroneStates(numDrones);
    states.setRest(initialXyzs, initialRpys);
    if (physics == DronePhysics.DYN) {
      // Explicit integration needs no engine; the kwarg is still checked.
      checkEngine(id, options.worldEngine());
      this.engine = null;
      this.explicit = new ExplicitDynamics(model, 1.0 / pybFreq);
    } else {
      this.engine = new EngineDrones(options.worldEngine(), model, physics, 1.0 / pybFreq, states);
      this.explicit = null;
    }
    this.aviaryScene = new AviaryScene(this, options.width(), options.height());
  }

  private static void checkEngine(String id, String name) {
    try {
      PhysicsEngine.byName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kwarg 'engine' of " + id + ": " + e.getMessage(), e);
    }
  }

  private double[] defaultXyzs() {
    double[] xyzs = new double[3 * numDrones];
    for (int i = 0; i < numDrones; i++) {
      xyzs[3 * i] = i * 4 * model.armM;
      xyzs[3 * i + 1] = i * 4 * model.armM;
      xyzs[3 * i + 2] = DroneModel.COLLISION_HEIGHT_M / 2 + 0.1;
    }
    return xyzs;
  }

  /** Puts the drones back at their start, at rest, and the clock at zero. */
  protected final void restartDrones() {
    states.setRest(initialXyzs, initialRpys);
    if (engine != null) {
      engine.restart();
    }
    stepCounter = 0;
    aviaryScene.restart();
  }

  /**
   * Holds {@code rpm} (4 per drone) for one control step of physics steps. Does not advance {@link
   * #stepCounter}: the original counts the step after computing the reward and the flags.
   */
  protected final void fly(double[] rpm) {
    for (int k = 0; k < substeps; k++) {
      if (substeps > 1 && physics != DronePhysics.PYB && engine != null) {
        engine.read(states);
      }
      if (engine != null) {
        engine.applyForces(states, rpm);
        engine.step(1.0 / pybFreq);
      } else {
        for (int i = 0; i < numDrones; i++) {
          explicit.step(states, i, rpm);
        }
      }
      System.arraycopy(rpm, 0, states.lastRpm, 0, rpm.length);
    }
    if (engine != null) {
      engine.read(states);
    }
    aviaryScene.advance(rpm, (double) substeps / pybFreq);
  }

  /** Seconds since reset at the last counted step. */
  protected final double timeSeconds() {
    return (double) stepCounter / pybFreq;
  }

  /** Counts one control step of physics steps. */
  protected final void countStep() {
    stepCounter += substeps;
  }

  /** Drone i's position (m) into dest[0..2]. */
  public final double[] position(int i, double[] dest) {
    System.arraycopy(states.pos, 3 * i, dest, 0, 3);
    return dest;
  }

  /** The engine's name, or {@code "none"} in the {@code dyn} mode. */
  public String engine() {
    return engine == null ? "none" : engine.engineName();
  }

  /** Whether the scene shows the landmarks of the {@code rgb} observation (no by default). */
  boolean showsLandmarks() {
    return false;
  }

  /** Targets drawn as markers (3 values each), none by default. */
  double[] targets() {
    return new double[0];
  }

  @Override
  public Scene3D scene() {
    return aviaryScene.build();
  }

  @Override
  public void close() {
    super.close();
    if (engine != null) {
      engine.close();
    }
  }
}
