package dev.jymnasium.env.render;

import java.util.ServiceLoader;

/** Finds the render backend on the classpath. */
public final class Renderers {
  private Renderers() {}

  /**
   * The first backend found.
   *
   * @throws IllegalStateException naming the module to add when there is none
   */
  public static RenderBackend backend() {
    return ServiceLoader.load(RenderBackend.class)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No render backend on the classpath: add the module "
                        + "dev.jymnasium:render to draw rgb_array frames or human windows"));
  }
}
