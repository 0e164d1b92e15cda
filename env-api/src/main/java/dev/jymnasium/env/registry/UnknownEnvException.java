package dev.jymnasium.env.registry;

/** An env id that the registry cannot resolve; the message suggests what to use instead. */
public final class UnknownEnvException extends IllegalArgumentException {
  public UnknownEnvException(String message) {
    super(message);
  }
}
