package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.PhysicsWorld;

/**
 * Finds the engine body of a model link. The model layer names a moving link's body after the link
 * (its connector bodies are named {@code link/joint}); this is how envs reach body-level read-outs
 * (centre-of-mass velocity, forces) the model layer does not expose.
 */
final class LinkBodies {
  private LinkBodies() {}

  /** The moving body named {@code linkName}. */
  static Body bodyOf(PhysicsWorld world, String linkName) {
    Body found = null;
    for (Body body : world.bodies()) {
      if (!body.isStatic() && body.name().equals(linkName)) {
        if (found != null) {
          throw new IllegalStateException("two moving bodies are named '" + linkName + "'");
        }
        found = body;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no moving body for link '" + linkName + "'");
    }
    return found;
  }
}
