package dev.jymnasium.env.vector;

/** A sub-env of a vector env failed; {@link #index()} says which. */
public final class SubEnvException extends RuntimeException {
  private final int index;

  public SubEnvException(int index, String phase, Throwable cause) {
    super("sub-env " + index + " failed in " + phase + ": " + cause, cause);
    this.index = index;
  }

  /** Index of the failed sub-env. */
  public int index() {
    return index;
  }
}
