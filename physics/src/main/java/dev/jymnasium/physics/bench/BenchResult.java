package dev.jymnasium.physics.bench;

import java.util.Locale;

/**
 * Throughput of one (engine, scene) run.
 *
 * @param engine engine name
 * @param scene scene name
 * @param bodies number of bodies in the world (static ones included)
 * @param dt step length in seconds
 * @param steps steps timed
 * @param stepsPerSecond steps per wall-clock second
 */
public record BenchResult(
    String engine, String scene, int bodies, double dt, long steps, double stepsPerSecond) {

  /** {@code {"engine":…,"scene":…,"bodies":…,"dt":…,"steps":…,"steps_per_second":…}}. */
  public String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"engine\":\"%s\",\"scene\":\"%s\",\"bodies\":%d,\"dt\":%s,\"steps\":%d,\"steps_per_second\":%.1f}",
        escape(engine),
        escape(scene),
        bodies,
        Double.toString(dt),
        steps,
        stepsPerSecond);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
