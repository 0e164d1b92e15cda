package dev.jymnasium.physics.bench;

/**
 * Builds an engine's {@link RawChain7}; engine artifacts list theirs in {@code
 * META-INF/services/dev.jymnasium.physics.bench.RawChain7Factory}, so the benchmark names no
 * engine.
 */
public interface RawChain7Factory {

  /**
   * Name of the engine the raw chain runs on, as in {@link
   * dev.jymnasium.physics.PhysicsEngine#names()}.
   */
  String engine();

  /** A new raw chain-7 world stepped by {@code dtSeconds} (s). */
  RawChain7 create(double dtSeconds);
}
