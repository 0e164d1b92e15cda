package dev.jymnasium.render;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Skips a test, with the reason, when this machine cannot create headless GL contexts. */
final class Headless {
  private static String problem;
  private static boolean checked;

  private Headless() {}

  static synchronized void assumeAvailable() {
    if (!checked) {
      checked = true;
      try {
        new OffscreenRenderer(4, 4).close();
      } catch (IllegalStateException | LinkageError e) {
        problem = e.getMessage();
      }
    }
    assumeTrue(problem == null, () -> "headless OpenGL (EGL) unavailable: " + problem);
  }
}
