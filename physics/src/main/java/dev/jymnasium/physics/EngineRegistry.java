package dev.jymnasium.physics;

import dev.jymnasium.physics.spi.PhysicsEngineProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The engine providers found on the classpath, by name, in preference order; backs {@link
 * PhysicsEngine#byName}.
 */
final class EngineRegistry {
  /** Artifact of each engine Jymnasium ships, for the message when it is missing. */
  private static final Map<String, String> KNOWN_ARTIFACTS =
      Map.of(
          "ode4j", "dev.jymnasium:physics-ode4j",
          "jbullet", "dev.jymnasium:physics-jbullet");

  private final Map<String, PhysicsEngineProvider> providers = new LinkedHashMap<>();

  /**
   * Indexes {@code found} by name, in order of {@link PhysicsEngineProvider#preference()} then
   * name.
   *
   * @throws IllegalStateException when a name is blank, not lower-case, or given by two providers
   */
  EngineRegistry(Iterable<PhysicsEngineProvider> found) {
    List<PhysicsEngineProvider> sorted = new ArrayList<>();
    found.forEach(sorted::add);
    sorted.sort(
        Comparator.comparingInt(PhysicsEngineProvider::preference)
            .thenComparing(PhysicsEngineProvider::name));
    for (PhysicsEngineProvider provider : sorted) {
      String name = provider.name();
      if (name == null || name.isBlank() || !name.equals(name.trim().toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(
            "physics engine provider "
                + provider.getClass().getName()
                + " has name '"
                + name
                + "'; names must be non-blank, trimmed and lower-case");
      }
      PhysicsEngineProvider clash = providers.putIfAbsent(name, provider);
      if (clash != null) {
        throw new IllegalStateException(
            "two physics engine providers are named '"
                + name
                + "': "
                + clash.getClass().getName()
                + " and "
                + provider.getClass().getName()
                + "; keep one of their artifacts on the classpath");
      }
    }
  }

  /** The registry of the providers on the classpath of the physics API, loaded once. */
  static EngineRegistry installed() {
    return Installed.REGISTRY;
  }

  /** Engine names in preference order. */
  List<String> names() {
    return List.copyOf(providers.keySet());
  }

  /**
   * A new engine called {@code name} (case-insensitive, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException for a name no provider has; the message lists the accepted
   *     names, or the artifacts to add when there are none
   */
  PhysicsEngine create(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    PhysicsEngineProvider provider = providers.get(key);
    if (provider != null) {
      return provider.create();
    }
    String add =
        "add dev.jymnasium:physics-ode4j or dev.jymnasium:physics-jbullet to the classpath";
    if (providers.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown physics engine '" + name + "': no physics engine is on the classpath; " + add);
    }
    String artifact = KNOWN_ARTIFACTS.get(key);
    throw new IllegalArgumentException(
        "unknown physics engine '"
            + name
            + "'; accepted names: "
            + String.join(", ", providers.keySet())
            + (artifact == null
                ? ""
                : " (engine " + key + " needs " + artifact + " on the classpath)"));
  }

  /** Holder: the classpath is searched on first use, not when {@link PhysicsEngine} loads. */
  private static final class Installed {
    static final EngineRegistry REGISTRY =
        new EngineRegistry(
            ServiceLoader.load(
                PhysicsEngineProvider.class, PhysicsEngineProvider.class.getClassLoader()));
  }
}
