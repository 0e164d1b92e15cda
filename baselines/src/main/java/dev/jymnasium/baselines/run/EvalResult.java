package dev.jymnasium.baselines.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outcome of {@link EvalRun}: return statistics over deterministic episodes. */
public record EvalResult(
    String env, int episodes, double meanReturn, double stdReturn, double meanLength) {
  /** {@code {"env":…,"episodes":…,"mean_return":…,"std_return":…,"mean_length":…}}. */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("env", env);
    m.put("episodes", episodes);
    m.put("mean_return", meanReturn);
    m.put("std_return", stdReturn);
    m.put("mean_length", meanLength);
    try {
      return new ObjectMapper().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return String.format(
        "%s: mean return %.2f +/- %.2f over %d episodes (mean length %.1f)",
        env, meanReturn, stdReturn, episodes, meanLength);
  }
}
