package dev.jymnasium.baselines.hdpo;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.policy.SpaceJson;
import dev.jymnasium.baselines.policy.TensorFile;
import dev.jymnasium.env.spaces.Space;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network trained by HDPO acting in its inventory env: it reads the pipelines from the
 * observation dict ({@code store_inventories}, then {@code warehouse_inventories} and the rows of
 * {@code echelon_inventories} going upstream), and returns the orders in the env's action order
 * (store, warehouse, then the echelons upstream first), with the order head of {@link
 * PathwiseRollout}; or a structured rule tuned by HDPO ({@link PathwiseRollout.Rule}).
 */
public final class HdpoPolicy implements Policy {
  private final String envId;
  private final Space<?> obsSpace;
  private final Space<?> actSpace;
  private final int[] slots;
  private final int[] leadTimes;
  private final double scale;
  private final PathwiseRollout.Rule rule;
  private final OrderHead head;
  private final OrderNet net;
  private final double[] params;

  /**
   * @param setting the system (stage slots and the mean demand that scales the network)
   * @param rule the network or a structured rule
   * @param head the network's order head (unused by a structured rule)
   * @param sizes the network's widths (unused by a structured rule)
   * @param params its parameters (copied)
   */
  public HdpoPolicy(
      String envId,
      Space<?> obsSpace,
      Space<?> actSpace,
      InventorySetting setting,
      PathwiseRollout.Rule rule,
      OrderHead.Kind head,
      int[] sizes,
      double[] params) {
    this(
        envId,
        obsSpace,
        actSpace,
        setting.chain().slots(),
        setting.chain().leadTimes(),
        setting.demandMean(),
        rule,
        head,
        sizes,
        params);
  }

  private HdpoPolicy(
      String envId,
      Space<?> obsSpace,
      Space<?> actSpace,
      int[] slots,
      int[] leadTimes,
      double scale,
      PathwiseRollout.Rule rule,
      OrderHead.Kind head,
      int[] sizes,
      double[] params) {
    this.envId = envId;
    this.obsSpace = obsSpace;
    this.actSpace = actSpace;
    this.slots = slots.clone();
    this.leadTimes = leadTimes.clone();
    this.scale = scale;
    this.rule = rule;
    this.head = new OrderHead(head, slots, leadTimes, scale);
    this.net = new OrderNet(sizes);
    int needed = rule == PathwiseRollout.Rule.NETWORK ? net.parameterCount() : rule.parameters();
    if (params.length != needed) {
      throw new IllegalArgumentException(
          rule + " needs " + needed + " parameters, got " + params.length);
    }
    this.params = params.clone();
  }

  @Override
  public double[] act(Object observation) {
    if (!(observation instanceof Map<?, ?> obs)) {
      throw new IllegalArgumentException("expected an observation dict, got " + observation);
    }
    int stages = slots.length;
    int[] sizes = net.sizes();
    double[][] acts = new double[sizes.length][];
    for (int l = 0; l < sizes.length; l++) {
      acts[l] = new double[sizes[l]];
    }
    double[] state = new double[sizes[0]];
    int row = 0;
    for (int k = 0; k < stages; k++) {
      double[] source = pipeline(obs, k);
      int offset = k < 2 ? 0 : (stages - 1 - k) * slots[k];
      for (int j = 0; j < slots[k]; j++) {
        state[row + j] = source[offset + j];
      }
      row += slots[k];
    }
    if (rule != PathwiseRollout.Rule.NETWORK) {
      double position = 0;
      for (double v : state) {
        position += v;
      }
      double level = scale * OrderHead.softplus(params[0]);
      double cap =
          rule == PathwiseRollout.Rule.CAPPED_BASE_STOCK
              ? scale * OrderHead.softplus(params[1])
              : Double.MAX_VALUE;
      return new double[] {Math.min(Math.max(level - position, 0), cap)};
    }
    for (int r = 0; r < state.length; r++) {
      acts[0][r] = state[r] / scale;
    }
    net.forward(params, acts, 1);
    double[] q = new double[stages];
    head.orders(acts[sizes.length - 1], state, q, 1);
    double[] action = new double[stages];
    for (int k = 0; k < stages; k++) {
      action[k < 2 ? k : 2 + (stages - 1 - k)] = q[k];
    }
    return action;
  }

  private static double[] pipeline(Map<?, ?> obs, int stage) {
    String key =
        switch (stage) {
          case 0 -> "store_inventories";
          case 1 -> "warehouse_inventories";
          default -> "echelon_inventories";
        };
    if (!(obs.get(key) instanceof double[] values)) {
      throw new IllegalArgumentException("observation lacks " + key + " (double[]): " + obs);
    }
    return values;
  }

  @Override
  public String algorithm() {
    return "hdpo";
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
    meta.put("policy", "hdpo");
    meta.put("algorithm", "hdpo");
    meta.put("env_id", envId);
    meta.put("observation_space", SpaceJson.describe(obsSpace));
    meta.put("action_space", SpaceJson.describe(actSpace));
    meta.put("sizes", net.sizes());
    meta.put("slots", slots);
    meta.put("lead_times", leadTimes);
    meta.put("scale", scale);
    meta.put("rule", rule.name());
    meta.put("head", head.kind().name());
    Map<String, float[]> tensors = new LinkedHashMap<>();
    float[] hi = new float[params.length];
    float[] lo = new float[params.length];
    for (int i = 0; i < params.length; i++) {
      hi[i] = (float) params[i];
      lo[i] = (float) (params[i] - hi[i]);
    }
    tensors.put("params_hi", hi);
    tensors.put("params_lo", lo);
    new TensorFile(meta, tensors).write(path);
  }

  /** Reads a policy written by {@link #save}. */
  @SuppressWarnings("unchecked")
  public static HdpoPolicy from(TensorFile f) {
    int[] sizes = ints((List<Number>) f.require("sizes"));
    int[] slots = ints((List<Number>) f.require("slots"));
    // files written before the position head have neither key: the vanilla head, whose orders do
    // not depend on the lead times
    Object leadTimes = f.meta().get("lead_times");
    Object head = f.meta().get("head");
    float[] hi = f.tensors().get("params_hi");
    float[] lo = f.tensors().get("params_lo");
    if (hi == null || lo == null || hi.length != lo.length) {
      throw new IllegalArgumentException("hdpo policy file lacks its parameters");
    }
    double[] params = new double[hi.length];
    for (int i = 0; i < params.length; i++) {
      params[i] = (double) hi[i] + lo[i];
    }
    return new HdpoPolicy(
        (String) f.require("env_id"),
        SpaceJson.parse(f.require("observation_space")),
        SpaceJson.parse(f.require("action_space")),
        slots,
        leadTimes != null ? ints((List<Number>) leadTimes) : slots,
        ((Number) f.require("scale")).doubleValue(),
        PathwiseRollout.Rule.valueOf((String) f.require("rule")),
        head != null ? OrderHead.Kind.valueOf((String) head) : OrderHead.Kind.VANILLA,
        sizes,
        params);
  }

  private static int[] ints(List<Number> values) {
    return values.stream().mapToInt(Number::intValue).toArray();
  }
}
