package dev.jymnasium.render;

import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_CREATION_API;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MAJOR;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MINOR;
import static org.lwjgl.glfw.GLFW.GLFW_EGL_CONTEXT_API;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_RIGHT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_SPACE;
import static org.lwjgl.glfw.GLFW.GLFW_MOUSE_BUTTON_LEFT;
import static org.lwjgl.glfw.GLFW.GLFW_NATIVE_CONTEXT_API;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_CORE_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_FORWARD_COMPAT;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.GLFW_RELEASE;
import static org.lwjgl.glfw.GLFW.GLFW_REPEAT;
import static org.lwjgl.glfw.GLFW.GLFW_RESIZABLE;
import static org.lwjgl.glfw.GLFW.GLFW_TRUE;
import static org.lwjgl.glfw.GLFW.glfwCreateWindow;
import static org.lwjgl.glfw.GLFW.glfwDefaultWindowHints;
import static org.lwjgl.glfw.GLFW.glfwDestroyWindow;
import static org.lwjgl.glfw.GLFW.glfwGetFramebufferSize;
import static org.lwjgl.glfw.GLFW.glfwMakeContextCurrent;
import static org.lwjgl.glfw.GLFW.glfwPollEvents;
import static org.lwjgl.glfw.GLFW.glfwSetCharCallback;
import static org.lwjgl.glfw.GLFW.glfwSetCursorPosCallback;
import static org.lwjgl.glfw.GLFW.glfwSetKeyCallback;
import static org.lwjgl.glfw.GLFW.glfwSetMouseButtonCallback;
import static org.lwjgl.glfw.GLFW.glfwSetScrollCallback;
import static org.lwjgl.glfw.GLFW.glfwSetWindowTitle;
import static org.lwjgl.glfw.GLFW.glfwSwapBuffers;
import static org.lwjgl.glfw.GLFW.glfwSwapInterval;
import static org.lwjgl.glfw.GLFW.glfwWaitEventsTimeout;
import static org.lwjgl.glfw.GLFW.glfwWindowHint;
import static org.lwjgl.glfw.GLFW.glfwWindowShouldClose;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Renderer;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene;
import dev.jymnasium.env.render.Scene3D;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lwjgl.glfw.Callbacks;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.MemoryStack;

/**
 * The {@code human} render mode: a GLFW window that shows each drawn scene and then waits so that
 * frames follow the env's fps (times the playback speed). Keys: space pauses (while paused, {@link
 * #draw} blocks and keeps the window live), right arrow advances one frame while paused, + and -
 * double or halve the speed, r requests a reset ({@link #controls()} or {@link
 * #consumeAnyResetRequest()}), c restores the camera; for 3D scenes dragging with the left mouse
 * button orbits the camera and the wheel zooms.
 *
 * <p>Use a window from one thread (GLFW's rule); {@link #draw} returns {@code null}.
 */
public final class WindowRenderer implements Renderer {
  private static final List<WindowRenderer> OPEN = new CopyOnWriteArrayList<>();
  private static final double PAUSED_REDRAW_SECONDS = 1.0 / 30;

  private final String title;
  private final double fps;
  private final HumanControls controls = new HumanControls();
  private final ScenePainter painter = new ScenePainter();
  private final GLCapabilities capabilities;
  private long window;
  private long nextFrameNanos;
  private Scene lastScene;
  private long shownVersion = -1;
  private boolean dragging;
  private double lastX;
  private double lastY;

  /**
   * Opens the window.
   *
   * @param width window width in screen pixels
   * @param height window height in screen pixels
   * @param title window title
   * @param fps frames per second to pace {@link #draw} at ({@code <= 0}: as fast as called)
   * @throws IllegalStateException when there is no display or no OpenGL 3.3 context
   */
  public WindowRenderer(int width, int height, String title, double fps) {
    this.title = title == null ? "Jymnasium" : title;
    this.fps = fps;
    GlfwLibrary.acquire();
    try {
      window = createWindow(width, height, GLFW_EGL_CONTEXT_API);
      if (window == 0) {
        window = createWindow(width, height, GLFW_NATIVE_CONTEXT_API);
      }
      if (window == 0) {
        throw new IllegalStateException(
            "cannot open an OpenGL 3.3 window: " + GlfwLibrary.lastError());
      }
      installCallbacks();
      glfwMakeContextCurrent(window);
      glfwSwapInterval(0);
      capabilities = GL.createCapabilities();
      releaseContext();
    } catch (RuntimeException | LinkageError e) {
      releaseContext();
      if (window != 0) {
        Callbacks.glfwFreeCallbacks(window);
        glfwDestroyWindow(window);
        window = 0;
      }
      GlfwLibrary.release();
      throw e;
    }
    OPEN.add(this);
  }

