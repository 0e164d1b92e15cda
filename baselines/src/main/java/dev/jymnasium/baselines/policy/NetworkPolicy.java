package dev.jymnasium.baselines.policy;

import dev.jymnasium.baselines.nn.Activation;
import dev.jymnasium.baselines.nn.ConvLayer;
import dev.jymnasium.baselines.nn.MlpWeights;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy given by an MLP (or a CNN, {@link MlpWeights#conv()}) over encoded (and optionally
 * normalised) observations, with an {@link ActionHead} turning outputs into actions. Used by PPO,
 * A2C, DQN, SAC and TD3.
 */
public final class NetworkPolicy implements Policy {
  private final String algorithm;
  private final String envId;
  private final Space<?> obsSpace;
  private final Space<?> actSpace;
  private final ObsEncoder encoder;
  private final ObsNormalizer normalizer;
  private final MlpWeights net;
  private final ActionHead head;

  /**
   * @param normalizer frozen observation statistics, or {@code null}
   */
  public NetworkPolicy(
      String algorithm,
      String envId,
      Space<?> obsSpace,
      Space<?> actSpace,
      ObsNormalizer normalizer,
      MlpWeights net,
      ActionHead head) {
    this.algorithm = algorithm;
    this.envId = envId;
    this.obsSpace = obsSpace;
    this.actSpace = actSpace;
    this.encoder = new ObsEncoder(obsSpace);
    this.normalizer = normalizer == null ? null : normalizer.copy();
    this.net = net;
    this.head = head;
    if (net.inputSize() != encoder.dim()) {
      throw new IllegalArgumentException(
          "network input "
              + net.inputSize()
              + " does not match observation features "
              + encoder.dim());
    }
  }

  @Override
  public Object act(Object observation) {
    float[] x = new float[encoder.dim()];
    encoder.encode(observation, x, 0);
    if (normalizer != null) {
      normalizer.normalize(x, 1);
    }
    float[] y = net.forward(x);
    if (head == ActionHead.ARGMAX) {
      Discrete d = (Discrete) actSpace;
      int best = 0;
      for (int i = 1; i < d.n(); i++) {
        if (y[i] > y[best]) {
          best = i;
        }
      }
      return d.start() + best;
    }
    Box<?> box = (Box<?>) actSpace;
    double[] a = new double[box.size()];
    for (int i = 0; i < a.length; i++) {
      double lo = box.low(i);
      double hi = box.high(i);
      a[i] =
          head == ActionHead.TANH
              ? lo + (Math.tanh(y[i]) + 1) * 0.5 * (hi - lo)
              : Math.max(lo, Math.min(hi, y[i]));
    }
    if (box.dtype() == DType.FLOAT64) {
      return a;
    }
    float[] f = new float[a.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) a[i]; // float32 bounds are floats, so rounding stays inside them
    }
    return f;
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
    meta.put("policy", "network");
    meta.put("algorithm", algorithm);
    meta.put("env_id", envId);
    meta.put("observation_space", SpaceJson.describe(obsSpace));
    meta.put("action_space", SpaceJson.describe(actSpace));
    meta.put("head", head.name());
    meta.put("sizes", net.sizes());
    meta.put("activation", net.activation().name());
    ConvLayer conv = net.conv();
    if (conv != null) {
      meta.put(
          "conv",
          new int[] {
            conv.height(), conv.width(), conv.inChannels(), conv.outChannels(), conv.kernel()
          });
    }
    if (normalizer != null) {
      meta.put("obs_mean", normalizer.mean());
      meta.put("obs_var", normalizer.var());
      meta.put("obs_count", normalizer.count());
    }
    Map<String, float[]> tensors = new LinkedHashMap<>();
    for (int i = 0; i < net.w().length; i++) {
      tensors.put("w" + i, net.w()[i]);
      tensors.put("b" + i, net.b()[i]);
    }
    if (conv != null) {
      tensors.put("conv_w", conv.w());
      tensors.put("conv_b", conv.b());
    }
    new TensorFile(meta, tensors).write(path);
  }

  @SuppressWarnings("unchecked")
  static NetworkPolicy from(TensorFile f) {
    Map<String, Object> m = f.meta();
    List<Number> sizeList = (List<Number>) f.require("sizes");
    int[] sizes = sizeList.stream().mapToInt(Number::intValue).toArray();
    float[][] w = new float[sizes.length - 1][];
    float[][] b = new float[sizes.length - 1][];
    for (int i = 0; i < w.length; i++) {
      w[i] = f.tensors().get("w" + i);
      b[i] = f.tensors().get("b" + i);
      if (w[i] == null || b[i] == null) {
        throw new IllegalArgumentException("policy file lacks the tensors of layer " + i);
      }
    }
    ConvLayer conv = null;
    if (m.containsKey("conv")) {
      int[] c = ((List<Number>) m.get("conv")).stream().mapToInt(Number::intValue).toArray();
      if (c.length != 5) {
        throw new IllegalArgumentException(
            "policy file's 'conv' must list height, width, in channels, out channels, kernel");
      }
      float[] cw = f.tensors().get("conv_w");
      float[] cb = f.tensors().get("conv_b");
      if (cw == null || cb == null) {
        throw new IllegalArgumentException("policy file lacks the convolution's tensors");
      }
      conv = new ConvLayer(c[0], c[1], c[2], c[3], c[4], cw, cb);
    }
    ObsNormalizer norm = null;
    if (m.containsKey("obs_mean")) {
      norm =
          new ObsNormalizer(
              toDoubles(m.get("obs_mean")),
              toDoubles(m.get("obs_var")),
              ((Number) m.get("obs_count")).doubleValue());
    }
    return new NetworkPolicy(
        (String) f.require("algorithm"),
        (String) f.require("env_id"),
        SpaceJson.parse(f.require("observation_space")),
        SpaceJson.parse(f.require("action_space")),
        norm,
        new MlpWeights(sizes, Activation.valueOf((String) f.require("activation")), w, b, conv),
        ActionHead.valueOf((String) f.require("head")));
  }

  private static double[] toDoubles(Object json) {
    return ((List<?>) json).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
  }
}
