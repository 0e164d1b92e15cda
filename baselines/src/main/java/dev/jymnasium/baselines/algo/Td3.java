package dev.jymnasium.baselines.algo;

import ai.djl.ndarray.NDArray;
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
 * Twin Delayed DDPG (Fujimoto et al. 2018) as SB3's {@code TD3}: deterministic tanh actor with
 * Gaussian exploration noise, twin critics, target policy smoothing and delayed actor and target
 * updates. Continuous (Box) actions only. On a goal env, {@code replay_buffer_class
 * HerReplayBuffer} adds hindsight experience replay ({@code HerReplayBuffer}).
 */
public final class Td3 extends NetworkAgent<Td3.Hyperparams> {

  /**
   * TD3 hyperparameters (RL Zoo / SB3 names and defaults).
   *
   * @param nEnvs parallel sub-envs
   * @param learningRate Adam step size of actor and critics
   * @param bufferSize replay capacity in transitions
   * @param learningStarts environment steps of uniform random actions before updates
   * @param batchSize minibatch size
   * @param tau Polyak coefficient of the target networks
   * @param gamma discount
   * @param trainFreq vector steps between training rounds
   * @param gradientSteps gradient steps per round
   * @param policyDelay critic updates per actor and target update
   * @param actionNoise std of the Gaussian exploration noise, in units of half the action range
   * @param targetPolicyNoise std of the target smoothing noise
   * @param targetNoiseClip clip of the target smoothing noise
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
      int policyDelay,
      double actionNoise,
      double targetPolicyNoise,
      double targetNoiseClip,
      int[] netArch,
      String activation,
      String replayBufferClass,
      int nSampledGoal,
      String goalSelectionStrategy) {
    /** SB3's defaults with the zoo's exploration noise of 0.1. */
    public static final Hyperparams DEFAULTS =
        new Hyperparams(
            1,
            1e-3,
            1_000_000,
            100,
            256,
            0.005,
            0.99,
            1,
            1,
            2,
            0.1,
            0.2,
            0.5,
            new int[] {400, 300},
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
      Check.positive("policy_delay", policyDelay);
      Check.nonNegative("action_noise", actionNoise);
      Check.nonNegative("target_policy_noise", targetPolicyNoise);
      Check.nonNegative("target_noise_clip", targetNoiseClip);
      Check.layers("net_arch", netArch);
      Activation.parse(activation);
      Replays.check(replayBufferClass, nSampledGoal, goalSelectionStrategy);
    }
  }

  private final Mlp actor;
  private final Mlp actorTarget;
  private final Mlp[] critics = new Mlp[2];
  private final Mlp[] targets = new Mlp[2];
  private final FlatAdam actorOpt;
  private final FlatAdam criticOpt;

  /** A plain-Java copy of the actor for acting, refreshed after each actor update. */
  private MlpWeights actingActor;

  private final OffPolicySteps steps;
  private final NpRandom rng;
  private final float[] actions;
  private long gradSteps;

  /** Builds the agent and resets its vector env with seeds {@code seed + i}. */
  public Td3(
      String envId,
      Map<String, Object> envKwargs,
      Hyperparams hp,
      long seed,
      ai.djl.Device device) {
    super(
        "td3",
        hp,
        new AgentEnv(envId, envKwargs, hp.nEnvs(), AgentEnv.ActionSpaces.FLOAT_BOX, "td3"),
        seed,
        device);
    this.rng = NpRandom.of(seed);
    Activation act = Activation.parse(hp.activation());
    MlpWeights actorInit =
        MlpWeights.uniform(ActorCritic.sizes(env.obsDim, hp.netArch(), env.actDim), act, rng);
    this.actor = Mlp.trainable(root, actorInit);
    this.actorTarget = Mlp.frozen(root, actorInit);
    for (int k = 0; k < 2; k++) {
      MlpWeights w = MlpWeights.uniform(ContinuousActions.criticSizes(env, hp.netArch()), act, rng);
      critics[k] = Mlp.trainable(root, w);
      targets[k] = Mlp.frozen(root, w);
    }
    this.actorOpt = new FlatAdam(1e-8f, actor);
    this.criticOpt = new FlatAdam(1e-8f, critics[0], critics[1]);
    this.actingActor = actorInit;
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
      }
      steps.endStep(listener);
    }
  }

  /** Deterministic actions plus clipped Gaussian exploration noise, one forward pass in Java. */
  private void sampleActions() {
    float[] out = actingActor.forward(steps.obs, hp.nEnvs());
    for (int k = 0; k < out.length; k++) {
      double a = Math.tanh(out[k]) + hp.actionNoise() * rng.standardNormal();
      actions[k] = (float) Math.max(-1, Math.min(1, a));
    }
  }

  private void train(TrainingListener listener) {
    int b = hp.batchSize();
    int d = env.obsDim;
    int ad = env.actDim;
    Replay.Batch batch = steps.replay.sample(b, rng);
    try (NDManager scope = root.newSubManager()) {
      NDArray o = scope.create(batch.obs(), new Shape(b, d));
      NDArray oa =
          scope.create(Sac.rowConcat(batch.obs(), d, batch.actions(), ad, b), new Shape(b, d + ad));
      NDArray o2 = scope.create(batch.nextObs(), new Shape(b, d));
      NDArray noise =
          ContinuousActions.normal(scope, rng, b, ad, hp.targetPolicyNoise(), hp.targetNoiseClip());
      NDArray y =
          criticTarget(
              scope,
              actorTarget,
              targets[0],
              targets[1],
              o2,
              noise,
              batch.rewards(),
              batch.notDone(),
              hp.gamma());
      criticOpt.zeroGrad();
      NDArray criticLoss;
      try (GradientCollector gc = Torch.gradientCollector()) {
        criticLoss =
            critics[0]
                .forward(oa)
                .sub(y)
                .square()
                .add(critics[1].forward(oa).sub(y).square())
                .mean();
        gc.backward(criticLoss);
      }
      criticOpt.step((float) hp.learningRate());
      if (++gradSteps % hp.policyDelay() == 0) {
        actorOpt.zeroGrad();
        NDArray actorLoss;
        try (GradientCollector gc = Torch.gradientCollector()) {
          actorLoss = critics[0].forwardFrozen(o.concat(actor.forward(o).tanh(), 1)).mean().neg();
          gc.backward(actorLoss);
        }
        actorOpt.step((float) hp.learningRate());
        actingActor = actor.snapshot();
        actorTarget.polyak(actor, (float) hp.tau());
        for (int k = 0; k < 2; k++) {
          targets[k].polyak(critics[k], (float) hp.tau());
        }
        if (gradSteps % 100 == 0) {
          listener.onScalar("losses/qf_loss", criticLoss.getFloat(), steps.globalStep);
          listener.onScalar("losses/actor_loss", actorLoss.getFloat(), steps.globalStep);
        }
      }
    }
  }

  /**
   * TD3's critic target with target policy smoothing (Fujimoto et al. 2018):
   *
   * <pre>
   * nextAction = clip(tanh(actorTarget(nextObs)) + smoothingNoise, -1, 1)
   * y = reward + gamma * notDone
   *     * min(q1Target(nextObs, nextAction), q2Target(nextObs, nextAction))
   * </pre>
   *
   * @param nextObs next observations, {@code (B, obsDim)}
   * @param smoothingNoise target smoothing noise, already scaled and clipped, {@code (B, actDim)}
   * @param rewards rewards per row
   * @param notDone 0 where the episode terminated (a truncated one still bootstraps), else 1
   * @return the targets, {@code (B, 1)}
   */
  static NDArray criticTarget(
      NDManager scope,
      Mlp actorTarget,
      Mlp q1Target,
      Mlp q2Target,
      NDArray nextObs,
      NDArray smoothingNoise,
      float[] rewards,
      float[] notDone,
      double gamma) {
    int b = rewards.length;
    float[] gammaNotDone = notDone.clone();
    for (int i = 0; i < b; i++) {
      gammaNotDone[i] *= (float) gamma;
    }
    NDArray nextAction = actorTarget.forward(nextObs).tanh().add(smoothingNoise).clip(-1f, 1f);
    NDArray nextObsAction = nextObs.concat(nextAction, 1);
    NDArray minQNext = q1Target.forward(nextObsAction).minimum(q2Target.forward(nextObsAction));
    return scope
        .create(rewards, new Shape(b, 1))
        .add(minQNext.mul(scope.create(gammaNotDone, new Shape(b, 1))));
  }

  @Override
  public Policy policy() {
    return new NetworkPolicy(
        "td3", env.envId, env.obsSpace, env.actSpace, null, actor.snapshot(), ActionHead.TANH);
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
    actorTarget.saveTo("actor_target", t);
    actorOpt.saveTo("actor_adam", t);
    criticOpt.saveTo("qf_adam", t);
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
    actorTarget.loadFrom("actor_target", f.tensors());
    actingActor = actor.snapshot();
    steps.globalStep = Checkpoints.steps(f);
  }

  @Override
  protected void closeNetworks() {
    actorOpt.close();
    criticOpt.close();
    actor.close();
    actorTarget.close();
    for (int k = 0; k < 2; k++) {
      critics[k].close();
      targets[k].close();
    }
  }
}
