package dev.jymnasium.physics.jointspace;

/**
 * How much of the {@link LinkFrames} a forward pass must leave current: RK4's inner stages of a
 * model without contacts need none; passes that look for contacts, and the pass whose frames are
 * read after a step, all of them.
 */
enum FrameDetail {
  /**
   * Nothing beyond what the mass matrix and bias forces need (an implementation may write more).
   */
  NONE,
  /**
   * Every frame: each link's {@code xpos} written, the rest written or derived when first read
   * through {@link LinkFrames#matrix}, {@link LinkFrames#quaternion} and {@link LinkFrames#centres}
   * (contact detection reads the matrices of the links it reaches only).
   */
  ALL
}
