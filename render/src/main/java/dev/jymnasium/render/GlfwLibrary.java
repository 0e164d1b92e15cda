package dev.jymnasium.render;

import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM;
import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM_X11;
import static org.lwjgl.glfw.GLFW.glfwInit;
import static org.lwjgl.glfw.GLFW.glfwInitHint;
import static org.lwjgl.glfw.GLFW.glfwPlatformSupported;
import static org.lwjgl.glfw.GLFW.glfwSetErrorCallback;
import static org.lwjgl.glfw.GLFW.glfwTerminate;

import org.lwjgl.glfw.GLFWErrorCallback;

/** Initialises GLFW while at least one window is open and remembers its last error. */
final class GlfwLibrary {
  private static int users;
  private static volatile String lastError = "";
  private static GLFWErrorCallback callback;

  private GlfwLibrary() {}

  /**
   * Initialises GLFW on first use.
   *
   * @throws IllegalStateException when there is no display to open windows on
   */
  static synchronized void acquire() {
    if (users == 0) {
      LwjglSetup.configure();
      if (callback == null) {
        callback =
            GLFWErrorCallback.create(
                (code, description) -> lastError = GLFWErrorCallback.getDescription(description));
        glfwSetErrorCallback(callback);
      }
      if (System.getenv("WAYLAND_DISPLAY") == null && glfwPlatformSupported(GLFW_PLATFORM_X11)) {
        // With no Wayland compositor to talk to, GLFW's Wayland probe only makes libwayland print
        // "error: XDG_RUNTIME_DIR is invalid or not set" on stderr: go straight to X11, which
        // reports a missing DISPLAY through the error callback instead.
        glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_X11);
      }
      if (!glfwInit()) {
        throw new IllegalStateException(
            "human render mode needs a display, but GLFW could not "
                + "start ("
                + lastError
                + "). Set DISPLAY or WAYLAND_DISPLAY, run under "
                + "xvfb-run, or use render_mode rgb_array for headless frames.");
      }
    }
    users++;
  }

  /** Terminates GLFW when the last user releases it. */
  static synchronized void release() {
    if (users > 0 && --users == 0) {
      glfwTerminate();
    }
  }

  /** The description of the last GLFW error. */
  static String lastError() {
    return lastError;
  }
}
