package dev.jymnasium.baselines.suite;

/** An unknown suite name or a malformed suite file; the message names the suite and the field. */
public final class SuiteException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public SuiteException(String message) {
    super(message);
  }

  /** An error with its message and cause. */
  public SuiteException(String message, Throwable cause) {
    super(message, cause);
  }
}
