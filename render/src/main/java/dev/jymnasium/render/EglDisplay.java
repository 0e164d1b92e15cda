package dev.jymnasium.render;

import static org.lwjgl.egl.EGL10.EGL_BLUE_SIZE;
import static org.lwjgl.egl.EGL10.EGL_EXTENSIONS;
import static org.lwjgl.egl.EGL10.EGL_GREEN_SIZE;
import static org.lwjgl.egl.EGL10.EGL_NONE;
import static org.lwjgl.egl.EGL10.EGL_RED_SIZE;
import static org.lwjgl.egl.EGL10.EGL_SURFACE_TYPE;
import static org.lwjgl.egl.EGL10.EGL_VENDOR;
import static org.lwjgl.egl.EGL10.EGL_VERSION;
import static org.lwjgl.egl.EGL10.eglChooseConfig;
import static org.lwjgl.egl.EGL10.eglGetError;
import static org.lwjgl.egl.EGL10.eglInitialize;
import static org.lwjgl.egl.EGL10.eglTerminate;
import static org.lwjgl.egl.EGL12.EGL_RENDERABLE_TYPE;
import static org.lwjgl.egl.EGL12.eglBindAPI;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_BIT;

import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * The process-wide EGL display and framebuffer configuration that every offscreen context uses.
 *
 * <p>Platforms are tried in this order (system property {@code jymnasium.egl.platform} = {@code
 * device}, {@code surfaceless} or {@code default} forces one): a hardware EGL device
 * (EGL_EXT_platform_device: NVIDIA's driver, Mesa with a DRM GPU), Mesa's surfaceless platform
 * (picks a GPU render node when there is one, else llvmpipe), the default display, and finally a
 * software EGL device. Display functions are called through their raw pointers because LWJGL
 * null-checks {@code EGL_DEFAULT_DISPLAY} and reads client extensions as absent.
 */
final class EglDisplay {
  static final int EGL_PLATFORM_DEVICE_EXT = 0x313F;
  static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;

  private static EglDisplay instance;
  private static IllegalStateException failure;

  /** The initialised EGLDisplay handle. */
  final long handle;

  /** The chosen EGLConfig. */
  final long config;

  /** Which platform and vendor, for messages and benchmarks. */
  final String description;

  private EglDisplay(long handle, long config, String description) {
    this.handle = handle;
    this.config = config;
    this.description = description;
  }

  /**
   * The display, initialised on first use.
   *
   * @throws IllegalStateException saying what is missing when no EGL display can be opened
   */
  static synchronized EglDisplay get() {
    if (instance != null) {
      return instance;
    }
    if (failure != null) {
      throw failure;
    }
    try {
      LwjglSetup.configure();
      instance = open();
      return instance;
    } catch (Throwable t) {
      failure =
          new IllegalStateException(
              "Cannot open an EGL display for headless OpenGL "
                  + "rendering ("
                  + t.getMessage()
                  + "). On Debian/Ubuntu install the packages "
                  + "libegl1 and libgl1-mesa-dri (Mesa's llvmpipe software renderer), or a GPU driver "
                  + "with EGL support.",
              t);
      throw failure;
    }
  }

  private static EglDisplay open() {
    long getPlatformDisplay = EGL.getCapabilities().eglGetPlatformDisplay;
    if (getPlatformDisplay == 0) {
      getPlatformDisplay = EGL10.eglGetProcAddress("eglGetPlatformDisplayEXT");
    }
    String forced = System.getProperty("jymnasium.egl.platform", "auto");
    if (!List.of("auto", "device", "surfaceless", "default").contains(forced)) {
      throw new IllegalArgumentException(
          "system property jymnasium.egl.platform must be auto, "
              + "device, surfaceless or default, got '"
              + forced
              + "'");
    }
    List<String> tried = new ArrayList<>();
    List<long[]> softwareDevices = new ArrayList<>();
    if (forced.equals("auto") || forced.equals("device")) {
      for (long device : devices()) {
        if (isSoftware(device) && !forced.equals("device")) {
          softwareDevices.add(new long[] {device});
          continue;
        }
        EglDisplay d =
            tryInit(getPlatformDisplay, EGL_PLATFORM_DEVICE_EXT, device, "EGL device", tried);
        if (d != null) {
          return d;
        }
      }
    }
    if (forced.equals("auto") || forced.equals("surfaceless")) {
      EglDisplay d =
          tryInit(getPlatformDisplay, EGL_PLATFORM_SURFACELESS_MESA, 0, "Mesa surfaceless", tried);
      if (d != null) {
        return d;
      }
    }
    if (forced.equals("auto") || forced.equals("default")) {
      long getDisplay = EGL.getCapabilities().eglGetDisplay;
      long dpy = getDisplay == 0 ? 0 : JNI.invokePP(0L, getDisplay);
      EglDisplay d = initialise(dpy, "default display", tried);
      if (d != null) {
        return d;
      }
    }
    for (long[] device : softwareDevices) {
      EglDisplay d =
          tryInit(
              getPlatformDisplay, EGL_PLATFORM_DEVICE_EXT, device[0], "EGL software device", tried);
      if (d != null) {
        return d;
      }
    }
    throw new IllegalStateException(
        "no EGL platform worked (platform="
            + forced
            + "; tried "
            + (tried.isEmpty() ? "none" : String.join(", ", tried))
            + ")");
  }

  private static EglDisplay tryInit(
      long getPlatformDisplay, int platform, long nativeDisplay, String name, List<String> tried) {
    if (getPlatformDisplay == 0) {
      tried.add(name + ": no eglGetPlatformDisplay");
      return null;
    }
    long dpy = JNI.invokePPP(platform, nativeDisplay, 0L, getPlatformDisplay);
    return initialise(dpy, name, tried);
  }

  private static EglDisplay initialise(long dpy, String name, List<String> tried) {
    if (dpy == 0) {
      tried.add(name + ": no display (EGL error 0x" + Integer.toHexString(eglGetError()) + ")");
      return null;
    }
    try (MemoryStack stack = MemoryStack.stackPush()) {
      if (!eglInitialize(dpy, stack.mallocInt(1), stack.mallocInt(1))) {
        tried.add(name + ": eglInitialize failed (0x" + Integer.toHexString(eglGetError()) + ")");
        return null;
      }
      if (!eglBindAPI(EGL_OPENGL_API)) {
        tried.add(name + ": no desktop OpenGL API");
        eglTerminate(dpy);
        return null;
      }
      // EGL_SURFACE_TYPE 0: we render into framebuffer objects only; surfaceless platforms
      // report no configs when a surface bit is asked for.
      int[] attribs = {
        EGL_SURFACE_TYPE,
        0,
        EGL_RENDERABLE_TYPE,
        EGL_OPENGL_BIT,
        EGL_RED_SIZE,
        8,
        EGL_GREEN_SIZE,
        8,
        EGL_BLUE_SIZE,
        8,
        EGL_NONE
      };
      PointerBuffer configs = stack.mallocPointer(1);
      int[] count = new int[1];
      if (!eglChooseConfig(dpy, attribs, configs, count) || count[0] == 0) {
        tried.add(name + ": no OpenGL config");
        eglTerminate(dpy);
        return null;
      }
      String vendor = query(dpy, EGL_VENDOR);
      String version = query(dpy, EGL_VERSION);
      return new EglDisplay(dpy, configs.get(0), name + " (" + vendor + ", EGL " + version + ")");
    }
  }

  /** eglQueryString through its raw pointer (LWJGL's wrapper rejects EGL_NO_DISPLAY). */
  static String query(long dpy, int name) {
    long fn = EGL.getCapabilities().eglQueryString;
    long p = fn == 0 ? 0 : JNI.invokePP(dpy, name, fn);
    return p == 0 ? "" : MemoryUtil.memASCII(p);
  }

  private static long[] devices() {
    String clientExtensions = query(0, EGL_EXTENSIONS);
    if (!clientExtensions.contains("EGL_EXT_device_enumeration")
        && !clientExtensions.contains("EGL_EXT_device_base")) {
      return new long[0];
    }
    long queryDevices = EGL10.eglGetProcAddress("eglQueryDevicesEXT");
    if (queryDevices == 0) {
      return new long[0];
    }
    try (MemoryStack stack = MemoryStack.stackPush()) {
      PointerBuffer list = stack.mallocPointer(16);
      var n = stack.mallocInt(1);
      if (JNI.invokePPI(16, MemoryUtil.memAddress(list), MemoryUtil.memAddress(n), queryDevices)
          == 0) {
        return new long[0];
      }
      long[] out = new long[n.get(0)];
      for (int i = 0; i < out.length; i++) {
        out[i] = list.get(i);
      }
      return out;
    }
  }

  private static boolean isSoftware(long device) {
    long queryString = EGL10.eglGetProcAddress("eglQueryDeviceStringEXT");
    if (queryString == 0) {
      return true;
    }
    long p = JNI.invokePP(device, EGL_EXTENSIONS, queryString);
    String ext = p == 0 ? "" : MemoryUtil.memASCII(p);
    return ext.contains("EGL_MESA_device_software");
  }
}
