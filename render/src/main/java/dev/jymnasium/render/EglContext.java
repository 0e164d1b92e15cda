package dev.jymnasium.render;

import static org.lwjgl.egl.EGL10.EGL_NONE;
import static org.lwjgl.egl.EGL10.EGL_NO_CONTEXT;
import static org.lwjgl.egl.EGL10.EGL_NO_SURFACE;
import static org.lwjgl.egl.EGL10.eglDestroyContext;
import static org.lwjgl.egl.EGL10.eglGetError;
import static org.lwjgl.egl.EGL10.eglMakeCurrent;
import static org.lwjgl.egl.EGL12.eglBindAPI;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MAJOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MINOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_PROFILE_MASK;

import org.lwjgl.egl.EGL10;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;

/**
 * One OpenGL 3.3 core context on the shared {@link EglDisplay}, without any surface (drawing goes
 * to framebuffer objects). It is current only between {@link #makeCurrent()} and {@link
 * #release()}, so several contexts can be used from several threads.
 */
final class EglContext {
  private final EglDisplay display;
  private long context;
  private GLCapabilities capabilities;

  /**
   * @throws IllegalStateException when EGL or an OpenGL 3.3 core context is unavailable
   */
  EglContext() {
    this.display = EglDisplay.get();
    eglBindAPI(EGL_OPENGL_API);
    int[] attribs = {
      EGL_CONTEXT_MAJOR_VERSION,
      3,
      EGL_CONTEXT_MINOR_VERSION,
      3,
      EGL_CONTEXT_OPENGL_PROFILE_MASK,
      EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
      EGL_NONE
    };
    context = EGL10.eglCreateContext(display.handle, display.config, EGL_NO_CONTEXT, attribs);
    if (context == EGL_NO_CONTEXT) {
      throw new IllegalStateException(
          "Cannot create an OpenGL 3.3 core context on "
              + display.description
              + " (EGL error 0x"
              + Integer.toHexString(eglGetError())
              + ")");
    }
    makeCurrent();
    try {
      capabilities = GL.createCapabilities();
    } finally {
      release();
    }
  }

  /** Makes this context current on the calling thread and selects its GL functions. */
  void makeCurrent() {
    if (context == EGL_NO_CONTEXT) {
      throw new IllegalStateException("the OpenGL context is closed");
    }
    eglBindAPI(EGL_OPENGL_API);
    if (!eglMakeCurrent(display.handle, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
      throw new IllegalStateException(
          "eglMakeCurrent failed (EGL error 0x"
              + Integer.toHexString(eglGetError())
              + "); is the renderer in use on another thread?");
    }
    if (capabilities != null) {
      GL.setCapabilities(capabilities);
    }
  }

  /** Leaves the calling thread with no current context. */
  void release() {
    GL.setCapabilities(null);
    eglBindAPI(EGL_OPENGL_API);
    eglMakeCurrent(display.handle, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  }

  /** Which EGL platform and vendor this context runs on. */
  String description() {
    return display.description;
  }

  /** Destroys the context; it must not be current on another thread. Idempotent. */
  void destroy() {
    if (context != EGL_NO_CONTEXT) {
      eglDestroyContext(display.handle, context);
      context = EGL_NO_CONTEXT;
      capabilities = null;
    }
  }
}
