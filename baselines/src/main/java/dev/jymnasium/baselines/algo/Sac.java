package dev.jymnasium.baselines.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.jymnasium.baselines.Check;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.nn.Activation;
import dev.jymnasium.baselines.nn.FlatAdam;
import dev.jymnasium.baselines.nn.Mlp;
import dev.jymnasium.baselines.nn.MlpWeights;
import dev.jymnasium.baselines.nn.Torch;
import dev.jymnasium.baselines.policy.ActionHead;
import dev.jymnasium.baselines.policy.NetworkPolicy;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.policy.TensorFile;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Map;

/**
 * Soft Actor-Critic (Haarnoja et al. 2018) as SB3's {@code SAC}: tanh-squashed Gaussian actor, twin
 * Q-networks with Polyak-averaged targets, and automatic entropy tuning towards a target entropy of
 * {@code -actDim}. Continuous (Box) actions only. On a goal env, {@code replay_buffer_class
 * HerReplayBuffer} adds hindsight experience replay ({@code HerReplayBuffer}).
 */
public final class Sac extends NetworkAgent<Sac.Hyperparams> {
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final float LOG_STD_MIN = -20f;
  private static final float LOG_STD_MAX = 2f;

  /**
   * SAC hyperparameters (RL Zoo / SB3 names and defaults).
   *
   * @param nEnvs parallel sub-envs
   * @param learningRate Adam step size of actor, critics and entropy coefficient
   * @param bufferSize replay capacity in transitions
   * @param learningStarts environment steps of uniform random actions before updates
   * @param batchSize minibatch size
   * @param tau Polyak coefficient of the target critics
   * @param gamma discount
   * @param trainFreq vector steps between training rounds
   * @param gradientSteps gradient steps per round
   * @param entCoefInit initial entropy coefficient (tuned automatically)
   * @param netArch hidden layer widths of actor and critics
   * @param activation {@code relu} or {@code tanh}
   * @param replayBufferClass {@code ReplayBuffer}, or {@code HerReplayBuffer} for hindsight
   *     experience replay on a goal env (SB3's {@code replay_buffer_class})
   * @param nSampledGoal HER: relabelled transitions per real one (SB3's {@code n_sampled_goal})
   * @param goalSelectionStrategy HER: {@code future}, {@code final} or {@code episode}
   */
  public record Hyperparams(
      int nEnvs,
      double learningRate,
      int bufferSize,
      int learningStarts,
      int batchSize,
      double tau,
      double gamma,
      int trainFreq,
      int gradientSteps,
      double entCoefInit,
      int[] netArch,
      String activation,
      String replayBufferClass,
      int nSampledGoal,
      String goalSelectionStrategy) {
    /** SB3's defaults. */
    public static final Hyperparams DEFAULTS =
        new Hyperparams(
            1,
            3e-4,
            1_000_000,
            100,
            256,
            0.005,
            0.99,
            1,
            1,
            1.0,
            new int[] {256, 256},
            "relu",
            Replays.PLAIN,
            4,
            "future");

    public Hyperparams {
      Check.positive("n_envs", nEnvs);
      Check.positive("learning_rate", learningRate);
      Check.positive("buffer_size", bufferSize);
      Check.nonNegative("learning_starts", learningStarts);
      Check.positive("batch_size", batchSize);
      Check.inRange("tau", tau, 0, 1);
      Check.inRange("gamma", gamma, 0, 1);
      Check.positive("train_freq", trainFreq);
      Check.positive("gradient_steps", gradientSteps);
      Check.positive("ent_coef_init", entCoefInit);
      Check.layers("net_arch", netArch);
      Activation.parse(activation);
      Replays.check(replayBufferClass, nSampledGoal, goalSelectionStrategy);
    }
  }

  private final Mlp actor;
  private final Mlp[] critics = new Mlp[2];
  private final Mlp[] targets = new Mlp[2];
  private final FlatAdam actorOpt;
  private final FlatAdam criticOpt;

  /** Scalar tensors made once (a float operand uploads a scalar tensor per operation). */
  private final NDArray half;

