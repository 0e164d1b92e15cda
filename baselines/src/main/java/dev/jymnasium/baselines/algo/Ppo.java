package dev.jymnasium.baselines.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.jymnasium.baselines.Check;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.nn.Activation;
import dev.jymnasium.baselines.nn.Architecture;
import dev.jymnasium.baselines.nn.Optimizer;
import dev.jymnasium.baselines.nn.Torch;
import dev.jymnasium.baselines.policy.ActionHead;
import dev.jymnasium.baselines.policy.NetworkPolicy;
import dev.jymnasium.baselines.policy.ObsNormalizer;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.policy.TensorFile;
import dev.jymnasium.env.rng.NpRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Proximal Policy Optimization (Schulman et al. 2017) for discrete and continuous actions, after
 * CleanRL's {@code ppo.py} / {@code ppo_continuous_action.py} with SB3's loss conventions:
 * vector-env rollouts, GAE, clipped surrogate, optional value clipping, advantage and observation
 * normalisation, global gradient-norm clipping, linear annealing.
 */
public final class Ppo extends NetworkAgent<Ppo.Hyperparams> {
  /**
   * PPO hyperparameters (RL Zoo / SB3 names and defaults).
   *
   * @param policy {@code MlpPolicy} or {@code CnnPolicy} ({@link Architecture}; {@code net_arch}
   *     gives the linear layers behind the convolution)
   * @param nEnvs parallel sub-envs
   * @param nSteps steps per sub-env per rollout
   * @param batchSize minibatch size
   * @param nEpochs passes over each rollout
   * @param learningRate Adam step size
   * @param annealLr decay the learning rate linearly to 0 over the {@code learn} call
   * @param gamma discount
   * @param gaeLambda GAE lambda
   * @param clipRange surrogate clip epsilon
   * @param annealClipRange decay the clip range linearly to 0 as well
   * @param clipVloss clip value updates to {@code clip_range} around the old values
   * @param normalizeAdvantage normalise advantages per minibatch
   * @param normalizeObs keep running observation statistics and normalise inputs
   * @param entCoef entropy bonus weight
   * @param vfCoef value loss weight
   * @param maxGradNorm global gradient-norm clip (0 disables)
   * @param targetKl stop the epochs of an update early past this approximate KL (0 disables)
   * @param netArch hidden layer widths of actor and critic
   * @param activation {@code tanh} or {@code relu}
   * @param orthoInit orthogonal initialisation (else PyTorch's default)
   * @param logStdInit initial log std of continuous actions
   */
  public record Hyperparams(
      String policy,
      int nEnvs,
      int nSteps,
      int batchSize,
      int nEpochs,
      double learningRate,
      boolean annealLr,
      double gamma,
      double gaeLambda,
      double clipRange,
      boolean annealClipRange,
      boolean clipVloss,
      boolean normalizeAdvantage,
      boolean normalizeObs,
      double entCoef,
      double vfCoef,
      double maxGradNorm,
      double targetKl,
      int[] netArch,
      String activation,
      boolean orthoInit,
      double logStdInit) {
    /** SB3's defaults with CleanRL's network (64x64 tanh, orthogonal init). */
    public static final Hyperparams DEFAULTS =
        new Hyperparams(
            "MlpPolicy",
            1,
            2048,
            64,
            10,
            3e-4,
            false,
            0.99,
            0.95,
            0.2,
            false,
            false,
            true,
            false,
            0.0,
            0.5,
            0.5,
            0.0,
            new int[] {64, 64},
            "tanh",
            true,
            0.0);

    public Hyperparams {
      Architecture.parse(policy);
      Check.positive("n_envs", nEnvs);
      Check.positive("n_steps", nSteps);
      Check.positive("batch_size", batchSize);
      Check.positive("n_epochs", nEpochs);
      Check.positive("learning_rate", learningRate);
      Check.inRange("gamma", gamma, 0, 1);
      Check.inRange("gae_lambda", gaeLambda, 0, 1);
      Check.positive("clip_range", clipRange);
      Check.nonNegative("ent_coef", entCoef);
      Check.nonNegative("vf_coef", vfCoef);
      Check.nonNegative("max_grad_norm", maxGradNorm);
      Check.nonNegative("target_kl", targetKl);
      Check.layers("net_arch", netArch);
      Activation.parse(activation);
    }
  }

  private final ActorCritic ac;
  private final Optimizer optimizer;
  private final OnPolicyRollouts rollouts;
  private final RolloutBuffer buffer;
  private final NpRandom rng;

  /** Builds the agent and resets its vector env with seeds {@code seed + i}. */
  public Ppo(
      String envId,
      Map<String, Object> envKwargs,
      Hyperparams hp,
      long seed,
      ai.djl.Device device) {
    super(
        "ppo",
        hp,
        new AgentEnv(envId, envKwargs, hp.nEnvs(), AgentEnv.ActionSpaces.EITHER, "ppo"),
        seed,
        device);
    this.rng = NpRandom.of(seed);
    this.ac =
        new ActorCritic(
            root,
            env,
            Architecture.parse(hp.policy()),
            hp.netArch(),
            Activation.parse(hp.activation()),
            hp.orthoInit(),
            (float) hp.logStdInit(),
            rng);
    this.optimizer = new Optimizer(ac.parameters(), Optimizer.Kind.ADAM, 1e-5f);
    this.rollouts = new OnPolicyRollouts(env, ac, hp.nSteps(), hp.normalizeObs(), seed);
    this.buffer = rollouts.buffer;
  }

