package dev.jymnasium.env;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gymnasium-style warnings: printed once per distinct message to standard error as {@code WARN:
 * ...}, never to standard output (which carries data such as JSON lines). Set the system property
 * {@code jymnasium.warnings=off} to silence them.
 */
public final class Warnings {
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private Warnings() {}

  /** Prints {@code message} unless it was printed before or warnings are off. */
  public static void warn(String message) {
    if (!"off".equals(System.getProperty("jymnasium.warnings")) && SEEN.add(message)) {
      System.err.println("WARN: " + message);
    }
  }
}