  private final NDArray onePlusEps;

  /** A plain-Java copy of the actor for acting, refreshed after each training round. */
  private MlpWeights actingActor;

  private final OffPolicySteps steps;
  private final NpRandom rng;
  private final float[] actions;
  private final double targetEntropy;
  private double logAlpha;
  private double alphaM;
  private double alphaV;
  private long alphaSteps;
  private long gradSteps;

  /** Builds the agent and resets its vector env with seeds {@code seed + i}. */
  public Sac(
      String envId,
      Map<String, Object> envKwargs,
      Hyperparams hp,
      long seed,
      ai.djl.Device device) {
    super(
        "sac",
        hp,
        new AgentEnv(envId, envKwargs, hp.nEnvs(), AgentEnv.ActionSpaces.FLOAT_BOX, "sac"),
        seed,
        device);
    this.rng = NpRandom.of(seed);
    Activation act = Activation.parse(hp.activation());
    this.actor =
        Mlp.trainable(
            root,
            MlpWeights.uniform(
                ActorCritic.sizes(env.obsDim, hp.netArch(), 2 * env.actDim), act, rng));
    for (int k = 0; k < 2; k++) {
      MlpWeights w = MlpWeights.uniform(ContinuousActions.criticSizes(env, hp.netArch()), act, rng);
      critics[k] = Mlp.trainable(root, w);
      targets[k] = Mlp.frozen(root, w);
    }
    this.actorOpt = new FlatAdam(1e-8f, actor);
    this.criticOpt = new FlatAdam(1e-8f, critics[0], critics[1]);
    this.half = root.create(0.5f);
    this.onePlusEps = root.create(1f + 1e-6f);
    this.actingActor = actor.snapshot();
    Replay replay =
        orClose(
            () ->
                Replays.create(
                    env,
                    hp.replayBufferClass(),
                    hp.bufferSize(),
                    hp.nSampledGoal(),
                    hp.goalSelectionStrategy()));
    this.steps = new OffPolicySteps(env, replay, seed);
    this.targetEntropy = -env.actDim;
    this.logAlpha = Math.log(hp.entCoefInit());
    this.actions = new float[hp.nEnvs() * env.actDim];
  }

  @Override
  public void learn(long n, TrainingListener listener) {
    long end = steps.globalStep + n;
    steps.begin();
    while (steps.globalStep < end) {
      if (steps.globalStep < hp.learningStarts()) {
        for (int k = 0; k < actions.length; k++) {
          actions[k] = (float) rng.uniform(-1, 1);
        }
      } else {
        sampleActions();
      }
      ContinuousActions.apply(env, actions);
      steps.step(actions, listener);
      if (steps.trainDue(hp.learningStarts(), hp.trainFreq())) {
        for (int g = 0; g < hp.gradientSteps(); g++) {
          train(listener);
        }
        actingActor = actor.snapshot();
      }
      steps.endStep(listener);
    }
  }

