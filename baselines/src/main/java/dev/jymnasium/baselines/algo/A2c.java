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
 * Advantage Actor-Critic (synchronous A3C, Mnih et al. 2016) as SB3's {@code A2C}: short vector-env
 * rollouts, one gradient step on the whole rollout, RMSprop by default, GAE (lambda 1 gives plain
 * n-step returns), optional observation normalisation.
 */
public final class A2c extends NetworkAgent<A2c.Hyperparams> {
  /**
   * A2C hyperparameters (RL Zoo / SB3 names and defaults).
   *
   * @param policy {@code MlpPolicy} or {@code CnnPolicy} ({@link Architecture}; {@code net_arch}
   *     gives the linear layers behind the convolution)
   * @param nEnvs parallel sub-envs
   * @param nSteps steps per sub-env per update
   * @param learningRate optimiser step size
   * @param annealLr decay the learning rate linearly to 0 over the {@code learn} call
   * @param optimizer {@code rmsprop} (SB3's choice, alpha 0.99, eps 1e-5) or {@code adam}
   * @param gamma discount
   * @param gaeLambda GAE lambda (1: n-step returns)
   * @param normalizeAdvantage normalise advantages per update
   * @param normalizeObs keep running observation statistics and normalise inputs
   * @param entCoef entropy bonus weight
   * @param vfCoef value loss weight
   * @param maxGradNorm global gradient-norm clip (0 disables)
   * @param netArch hidden layer widths of actor and critic
   * @param activation {@code tanh} or {@code relu}
   * @param orthoInit orthogonal initialisation (else PyTorch's default)
   * @param logStdInit initial log std of continuous actions
   */
  public record Hyperparams(
      String policy,
      int nEnvs,
      int nSteps,
      double learningRate,
      boolean annealLr,
      String optimizer,
      double gamma,
      double gaeLambda,
      boolean normalizeAdvantage,
      boolean normalizeObs,
      double entCoef,
      double vfCoef,
      double maxGradNorm,
      int[] netArch,
      String activation,
      boolean orthoInit,
      double logStdInit) {
    /** SB3's defaults with a 64x64 tanh network. */
    public static final Hyperparams DEFAULTS =
        new Hyperparams(
            "MlpPolicy",
            1,
            5,
            7e-4,
            false,
            "rmsprop",
            0.99,
            1.0,
            false,
            false,
            0.0,
            0.5,
            0.5,
            new int[] {64, 64},
            "tanh",
            true,
            0.0);

    public Hyperparams {
      Architecture.parse(policy);
      Check.positive("n_envs", nEnvs);
      Check.positive("n_steps", nSteps);
      Check.positive("learning_rate", learningRate);
      Optimizer.Kind.parse(optimizer);
      Check.inRange("gamma", gamma, 0, 1);
      Check.inRange("gae_lambda", gaeLambda, 0, 1);
      Check.nonNegative("ent_coef", entCoef);
      Check.nonNegative("vf_coef", vfCoef);
      Check.nonNegative("max_grad_norm", maxGradNorm);
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
  public A2c(
      String envId,
      Map<String, Object> envKwargs,
      Hyperparams hp,
      long seed,
      ai.djl.Device device) {
    super(
        "a2c",
        hp,
        new AgentEnv(envId, envKwargs, hp.nEnvs(), AgentEnv.ActionSpaces.EITHER, "a2c"),
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
    this.optimizer = new Optimizer(ac.parameters(), Optimizer.Kind.parse(hp.optimizer()), 1e-5f);
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
      rollouts.collect(rng, hp.gamma(), hp.gaeLambda(), end, listener);
      Map<String, Double> stats = optimize(lr);
      double sps = (rollouts.globalStep - startStep) / ((System.nanoTime() - start) / 1e9);
      stats.put("charts/learning_rate", (double) lr);
      stats.put("losses/explained_variance", buffer.explainedVariance());
      stats.put("charts/SPS", sps);
      stats.forEach((k, v) -> listener.onScalar(k, v, rollouts.globalStep));
    }
  }

  private Map<String, Double> optimize(float lr) {
    int[] idx = buffer.validIndices();
    int b = idx.length;
    int d = env.obsDim;
    int w = ac.actionWidth();
    float[] adv = RolloutBuffer.gather(buffer.advantages, 1, idx, 0, b);
    if (hp.normalizeAdvantage() && b > 1) {
      RolloutBuffer.standardize(adv);
    }
    Map<String, Double> stats = new LinkedHashMap<>();
    try (NDManager scope = root.newSubManager()) {
      NDArray obs = scope.create(RolloutBuffer.gather(buffer.obs, d, idx, 0, b), new Shape(b, d));
      NDArray act =
          scope.create(RolloutBuffer.gather(buffer.actions, w, idx, 0, b), new Shape(b, w));
      NDArray ret = scope.create(RolloutBuffer.gather(buffer.returns, 1, idx, 0, b));
      NDArray advantage = scope.create(adv);
      optimizer.zeroGrad();
      NDArray pg;
      NDArray vLoss;
      NDArray entropy;
      try (GradientCollector gc = Torch.gradientCollector()) {
        NDArray[] ev = ac.evaluate(obs, act);
        pg = advantage.mul(ev[0]).mean().neg();
        vLoss = ev[2].sub(ret).square().mean();
        entropy = ev[1];
        gc.backward(pg.sub(entropy.mul((float) hp.entCoef())).add(vLoss.mul((float) hp.vfCoef())));
      }
      optimizer.step(lr, (float) hp.maxGradNorm());
      stats.put("losses/policy_loss", (double) pg.getFloat());
      stats.put("losses/value_loss", (double) vLoss.getFloat());
      stats.put("losses/entropy", (double) entropy.getFloat());
    }
    return stats;
  }

  @Override
  public Policy policy() {
    return new NetworkPolicy(
        "a2c",
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
    optimizer.saveTo("optimizer", t);
  }

  @Override
  protected void loadTensors(TensorFile f) {
    ac.loadFrom(f.tensors());
    optimizer.loadFrom("optimizer", f.tensors());
    rollouts.restore(Checkpoints.steps(f), Checkpoints.normalizer(f));
  }

  @Override
  protected void closeNetworks() {
    optimizer.close();
    ac.close();
  }
}
