package dev.jymnasium.env.registry;

/** How {@link Registry#makeVec} builds a vector env. */
public enum VectorizeMode {
  /** Sub-envs stepped one after the other on the caller's thread. */
  SYNC,
  /** Sub-envs stepped in parallel on worker threads (the JVM's {@code AsyncVectorEnv}). */
  THREADED,
  /** The spec's own vector implementation. */
  VECTOR_ENTRY_POINT
}
