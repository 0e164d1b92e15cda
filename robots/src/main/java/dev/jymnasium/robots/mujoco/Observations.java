package dev.jymnasium.robots.mujoco;

/** Shared observation layouts of the v5 family. */
final class Observations {
  private Observations() {}

  /**
   * Writes {@code qpos[skip:]} then {@code clip(qvel, ±velocityClip)} into {@code dest}; returns
   * the next free index.
   */
  static int positionsThenVelocities(
      double[] qpos, double[] qvel, int skip, double[] dest, double velocityClip) {
    int n = 0;
    for (int i = skip; i < qpos.length; i++) {
      dest[n++] = qpos[i];
    }
    for (double v : qvel) {
      dest[n++] = Math.max(-velocityClip, Math.min(velocityClip, v));
    }
    return n;
  }
}
