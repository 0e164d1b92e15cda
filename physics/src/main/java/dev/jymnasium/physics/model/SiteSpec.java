package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A named point fixed on a link (for sensors and rewards, e.g. a fingertip).
 *
 * @param name unique site name in the model
 * @param positionM position in the link frame (m)
 */
public record SiteSpec(String name, Vector3dc positionM) {

  public SiteSpec {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("site needs a name");
    }
    positionM = new Vector3d(Checks.finite("position of site '" + name + "'", positionM));
  }

  /** A site at (x, y, z) metres in the link frame. */
  public static SiteSpec at(String name, double xM, double yM, double zM) {
    return new SiteSpec(name, new Vector3d(xM, yM, zM));
  }
}
