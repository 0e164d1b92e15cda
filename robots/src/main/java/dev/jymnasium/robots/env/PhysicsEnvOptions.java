package dev.jymnasium.robots.env;

import dev.jymnasium.env.registry.Kwarg;

/**
 * The kwargs every physics env accepts, as a group of its config record (see {@link
 * dev.jymnasium.env.registry.ConfigBinder}: the components are kwargs of the env itself).
 *
 * @param engine {@code engine}: the physics engine, {@code ode4j} (default: faster on jointed
 *     bodies, double precision, a direct solver) or {@code jbullet}
 * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
 * @param width {@code width}: picture width (pixels), Gymnasium's default 480
 * @param height {@code height}: picture height (pixels), Gymnasium's default 480
 */
public record PhysicsEnvOptions(
    @Kwarg(defaultValue = "ode4j", doc = "physics engine: ode4j or jbullet") String engine,
    @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
        String renderMode,
    @Kwarg(defaultValue = "480", min = 1, doc = "picture width (pixels)") int width,
    @Kwarg(defaultValue = "480", min = 1, doc = "picture height (pixels)") int height) {}
