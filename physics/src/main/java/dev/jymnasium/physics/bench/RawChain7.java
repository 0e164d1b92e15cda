package dev.jymnasium.physics.bench;

/**
 * The chain-7 scene of {@link Scenes} written directly against one engine's own API (no neutral
 * layer): the baseline that {@link PhysicsBench} compares the neutral chain-7 with.
 */
public interface RawChain7 extends AutoCloseable {

  /** Applies the motor commands of step number {@code step} (from 0), then advances one step. */
  void step(long step);

  /** Bodies in the world, the ground included. */
  int bodyCount();

  /** Frees the engine's world. */
  @Override
  void close();
}
