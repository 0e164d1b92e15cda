package dev.jymnasium.robots.drones;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.SceneView;

/**
 * The {@code rgb} observation: each drone's onboard camera as gym-pybullet-drones takes it, a 64x48
 * RGBA picture from the drone position raised by the arm length L, looking along the body x axis
 * with world z up, vertical field of view 60°, near plane L, far plane 1000 m, refreshed at 24
 * frames per second (every {@code pyb_freq / 24} physics steps) and held in between.
 *
 * <p>Values are float32 in [0, 255], laid out {@code (num_drones, 48, 64, 4)} row-major, top row
 * first, alpha always 255 (what the original returns: its space says uint8, its values are
 * float32).
 */
final class OnboardCameras implements AutoCloseable {
  static final int WIDTH = 64;
  static final int HEIGHT = 48;
  static final int FRAMES_PER_SECOND = 24;
  static final double FOV_Y_DEGREES = 60;
  static final double FAR_M = 1000;

  /** Floats per drone in the observation. */
  static final int SIZE = HEIGHT * WIDTH * 4;

  private final AviaryEnv env;
  private final AviaryScene scene;
  private final SceneView view;
  private final double[] rot = new double[9];

  OnboardCameras(AviaryEnv env, AviaryScene scene, String title) {
    this.env = env;
    this.scene = scene;
    this.view = new SceneView("rgb_array", title + " onboard camera", FRAMES_PER_SECOND);
  }

  /**
   * Physics steps between two pictures, {@code pyb_freq / 24} rounded down as the original does.
   */
  static int captureEvery(int pybFreq) {
    return pybFreq / FRAMES_PER_SECOND;
  }

  /**
   * Rejects frequencies at which the original refuses the {@code rgb} observation: the picture
   * period must be a whole number of control steps.
   *
   * @throws IllegalArgumentException naming the values and the control frequencies that work
   */
  static void checkFrequencies(int pybFreq, int ctrlFreq) {
    int every = captureEvery(pybFreq);
    int substeps = pybFreq / ctrlFreq;
    if (every == 0 || every % substeps != 0) {
      StringBuilder accepted = new StringBuilder();
      for (int k = 1; every > 0 && k <= every; k++) {
        if (every % k == 0 && pybFreq % k == 0) {
          accepted.append(accepted.length() == 0 ? "" : ", ").append(pybFreq / k);
        }
      }
      throw new IllegalArgumentException(
          "obs 'rgb' takes a picture every pyb_freq/24 = "
              + every
              + " physics steps, which must be a whole number of control steps of pyb_freq/"
              + "ctrl_freq = "
              + substeps
              + " (pyb_freq "
              + pybFreq
              + ", ctrl_freq "
              + ctrlFreq
              + "); accepted ctrl_freq with this pyb_freq: "
              + (accepted.length() == 0 ? "none (pyb_freq must be at least 24)" : accepted));
    }
  }

  /** Drone i's picture into {@code out} at {@code offset} ({@link #SIZE} floats). */
  void capture(int i, float[] out, int offset) {
    RgbFrame frame = (RgbFrame) view.show(scene.build(WIDTH, HEIGHT, camera(i)));
    byte[] rgb = frame.rgb();
    for (int p = 0; p < WIDTH * HEIGHT; p++) {
      int o = offset + 4 * p;
      out[o] = rgb[3 * p] & 0xFF;
      out[o + 1] = rgb[3 * p + 1] & 0xFF;
      out[o + 2] = rgb[3 * p + 2] & 0xFF;
      out[o + 3] = 255;
    }
  }

  private Camera3D camera(int i) {
    DroneStates s = env.states;
    Rotations.matrix(s.quat, 4 * i, rot);
    double lengthM = env.model.armM;
    double x = s.pos[3 * i];
    double y = s.pos[3 * i + 1];
    double z = s.pos[3 * i + 2];
    // The original looks at the point 1000 m along the body x axis from the drone's centre.
    return new Camera3D(
        x,
        y,
        z + lengthM,
        x + 1000 * rot[0],
        y + 1000 * rot[3],
        z + 1000 * rot[6],
        0,
        0,
        1,
        FOV_Y_DEGREES,
        lengthM,
        FAR_M);
  }

  @Override
  public void close() {
    view.close();
  }
}
