package dev.jymnasium.physics.model;

import org.joml.Quaterniond;
import org.joml.Vector3d;

/** Where a model's links, geoms and sites are now, on whatever simulates it. */
public interface ModelPoses {
  /** Number of links, static ones included, in the spec's order. */
  int linkCount();

  /** The spec of link {@code link}. */
  LinkSpec link(int link);

  /**
   * Index of a link by name.
   *
   * @throws IllegalArgumentException naming the known links when there is none of that name
   */
  int linkIndex(String name);

  /** Origin of a link's frame (m, world) into {@code dest}. */
  Vector3d linkPosition(int link, Vector3d dest);

  /**
   * World position (m) of a named site into {@code dest}.
   *
   * @throws IllegalArgumentException naming the known sites when there is none of that name
   */
  Vector3d sitePosition(String name, Vector3d dest);

  /** World pose of geom {@code geom} of link {@code link}. */
  void geomPose(int link, int geom, Vector3d positionDest, Quaterniond orientationDest);
}
