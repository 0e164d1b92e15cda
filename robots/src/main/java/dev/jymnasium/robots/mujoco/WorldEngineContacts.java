package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.model.ModelSpec;

/**
 * The contacts of a model file written with MuJoCo's contact parameters, as ODE4J and JBullet take
 * them: the floor's friction 1 (they multiply a contact's two frictions where MuJoCo takes the
 * larger, so the links' own friction is the contact's) and every moving geom with conaffinity 1
 * (their pairs need it both ways; the links collide with no other link anyway).
 */
final class WorldEngineContacts {
  private WorldEngineContacts() {}

  /** {@code spec} with the floor's friction 1 and the moving geoms' conaffinity 1. */
  static ModelSpec of(ModelSpec spec) {
    return spec.mapGeoms(
        (link, geom) ->
            link.isStatic()
                ? (geom.name().equals("floor") ? geom.withFriction(1) : geom)
                : geom.withContact(geom.contype(), 1));
  }
}