  @Override
  public void learn(long steps, TrainingListener listener) {
    long end = rollouts.globalStep + steps;
    long start = System.nanoTime();
    long startStep = rollouts.globalStep;
    while (rollouts.globalStep < end) {
      // schedules span all steps, resumes included
      double frac = 1.0 - (double) rollouts.globalStep / end;
      float lr = (float) (hp.learningRate() * (hp.annealLr() ? frac : 1));
      float clip = (float) (hp.clipRange() * (hp.annealClipRange() ? frac : 1));
      rollouts.collect(rng, hp.gamma(), hp.gaeLambda(), end, listener);
      Map<String, Double> stats = optimize(lr, clip);
      double sps = (rollouts.globalStep - startStep) / ((System.nanoTime() - start) / 1e9);
      stats.put("charts/learning_rate", (double) lr);
      stats.put("losses/explained_variance", buffer.explainedVariance());
      stats.put("charts/SPS", sps);
      stats.forEach((k, v) -> listener.onScalar(k, v, rollouts.globalStep));
    }
  }

  private Map<String, Double> optimize(float lr, float clip) {
    int[] idx = buffer.validIndices();
    int d = env.obsDim;
    int w = ac.actionWidth();
    Map<String, Double> stats = new LinkedHashMap<>();
    for (int epoch = 0; epoch < hp.nEpochs(); epoch++) {
      shuffle(idx);
      for (int from = 0; from < idx.length; from += hp.batchSize()) {
        int to = Math.min(idx.length, from + hp.batchSize());
        int b = to - from;
        boolean last = epoch == hp.nEpochs() - 1 && to == idx.length;
        float[] adv = RolloutBuffer.gather(buffer.advantages, 1, idx, from, to);
        if (hp.normalizeAdvantage() && b > 1) {
          RolloutBuffer.standardize(adv);
        }
        try (NDManager scope = root.newSubManager()) {
          NDArray obs =
              scope.create(RolloutBuffer.gather(buffer.obs, d, idx, from, to), new Shape(b, d));
          NDArray act =
              scope.create(RolloutBuffer.gather(buffer.actions, w, idx, from, to), new Shape(b, w));
          NDArray oldLogp = scope.create(RolloutBuffer.gather(buffer.logProbs, 1, idx, from, to));
          NDArray oldV = scope.create(RolloutBuffer.gather(buffer.values, 1, idx, from, to));
          NDArray ret = scope.create(RolloutBuffer.gather(buffer.returns, 1, idx, from, to));
          NDArray advantage = scope.create(adv);
          optimizer.zeroGrad();
          NDArray[] diag;
          try (GradientCollector gc = Torch.gradientCollector()) {
            NDArray[] ev = ac.evaluate(obs, act);
            NDArray newLogProb = ev[0];
            NDArray entropy = ev[1];
            NDArray newValue = ev[2];
            PpoLoss l =
                PpoLoss.of(
                    newLogProb,
                    entropy,
                    newValue,
                    oldLogp,
                    oldV,
                    advantage,
                    ret,
                    clip,
                    hp.clipVloss(),
                    (float) hp.entCoef(),
                    (float) hp.vfCoef());
            gc.backward(l.loss());
            diag =
                last || hp.targetKl() > 0
                    ? new NDArray[] {
                      l.pgLoss(), l.vLoss(), entropy, l.approxKl(), l.clipFraction(clip)
                    }
                    : null;
          }
          optimizer.step(lr, (float) hp.maxGradNorm());
          if (diag != null) {
            double kl = diag[3].getFloat();
            if (last || kl > hp.targetKl()) {
              stats.put("losses/policy_loss", (double) diag[0].getFloat());
              stats.put("losses/value_loss", (double) diag[1].getFloat());
              stats.put("losses/entropy", (double) diag[2].getFloat());
              stats.put("losses/approx_kl", kl);
              stats.put("losses/clipfrac", (double) diag[4].getFloat());
            }
            if (hp.targetKl() > 0 && kl > hp.targetKl()) {
              return stats;
            }
          }
        }
      }
    }
    return stats;
  }

  private void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = (int) rng.integers(0, i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  @Override
  public Policy policy() {
    return new NetworkPolicy(
        "ppo",
        env.envId,
        env.obsSpace,
        env.actSpace,
        rollouts.normalizer,
        ac.actorSnapshot(),
        env.discrete() ? ActionHead.ARGMAX : ActionHead.CLIP);
  }

  @Override
  public long numTimesteps() {
    return rollouts.globalStep;
  }

  @Override
  protected ObsNormalizer normalizer() {
    return rollouts.normalizer;
  }

  @Override
  protected void saveTensors(Map<String, float[]> t) {
    ac.saveTo(t);
    optimizer.saveTo("adam", t);
  }

  @Override
  protected void loadTensors(TensorFile f) {
    ac.loadFrom(f.tensors());
    optimizer.loadFrom("adam", f.tensors());
    rollouts.restore(Checkpoints.steps(f), Checkpoints.normalizer(f));
  }

  @Override
  protected void closeNetworks() {
    optimizer.close();
    ac.close();
  }
}
