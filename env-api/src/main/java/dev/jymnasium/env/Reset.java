package dev.jymnasium.env;

import java.util.Map;

/** The result of {@link Env#reset}: the first observation of an episode and its info. */
public record Reset<O>(O observation, Map<String, Object> info) {
  public Reset {
    info = info == null ? Map.of() : info;
  }
}
