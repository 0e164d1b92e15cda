package dev.jymnasium.baselines;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-env default hyperparameters and budgets from the {@code hyperparams.json} resource, in the
 * spirit of RL Zoo's {@code hyperparams/*.yml}: {@code {algo: {envId: {key: value, ...}}}}, where
 * {@code n_timesteps} is the default budget and every other key a hyperparameter.
 */
public final class ZooDefaults {
  /** Budget key of an entry. */
  public static final String N_TIMESTEPS = "n_timesteps";

  private static final Map<String, Map<String, Map<String, Object>>> TABLE = load();

  private ZooDefaults() {}

  private static Map<String, Map<String, Map<String, Object>>> load() {
    try (InputStream in = ZooDefaults.class.getResourceAsStream("/hyperparams.json")) {
      Map<String, Object> raw =
          new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
      raw.remove("_comment");
      return new ObjectMapper()
          .convertValue(raw, new TypeReference<Map<String, Map<String, Map<String, Object>>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hyperparams.json", e);
    }
  }

  /**
   * The tuned hyperparameters of {@code algo} on {@code envId} (empty if none), without the budget.
   */
  public static Map<String, Object> hyperparams(String algo, String envId) {
    Map<String, Object> m =
        new LinkedHashMap<>(TABLE.getOrDefault(algo, Map.of()).getOrDefault(envId, Map.of()));
    m.remove(N_TIMESTEPS);
    return m;
  }

  /**
   * The default training budget of {@code algo} on {@code envId}, or {@code null} if none is tuned.
   */
  public static Long budget(String algo, String envId) {
    Object v = TABLE.getOrDefault(algo, Map.of()).getOrDefault(envId, Map.of()).get(N_TIMESTEPS);
    return v == null ? null : ((Number) v).longValue();
  }
}
