package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.Pose;

/**
 * How one link lives in the engine. A moving link with n joints is a chain of max(1, n) engine
 * bodies ("stages"): stage k sits after joint k, the last stage is the link itself and the others
 * are light connector bodies; a planar root's three joints are one engine joint and one stage. Each
 * stage body's frame is its centre of mass and principal axes, at {@code stageOffsets[k]} from the
 * link-chain frame at that stage.
 */
final class LinkRuntime {
  final LinkSpec spec;

  /** Index of the parent link, or −1 for the world. */
  final int parent;

  /** Link frame in the world at qpos0. */
  final Pose restPose;

  /** Engine bodies after each joint (empty for a static link). */
  final Body[] stages;

  final Pose[] stageOffsets;

  /** One static body per geom of a static link (empty otherwise). */
  final Body[] staticBodies;

  /** Mass of the link itself (connectors and fused links excluded), kg; 0 for static links. */
  final double massKg;

  /**
   * True for a welded link on its host's body ({@link LinkFusion}): {@code stages} is that body.
   */
  final boolean fused;

  /**
   * For a host carrying fused links: the link of each child of its body's compound shape (null
   * where the body carries this link alone).
   */
  final int[] partLinks;

  LinkRuntime(
      LinkSpec spec,
      int parent,
      Pose restPose,
      Body[] stages,
      Pose[] stageOffsets,
      Body[] staticBodies,
      double massKg,
      boolean fused,
      int[] partLinks) {
    this.spec = spec;
    this.parent = parent;
    this.restPose = restPose;
    this.stages = stages;
    this.stageOffsets = stageOffsets;
    this.staticBodies = staticBodies;
    this.massKg = massKg;
    this.fused = fused;
    this.partLinks = partLinks;
  }

  boolean isStatic() {
    return stages.length == 0;
  }

  /** The engine body carrying the link's geoms (null for a static link). */
  Body body() {
    return stages.length == 0 ? null : stages[stages.length - 1];
  }
}
