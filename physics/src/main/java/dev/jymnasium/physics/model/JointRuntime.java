package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Joint;

/**
 * One model joint: its definition, place in qpos/qvel, chain stage, engine joint (null for free
 * joints) and the DOF of the engine joint it reads (0 except for a planar root's three joints).
 */
final class JointRuntime {
  final JointDef def;
  final int link;
  final int stage;
  final int qposAddress;
  final int qvelAddress;
  final Joint engineJoint;
  final int engineDof;

  JointRuntime(
      JointDef def,
      int link,
      int stage,
      int qposAddress,
      int qvelAddress,
      Joint engineJoint,
      int engineDof) {
    this.def = def;
    this.link = link;
    this.stage = stage;
    this.qposAddress = qposAddress;
    this.qvelAddress = qvelAddress;
    this.engineJoint = engineJoint;
    this.engineDof = engineDof;
  }
}
