package dev.jymnasium.robots.env;

import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.physics.PhysicsEngine;
import java.util.List;

/**
 * The kwargs every physics env accepts, as a group of its config record (see {@link
 * dev.jymnasium.env.registry.ConfigBinder}: the components are kwargs of the env itself).
 *
 * @param engine {@code engine}: the physics engine: {@code auto} (default: the MuJoCo models the
 *     joint-space engine simulates and was checked on against MuJoCo on {@code joint-space},
 *     everything else on {@code ode4j}), {@code ode4j} (faster on jointed bodies, double precision,
 *     a direct solver), {@code jbullet}, or {@code joint-space} (MuJoCo's formulation in joint
 *     coordinates; MuJoCo models of hinges and slides with capsule-floor contacts)
 * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
 * @param width {@code width}: picture width (pixels), Gymnasium's default 480
 * @param height {@code height}: picture height (pixels), Gymnasium's default 480
 */
public record PhysicsEnvOptions(
    @Kwarg(
            defaultValue = AUTO,
            doc =
                "physics engine: auto, ode4j, jbullet or joint-space (MuJoCo's formulation, for"
                    + " MuJoCo models it can simulate)")
        String engine,
    @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
        String renderMode,
    @Kwarg(defaultValue = "480", min = 1, doc = "picture width (pixels)") int width,
    @Kwarg(defaultValue = "480", min = 1, doc = "picture height (pixels)") int height) {

  /** The {@code engine} value that lets the env choose. */
  public static final String AUTO = "auto";

  /**
   * The world engine to build: {@link #engine} with {@code auto} read as the preferred installed
   * one (ode4j before jbullet).
   */
  public String worldEngine() {
    List<String> installed = PhysicsEngine.names();
    return AUTO.equalsIgnoreCase(engine) && !installed.isEmpty() ? installed.get(0) : engine;
  }
}
