package dev.jymnasium.cli;

/**
 * A user-facing error of a {@code jym} command: printed as {@code jym: message} on standard error
 * (no stack trace unless {@code JYM_DEBUG=1}) and turned into the given exit code.
 */
public final class CliException extends RuntimeException {
  private final int exitCode;

  /**
   * @param exitCode process exit code, e.g. {@link Jym#EXIT_USAGE}
   * @param message what went wrong and, where possible, what to do instead
   */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A bad-input error (exit code 2). */
  public static CliException usage(String message) {
    return new CliException(Jym.EXIT_USAGE, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
