package dev.jymnasium.baselines.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of {@link EvalRun}: return statistics over deterministic episodes and, for a goal
 * env, the success rate.
 *
 * @param successRate for a goal env, the mean of {@code info["is_success"]} at the end of the
 *     episodes (in [0, 1]); {@code null} for other envs
 */
public record EvalResult(
    String env,
    int episodes,
    double meanReturn,
    double stdReturn,
    double meanLength,
    Double successRate) {
  /**
   * {@code {"env":…,"episodes":…,"mean_return":…,"std_return":…,"mean_length":…}}, plus {@code
   * "success_rate"} for a goal env.
   */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("env", env);
    m.put("episodes", episodes);
    m.put("mean_return", meanReturn);
    m.put("std_return", stdReturn);
    m.put("mean_length", meanLength);
    if (successRate != null) {
      m.put("success_rate", successRate);
    }
    try {
      return new ObjectMapper().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    String returns =
        String.format(
            "%s: mean return %.2f +/- %.2f over %d episodes (mean length %.1f)",
            env, meanReturn, stdReturn, episodes, meanLength);
    return successRate == null
        ? returns
        : returns + String.format(", success rate %.1f%%", 100 * successRate);
  }
}
