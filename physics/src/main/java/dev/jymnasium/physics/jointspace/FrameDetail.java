package dev.jymnasium.physics.jointspace;

/**
 * How much of the {@link LinkFrames} a forward pass must leave current: RK4's inner stages of a
 * model without contacts need none, passes that look for contacts the link poses, and the pass
 * whose frames are read after a step all of them.
 */
enum FrameDetail {
  /**
   * Nothing beyond what the mass matrix and bias forces need (an implementation may write more).
   */
  NONE,
  /**
   * At least each link's {@code xpos} and {@code xquat}, and its {@code xmat} once {@link
   * LinkFrames#matrix} asks for it: what contact detection reads.
   */
  POSES,
  /** Every frame, centres of mass and principal axes included. */
  ALL
}
