package dev.jymnasium.robots.model;

/**
 * A model file that cannot be loaded. The message starts with {@code file:line:} so editors and
 * users can jump to the offending element.
 */
public final class ModelFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source file or resource name
   * @param line 1-based line of the element at fault (0 when unknown)
   * @param message what is wrong
   * @param cause the underlying error, or null
   */
  public ModelFormatException(String source, int line, String message, Throwable cause) {
    super(source + ":" + line + ": " + message, cause);
    this.source = source;
    this.line = line;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line of the element at fault (0 when unknown). */
  public int line() {
    return line;
  }
}
