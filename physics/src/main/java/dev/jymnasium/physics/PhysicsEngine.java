package dev.jymnasium.physics;

import dev.jymnasium.physics.jbullet.JBulletEngine;
import dev.jymnasium.physics.ode4j.Ode4jEngine;
import java.util.List;

/** A rigid-body engine behind the neutral API: it creates {@link PhysicsWorld}s. */
public interface PhysicsEngine {

    /** Names accepted by {@link #byName(String)}, in order of preference. */
    List<String> NAMES = List.of(Ode4jEngine.NAME, JBulletEngine.NAME);

    /** Short lower-case engine name, e.g. {@code "ode4j"}. */
    String name();

    /** True when worlds of this engine can use {@code solver} (every engine has the iterative one). */
    default boolean supports(ConstraintSolver solver) {
        return solver == ConstraintSolver.ITERATIVE;
    }

    /** Creates an empty world (no bodies) with the given settings. */
    PhysicsWorld createWorld(WorldSettings settings);

    /** Creates an empty world with {@link WorldSettings#defaults()}. */
    default PhysicsWorld createWorld() {
        return createWorld(WorldSettings.defaults());
    }

    /**
     * The engine called {@code name} ("ode4j" or "jbullet", case-insensitive).
     *
     * @throws IllegalArgumentException for any other name; the message lists the accepted names
     */
    static PhysicsEngine byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
        switch (key) {
            case Ode4jEngine.NAME:
                return new Ode4jEngine();
            case JBulletEngine.NAME:
                return new JBulletEngine();
            default:
                throw new IllegalArgumentException(
                        "unknown physics engine '" + name + "'; accepted names: " + String.join(", ", NAMES));
        }
    }
}
