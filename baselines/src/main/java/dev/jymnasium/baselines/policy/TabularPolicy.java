package dev.jymnasium.baselines.policy;

import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The greedy policy of a Q-table over Discrete observations and actions (ties: lowest action). */
public final class TabularPolicy implements Policy {
  private final String algorithm;
  private final String envId;
  private final Discrete obsSpace;
  private final Discrete actSpace;
  private final float[] q;

  /**
   * @param q row-major {@code [states, actions]} action values
   */
  public TabularPolicy(
      String algorithm, String envId, Discrete obsSpace, Discrete actSpace, float[] q) {
    if (q.length != obsSpace.n() * actSpace.n()) {
      throw new IllegalArgumentException(
          "Q-table has " + q.length + " entries, expected " + obsSpace.n() + " x " + actSpace.n());
    }
    this.algorithm = algorithm;
    this.envId = envId;
    this.obsSpace = obsSpace;
    this.actSpace = actSpace;
    this.q = q.clone();
  }

  @Override
  public Object act(Object observation) {
    int row = ((Integer) observation - obsSpace.start()) * actSpace.n();
    int best = 0;
    for (int a = 1; a < actSpace.n(); a++) {
      if (q[row + a] > q[row + best]) {
        best = a;
      }
    }
    return actSpace.start() + best;
  }

  @Override
  public String algorithm() {
    return algorithm;
  }

  @Override
  public String envId() {
    return envId;
  }

  @Override
  public Space<?> observationSpace() {
    return obsSpace;
  }

  @Override
  public Space<?> actionSpace() {
    return actSpace;
  }

  @Override
  public void save(Path path) throws IOException {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("policy", "tabular");
    meta.put("algorithm", algorithm);
    meta.put("env_id", envId);
    meta.put("observation_space", SpaceJson.describe(obsSpace));
    meta.put("action_space", SpaceJson.describe(actSpace));
    new TensorFile(meta, Map.of("q", q)).write(path);
  }

  static TabularPolicy from(TensorFile f) {
    float[] q = f.tensors().get("q");
    if (q == null) {
      throw new IllegalArgumentException("tabular policy file lacks its Q-table");
    }
    return new TabularPolicy(
        (String) f.require("algorithm"),
        (String) f.require("env_id"),
        (Discrete) SpaceJson.parse(f.require("observation_space")),
        (Discrete) SpaceJson.parse(f.require("action_space")),
        q);
  }
}