  private long createWindow(int width, int height, int contextApi) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
    glfwWindowHint(GLFW_CONTEXT_CREATION_API, contextApi);
    return glfwCreateWindow(width, height, title, 0, 0);
  }

  private void installCallbacks() {
    glfwSetKeyCallback(
        window,
        (w, key, scancode, action, mods) -> {
          if (action != GLFW_PRESS && action != GLFW_REPEAT) {
            return;
          }
          if (controls.capturingKeys()) {
            controls.keyPressed(KeyNames.of(key));
            return;
          }
          if (key == GLFW_KEY_SPACE && action == GLFW_PRESS) {
            controls.togglePause();
          } else if (key == GLFW_KEY_RIGHT) {
            controls.requestStep();
          }
        });
    // Characters follow the keyboard layout: '+' and '-' wherever they are, keypad included.
    glfwSetCharCallback(
        window,
        (w, codepoint) -> {
          if (controls.capturingKeys()) {
            return;
          }
          switch (codepoint) {
            case '+', '=' -> controls.faster();
            case '-' -> controls.slower();
            case 'r', 'R' -> controls.requestReset();
            case 'c', 'C' -> controls.resetView();
            default -> {}
          }
        });
    glfwSetMouseButtonCallback(
        window,
        (w, button, action, mods) -> {
          if (button == GLFW_MOUSE_BUTTON_LEFT) {
            dragging = action != GLFW_RELEASE;
          }
        });
    glfwSetCursorPosCallback(
        window,
        (w, x, y) -> {
          if (dragging) {
            controls.orbit(-(x - lastX) * 0.3, (y - lastY) * 0.3);
          }
          lastX = x;
          lastY = y;
        });
    glfwSetScrollCallback(window, (w, dx, dy) -> controls.zoom(dy));
  }

  /** The user's input for this window. */
  public HumanControls controls() {
    return controls;
  }

  /** Whether the user tried to close the window (its close button). */
  public boolean closeRequested() {
    return window != 0 && glfwWindowShouldClose(window);
  }

  /**
   * Whether r was pressed in any open window since the last call; clears those requests. For
   * callers that step an env made with {@code render_mode=human} and do not hold its renderer.
   */
  public static boolean consumeAnyResetRequest() {
    boolean any = false;
    for (WindowRenderer w : OPEN) {
      any |= w.controls.consumeResetRequest();
    }
    return any;
  }

  /** The windows open in this process. */
  public static List<WindowRenderer> openWindows() {
    return List.copyOf(OPEN);
  }

  /**
   * Waits up to {@code timeoutSeconds} for input and redraws the last scene, keeping the window
   * live between frames (for human play, which steps only on key presses).
   *
   * @return the oldest key press not yet polled, when {@link HumanControls#captureKeys()} is on;
   *     {@code null} when none came or the window is closed
   */
  public synchronized String awaitKey(double timeoutSeconds) {
    if (window == 0) {
      return null;
    }
    String key = controls.pollKey();
    if (key != null) {
      return key;
    }
    glfwMakeContextCurrent(window);
    GL.setCapabilities(capabilities);
    try {
      glfwWaitEventsTimeout(timeoutSeconds);
      if (lastScene != null) {
        present(lastScene);
      }
    } finally {
      releaseContext();
    }
    return controls.pollKey();
  }

  /**
   * Shows the scene, then waits for the next frame time (or, while paused, until unpaused, a single
   * step, a reset request or a close request). Returns {@code null}.
   */
  @Override
  public synchronized RgbFrame draw(Scene scene) {
    if (window == 0) {
      return null;
    }
    glfwMakeContextCurrent(window);
    GL.setCapabilities(capabilities);
    try {
      lastScene = scene;
      present(scene);
      waitForNextFrame(scene);
    } finally {
      releaseContext();
    }
    return null;
  }

  private void present(Scene scene) {
    int fbWidth;
    int fbHeight;
    try (MemoryStack stack = MemoryStack.stackPush()) {
      var w = stack.mallocInt(1);
      var h = stack.mallocInt(1);
      glfwGetFramebufferSize(window, w, h);
      fbWidth = w.get(0);
      fbHeight = h.get(0);
    }
    if (fbWidth > 0 && fbHeight > 0) {
      Camera3D camera = null;
      if (scene instanceof Scene3D s) {
        camera =
            OrbitCamera.apply(
                s.camera(), controls.yawDegrees(), controls.pitchDegrees(), controls.zoom());
      }
      painter.draw(scene, camera, 0, fbWidth, fbHeight);
      glfwSwapBuffers(window);
    }
    glfwPollEvents();
    refreshTitle();
  }

  private void waitForNextFrame(Scene scene) {
    while (controls.paused()
        && !controls.consumeStep()
        && !controls.resetPending()
        && !glfwWindowShouldClose(window)) {
      glfwWaitEventsTimeout(PAUSED_REDRAW_SECONDS);
      present(scene);
      nextFrameNanos = 0;
    }
    if (!(fps > 0)) {
      return;
    }
    long period = (long) (1e9 / (fps * controls.speed()));
    long now = System.nanoTime();
    if (nextFrameNanos == 0 || now - nextFrameNanos > period) {
      nextFrameNanos = now + period;
      return;
    }
    while ((now = System.nanoTime()) < nextFrameNanos && !controls.paused()) {
      glfwWaitEventsTimeout((nextFrameNanos - now) / 1e9);
    }
    nextFrameNanos += period;
  }

  private void refreshTitle() {
    long v = controls.version();
    if (v == shownVersion) {
      return;
    }
    shownVersion = v;
    StringBuilder t = new StringBuilder(title);
    if (controls.paused()) {
      t.append(" - paused (space: resume, right: step)");
    }
    if (controls.speed() != 1) {
      t.append(" - speed x").append(controls.speed());
    }
    glfwSetWindowTitle(window, t);
  }

  private static void releaseContext() {
    GL.setCapabilities(null);
    glfwMakeContextCurrent(0);
  }

  /** Closes the window; later calls do nothing. */
  @Override
  public synchronized void close() {
    if (window == 0) {
      return;
    }
    OPEN.remove(this);
    glfwMakeContextCurrent(window);
    GL.setCapabilities(capabilities);
    try {
      painter.delete();
    } finally {
      releaseContext();
      Callbacks.glfwFreeCallbacks(window);
      glfwDestroyWindow(window);
      window = 0;
      GlfwLibrary.release();
    }
  }
}
