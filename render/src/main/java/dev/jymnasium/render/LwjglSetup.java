package dev.jymnasium.render;

import org.lwjgl.system.Configuration;

/** Sets LWJGL's configuration once, before any LWJGL class that reads it is loaded. */
final class LwjglSetup {
  private static boolean done;

  private LwjglSetup() {}

  /**
   * Loads OpenGL functions through EGL (libEGL only, no libGL/GLX), unless the user chose otherwise
   * with {@code -Dorg.lwjgl.opengl.contextAPI}.
   */
  static synchronized void configure() {
    if (done) {
      return;
    }
    if (System.getProperty("org.lwjgl.opengl.contextAPI") == null) {
      Configuration.OPENGL_CONTEXT_API.set("EGL");
    }
    done = true;
  }
}
