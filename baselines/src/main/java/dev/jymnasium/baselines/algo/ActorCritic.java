package dev.jymnasium.baselines.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.jymnasium.baselines.nn.Activation;
import dev.jymnasium.baselines.nn.Architecture;
import dev.jymnasium.baselines.nn.Mlp;
import dev.jymnasium.baselines.nn.MlpWeights;
import dev.jymnasium.baselines.nn.Tensors;
import dev.jymnasium.env.rng.NpRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Separate actor and critic networks (CleanRL's {@code Agent}), MLPs or small CNNs ({@link
 * Architecture}): a categorical policy over logits for discrete actions, a diagonal Gaussian with a
 * state-independent log-std for continuous ones. Sampling happens in Java on one batched forward
 * pass per vector step.
 */
final class ActorCritic implements AutoCloseable {
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  final Mlp actor;
  final Mlp critic;
  private final NDManager manager;

  /** Continuous actions: learned log standard deviation, shape {@code [actDim]}; else null. */
  private final NDArray logStd;

  private final int nActions;
  private final int actDim;
  private MlpWeights actingActor;
  private MlpWeights actingCritic;
  private float[] actingLogStd;

  ActorCritic(
      NDManager root,
      AgentEnv env,
      Architecture arch,
      int[] netArch,
      Activation act,
      boolean orthoInit,
      float logStdInit,
      NpRandom rng) {
    this.manager = root.newSubManager();
    this.nActions = env.nActions;
    this.actDim = env.actDim;
    int out = env.discrete() ? nActions : actDim;
    int d = env.obsDim;
    double sqrt2 = Math.sqrt(2);
    this.actor =
        Mlp.trainable(
            manager,
            orthoInit
                ? arch.orthogonal(env.obsSpace, d, netArch, out, act, sqrt2, 0.01, rng)
                : arch.uniform(env.obsSpace, d, netArch, out, act, rng));
    this.critic =
        Mlp.trainable(
            manager,
            orthoInit
                ? arch.orthogonal(env.obsSpace, d, netArch, 1, act, sqrt2, 1.0, rng)
                : arch.uniform(env.obsSpace, d, netArch, 1, act, rng));
    if (env.discrete()) {
      logStd = null;
    } else {
      float[] init = new float[actDim];
      java.util.Arrays.fill(init, logStdInit);
      logStd = manager.create(init, new Shape(actDim));
      logStd.setRequiresGradient(true);
    }
  }

  static int[] sizes(int in, int[] hidden, int out) {
    return Architecture.sizes(in, hidden, out);
  }

  boolean discrete() {
    return logStd == null;
  }

  /** Width of an encoded action: one-hot size or action dimension. */
  int actionWidth() {
    return discrete() ? nActions : actDim;
  }

  List<NDArray> parameters() {
    List<NDArray> p = new ArrayList<>(actor.parameters());
    p.addAll(critic.parameters());
    if (logStd != null) {
      p.add(logStd);
    }
    return p;
  }

  /**
   * Copies the current weights to Java for {@link #sample} and {@link #values}: a rollout runs its
   * small per-step forward passes in plain Java instead of a dozen native calls per vector step.
   * Call it whenever the weights have changed (before each rollout).
   */
  void syncActingCopy() {
    actingActor = actor.snapshot();
    actingCritic = critic.snapshot();
    actingLogStd = logStd == null ? null : logStd.toFloatArray();
  }

  /**
   * Samples one action per row of {@code obs} ({@code n x obsDim}) and writes, for row {@code i},
   * the encoded action to {@code actions[(offset + i) * width]}, its log-probability and the state
   * value to {@code logProbs[offset + i]} / {@code values[offset + i]}. Uses the weights of the
   * last {@link #syncActingCopy}.
   */
  void sample(
      float[] obs,
      int n,
      NpRandom rng,
      float[] actions,
      float[] logProbs,
      float[] values,
      int offset) {
    float[] out = actingActor.forward(obs, n);
    float[] v = actingCritic.forward(obs, n);
    System.arraycopy(v, 0, values, offset, n);
    int w = actionWidth();
    if (discrete()) {
      double[] p = new double[nActions];
      for (int i = 0; i < n; i++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < nActions; a++) {
          max = Math.max(max, out[i * nActions + a]);
        }
        double sum = 0;
        for (int a = 0; a < nActions; a++) {
          p[a] = Math.exp(out[i * nActions + a] - max);
          sum += p[a];
        }
        double u = rng.random() * sum;
        int chosen = nActions - 1;
        for (int a = 0; a < nActions; a++) {
          u -= p[a];
          if (u < 0) {
            chosen = a;
            break;
          }
        }
        int row = (offset + i) * w;
        java.util.Arrays.fill(actions, row, row + w, 0f);
        actions[row + chosen] = 1f;
        logProbs[offset + i] = (float) Math.log(p[chosen] / sum);
      }
    } else {
      float[] ls = actingLogStd;
      for (int i = 0; i < n; i++) {
        double lp = 0;
        for (int j = 0; j < actDim; j++) {
          double z = rng.standardNormal();
          actions[(offset + i) * w + j] = (float) (out[i * actDim + j] + Math.exp(ls[j]) * z);
          lp += -0.5 * z * z - ls[j] - LOG_SQRT_2PI;
        }
        logProbs[offset + i] = (float) lp;
      }
    }
  }

  /** State values of {@code n} observation rows (weights of the last {@link #syncActingCopy}). */
  float[] values(float[] obs, int n) {
    return actingCritic.forward(obs, n);
  }

  /**
   * Log-probabilities of encoded actions, mean entropy and values, recorded for autograd.
   *
   * @return {@code [logProb (B), entropy (scalar), value (B)]}
   */
  NDArray[] evaluate(NDArray obs, NDArray actions) {
    NDArray out = actor.forward(obs);
    NDArray logProb;
    NDArray entropy;
    if (discrete()) {
      NDArray logP = out.logSoftmax(1);
      logProb = logP.mul(actions).sum(new int[] {1});
      entropy = logP.exp().mul(logP).sum(new int[] {1}).mean().neg();
    } else {
      NDArray z = actions.sub(out).div(logStd.exp());
      logProb = z.square().mul(-0.5f).sub(logStd).sub((float) LOG_SQRT_2PI).sum(new int[] {1});
      entropy = logStd.add((float) (0.5 + LOG_SQRT_2PI)).sum();
    }
    NDArray value = critic.forward(obs).reshape(-1);
    return new NDArray[] {logProb, entropy, value};
  }

  /** The deterministic policy network (logits or Gaussian mean). */
  MlpWeights actorSnapshot() {
    return actor.snapshot();
  }

  void saveTo(Map<String, float[]> out) {
    actor.saveTo("actor", out);
    critic.saveTo("critic", out);
    if (logStd != null) {
      out.put("log_std", logStd.toFloatArray());
    }
  }

  void loadFrom(Map<String, float[]> in) {
    actor.loadFrom("actor", in);
    critic.loadFrom("critic", in);
    if (logStd != null) {
      Tensors.set(logStd, Tensors.require(in, "log_std", actDim));
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
