package dev.jymnasium.physics;

/**
 * The complete dynamic state of a world at one instant, restorable with {@link
 * PhysicsWorld#restore}. Opaque; it may be restored into the world that made it or into another
 * world of the same engine built the same way.
 */
public final class WorldSnapshot {
  private final String engineName;
  private final int bodyCount;
  private final int jointCount;
  private final double[] values;
  private final long[] counters;

  /** Wraps captured state; used by engine adapters. */
  public WorldSnapshot(
      String engineName, int bodyCount, int jointCount, double[] values, long[] counters) {
    this.engineName = engineName;
    this.bodyCount = bodyCount;
    this.jointCount = jointCount;
    this.values = values.clone();
    this.counters = counters.clone();
  }

  /** Engine that made the snapshot. */
  public String engineName() {
    return engineName;
  }

  /** Number of bodies in the world it came from. */
  public int bodyCount() {
    return bodyCount;
  }

  /** Number of joints in the world it came from. */
  public int jointCount() {
    return jointCount;
  }

  /** Copy of the captured floating-point state. */
  public double[] values() {
    return values.clone();
  }

  /** Copy of the captured integer state (time steps, solver seeds). */
  public long[] counters() {
    return counters.clone();
  }
}
