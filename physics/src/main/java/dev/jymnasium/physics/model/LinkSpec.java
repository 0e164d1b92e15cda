package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Pose;
import java.util.List;

/**
 * One rigid link of a model (a MuJoCo body). A link with no joints is welded to its parent; a
 * top-level link (no parent) with no joints is part of the static world (e.g. the floor).
 *
 * @param name unique link name
 * @param parentName parent link's name, or null for the world; parents come before children
 * @param poseInParent the link frame relative to the parent's link frame (or the world), at qpos0
 * @param geoms geometry; the collision geoms of a moving link must share friction and contact bits
 * @param inertial explicit mass properties, or null to compute them from the geoms' densities
 * @param joints joints to the parent, applied in order (empty = welded)
 * @param sites named points on the link
 */
public record LinkSpec(
    String name,
    String parentName,
    Pose poseInParent,
    List<GeomSpec> geoms,
    InertialSpec inertial,
    List<JointDef> joints,
    List<SiteSpec> sites) {

  public LinkSpec {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("link needs a name");
    }
    if (poseInParent == null) {
      throw new IllegalArgumentException("link '" + name + "' needs a pose (use Pose.IDENTITY)");
    }
    geoms = List.copyOf(geoms == null ? List.of() : geoms);
    joints = List.copyOf(joints == null ? List.of() : joints);
    sites = List.copyOf(sites == null ? List.of() : sites);
    for (JointDef joint : joints) {
      if (joint.kind() == JointDef.Kind.FREE && (joints.size() > 1 || parentName != null)) {
        throw new IllegalArgumentException(
            "link '" + name + "': a free joint must be the only joint of a" + " top-level link");
      }
    }
  }

  /** A link with geoms and joints, no explicit inertial and no sites. */
  public static LinkSpec of(
      String name,
      String parentName,
      Pose poseInParent,
      List<GeomSpec> geoms,
      List<JointDef> joints) {
    return new LinkSpec(name, parentName, poseInParent, geoms, null, joints, List.of());
  }

  /** A copy with other geoms. */
  public LinkSpec withGeoms(List<GeomSpec> value) {
    return new LinkSpec(name, parentName, poseInParent, value, inertial, joints, sites);
  }

  /** A copy with explicit mass properties. */
  public LinkSpec withInertial(InertialSpec value) {
    return new LinkSpec(name, parentName, poseInParent, geoms, value, joints, sites);
  }

  /** A copy with sites. */
  public LinkSpec withSites(List<SiteSpec> value) {
    return new LinkSpec(name, parentName, poseInParent, geoms, inertial, joints, value);
  }

  /** True for a top-level link without joints: it never moves. */
  public boolean isStatic() {
    return parentName == null && joints.isEmpty();
  }
}