  /** Samples squashed actions for every sub-env from one forward pass in plain Java. */
  private void sampleActions() {
    int n = hp.nEnvs();
    int d = env.actDim;
    float[] out = actingActor.forward(steps.obs, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double mean = out[i * 2 * d + j];
        double logStd = Math.max(LOG_STD_MIN, Math.min(LOG_STD_MAX, out[i * 2 * d + d + j]));
        actions[i * d + j] = (float) Math.tanh(mean + Math.exp(logStd) * rng.standardNormal());
      }
    }
  }

  /** A batch of tanh-squashed Gaussian actions and their log-probabilities. */
  record SquashedSample(NDArray action, NDArray logProb) {}

  /** Reparameterised squashed-Gaussian actions of the actor and their log-probabilities. */
  private SquashedSample policyAction(NDManager scope, NDArray o, int b) {
    NDList split = actor.forward(o).split(2, 1);
    NDArray mean = split.get(0);
    NDArray logStd = split.get(1).clip(LOG_STD_MIN, LOG_STD_MAX);
    double[] noise = new double[b * env.actDim];
    for (int k = 0; k < noise.length; k++) {
      noise[k] = rng.standardNormal();
    }
    return squashedGaussian(scope, mean, logStd, noise, onePlusEps);
  }

  /**
   * SB3's {@code SquashedDiagGaussianDistribution} for given standard normal draws {@code noise}:
   * {@code u = mean + exp(logStd) * noise}, {@code action = tanh(u)} and
   *
   * <pre>
   * log pi(action) = sum_j [-noise_j^2 / 2 - log sqrt(2 pi) - logStd_j
   *                         - log(1 + 1e-6 - action_j^2)]
   * </pre>
   *
   * <p>that is the Gaussian log-density of {@code u} less the log-determinant of the tanh Jacobian,
   * {@code log(1 - tanh(u)^2)}, with SB3's epsilon keeping a saturated action finite. The Gaussian
   * part is summed in Java in double precision.
   *
   * @param mean Gaussian means, shape {@code (B, d)}
   * @param logStd log standard deviations (already clipped), shape {@code (B, d)}
   * @param noise standard normal draws, row-major {@code B x d}
   * @param onePlusEps the scalar tensor {@code 1 + 1e-6f}
   * @return the actions {@code (B, d)} and their log-probabilities {@code (B, 1)}
   */
  static SquashedSample squashedGaussian(
      NDManager scope, NDArray mean, NDArray logStd, double[] noise, NDArray onePlusEps) {
    int b = (int) mean.getShape().get(0);
    int d = (int) mean.getShape().get(1);
    float[] z = new float[b * d];
    float[] gaussian = new float[b]; // sum over the row of -z^2/2 - log sqrt(2 pi)
    for (int i = 0; i < b; i++) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        double v = noise[i * d + j];
        z[i * d + j] = (float) v;
        s += -0.5 * v * v - LOG_SQRT_2PI;
      }
      gaussian[i] = (float) s;
    }
    NDArray action = mean.add(logStd.exp().mul(scope.create(z, new Shape(b, d)))).tanh();
    int[] rows = {1};
    NDArray squash = onePlusEps.sub(action.square());
    squash.attach(scope); // a result lives with its left operand's manager, onePlusEps's
    NDArray logProb =
        scope
            .create(gaussian, new Shape(b, 1))
            .sub(logStd.sum(rows, true))
            .sub(squash.log().sum(rows, true));
    return new SquashedSample(action, logProb);
  }

  private void train(TrainingListener listener) {
    int b = hp.batchSize();
    int d = env.obsDim;
    int ad = env.actDim;
    float alpha = (float) Math.exp(logAlpha);
    Replay.Batch batch = steps.replay.sample(b, rng);
    float[] gammaNotDone = batch.notDone().clone();
    for (int i = 0; i < b; i++) {
      gammaNotDone[i] *= (float) hp.gamma();
    }
    try (NDManager scope = root.newSubManager()) {
      NDArray o = scope.create(batch.obs(), new Shape(b, d));
      NDArray oa =
          scope.create(rowConcat(batch.obs(), d, batch.actions(), ad, b), new Shape(b, d + ad));
      NDArray o2 = scope.create(batch.nextObs(), new Shape(b, d));
      NDArray alphaT = scope.create(alpha);
      SquashedSample next = policyAction(scope, o2, b);
      NDArray o2a2 = o2.concat(next.action(), 1);
      NDArray qNext =
          targets[0]
              .forward(o2a2)
              .minimum(targets[1].forward(o2a2))
              .sub(next.logProb().mul(alphaT));
      NDArray y =
          scope
              .create(batch.rewards(), new Shape(b, 1))
              .add(qNext.mul(scope.create(gammaNotDone, new Shape(b, 1))));
      criticOpt.zeroGrad();
      NDArray criticLoss;
      try (GradientCollector gc = Torch.gradientCollector()) {
        criticLoss =
            critics[0]
                .forward(oa)
                .sub(y)
                .square()
                .add(critics[1].forward(oa).sub(y).square())
                .mean()
                .mul(half);
        gc.backward(criticLoss);
      }
      criticOpt.step((float) hp.learningRate());
      actorOpt.zeroGrad();
      NDArray actorLoss;
      NDArray logProb;
      try (GradientCollector gc = Torch.gradientCollector()) {
        SquashedSample pi = policyAction(scope, o, b);
        logProb = pi.logProb();
        NDArray oPi = o.concat(pi.action(), 1);
        NDArray qPi = critics[0].forwardFrozen(oPi).minimum(critics[1].forwardFrozen(oPi));
        actorLoss = logProb.mul(alphaT).sub(qPi).mean();
        gc.backward(actorLoss);
      }
      actorOpt.step((float) hp.learningRate());
      double meanLogProb = logProb.mean().getFloat();
      updateAlpha(meanLogProb);
      for (int k = 0; k < 2; k++) {
        targets[k].polyak(critics[k], (float) hp.tau());
      }
      if (++gradSteps % 100 == 0) {
        listener.onScalar("losses/qf_loss", criticLoss.getFloat(), steps.globalStep);
        listener.onScalar("losses/actor_loss", actorLoss.getFloat(), steps.globalStep);
        listener.onScalar("losses/alpha", alpha, steps.globalStep);
      }
    }
  }

  /** Rows {@code [x_i, y_i]} of two row-major matrices with {@code rows} rows. */
  static float[] rowConcat(float[] x, int dx, float[] y, int dy, int rows) {
    float[] out = new float[rows * (dx + dy)];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(x, i * dx, out, i * (dx + dy), dx);
      System.arraycopy(y, i * dy, out, i * (dx + dy) + dx, dy);
    }
    return out;
  }

  /**
   * One Adam step on {@code log alpha} for the loss {@code -log alpha * (log pi + target)}, whose
   * gradient {@code -(mean log pi + target)} is known in closed form.
   */
  private void updateAlpha(double meanLogProb) {
    double g = -(meanLogProb + targetEntropy);
    alphaSteps++;
    alphaM = 0.9 * alphaM + 0.1 * g;
    alphaV = 0.999 * alphaV + 0.001 * g * g;
    double mHat = alphaM / (1 - Math.pow(0.9, alphaSteps));
    double vHat = alphaV / (1 - Math.pow(0.999, alphaSteps));
    logAlpha -= hp.learningRate() * mHat / (Math.sqrt(vHat) + 1e-8);
  }

  @Override
  public Policy policy() {
    return new NetworkPolicy(
        "sac", env.envId, env.obsSpace, env.actSpace, null, actor.snapshot(), ActionHead.TANH);
  }

  @Override
  public long numTimesteps() {
    return steps.globalStep;
  }

  @Override
  protected void saveTensors(Map<String, float[]> t) {
    actor.saveTo("actor", t);
    for (int k = 0; k < 2; k++) {
      critics[k].saveTo("qf" + k, t);
      targets[k].saveTo("qf" + k + "_target", t);
    }
    actorOpt.saveTo("actor_adam", t);
    criticOpt.saveTo("qf_adam", t);
    t.put("log_alpha", new float[] {(float) logAlpha, (float) alphaM, (float) alphaV, alphaSteps});
  }

  @Override
  protected void loadTensors(TensorFile f) {
    actor.loadFrom("actor", f.tensors());
    for (int k = 0; k < 2; k++) {
      critics[k].loadFrom("qf" + k, f.tensors());
      targets[k].loadFrom("qf" + k + "_target", f.tensors());
    }
    actorOpt.loadFrom("actor_adam", f.tensors());
    criticOpt.loadFrom("qf_adam", f.tensors());
    actingActor = actor.snapshot();
    float[] la = dev.jymnasium.baselines.nn.Tensors.require(f.tensors(), "log_alpha", 4);
    logAlpha = la[0];
    alphaM = la[1];
    alphaV = la[2];
    alphaSteps = (long) la[3];
    steps.globalStep = Checkpoints.steps(f);
  }

  @Override
  protected void closeNetworks() {
    actorOpt.close();
    criticOpt.close();
    actor.close();
    for (int k = 0; k < 2; k++) {
      critics[k].close();
      targets[k].close();
    }
  }
}
