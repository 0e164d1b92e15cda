package dev.jymnasium.baselines.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.jymnasium.baselines.Check;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.nn.Activation;
import dev.jymnasium.baselines.nn.Architecture;
import dev.jymnasium.baselines.nn.Mlp;
import dev.jymnasium.baselines.nn.MlpWeights;
import dev.jymnasium.baselines.nn.Optimizer;
import dev.jymnasium.baselines.nn.Torch;
import dev.jymnasium.baselines.policy.ActionHead;
import dev.jymnasium.baselines.policy.NetworkPolicy;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.policy.TensorFile;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Map;

/**
 * Deep Q-Network (Mnih et al. 2015) as SB3's {@code DQN} / CleanRL's {@code dqn.py}: replay buffer,
 * target network, linearly decaying epsilon-greedy exploration, Huber loss, optional double-DQN
 * targets (van Hasselt et al. 2016). Discrete actions only.
 */
public final class Dqn extends NetworkAgent<Dqn.Hyperparams> {
  /**
   * DQN hyperparameters (RL Zoo / SB3 names and defaults).
   *
   * @param policy {@code MlpPolicy} or {@code CnnPolicy} ({@link Architecture}; {@code net_arch}
   *     gives the linear layers behind the convolution)
   * @param nEnvs parallel sub-envs
   * @param learningRate Adam step size
   * @param bufferSize replay capacity in transitions
   * @param learningStarts environment steps before the first update
   * @param batchSize minibatch size
   * @param tau target update coefficient (1: hard copy)
   * @param gamma discount
   * @param trainFreq vector steps between training rounds
   * @param gradientSteps gradient steps per round ({@code -1}: as many as env steps collected)
   * @param targetUpdateInterval environment steps between target updates
   * @param explorationFraction fraction of the {@code learn} call over which epsilon decays
   * @param explorationInitialEps initial epsilon
   * @param explorationFinalEps final epsilon
   * @param maxGradNorm global gradient-norm clip (0 disables)
   * @param doubleDqn pick next actions with the online network, value them with the target
   * @param netArch hidden layer widths
   * @param activation {@code relu} or {@code tanh}
   */
  public record Hyperparams(
      String policy,
      int nEnvs,
      double learningRate,
      int bufferSize,
      int learningStarts,
      int batchSize,
      double tau,
      double gamma,
      int trainFreq,
      int gradientSteps,
      int targetUpdateInterval,
      double explorationFraction,
      double explorationInitialEps,
      double explorationFinalEps,
      double maxGradNorm,
      boolean doubleDqn,
      int[] netArch,
      String activation) {
    /** SB3's defaults. */
    public static final Hyperparams DEFAULTS =
        new Hyperparams(
            "MlpPolicy",
            1,
            1e-4,
            1_000_000,
            100,
            32,
            1.0,
            0.99,
            4,
            1,
            10_000,
            0.1,
            1.0,
            0.05,
            10,
            false,
            new int[] {64, 64},
            "relu");

    public Hyperparams {
      Architecture.parse(policy);
      Check.positive("n_envs", nEnvs);
      Check.positive("learning_rate", learningRate);
      Check.positive("buffer_size", bufferSize);
      Check.nonNegative("learning_starts", learningStarts);
      Check.positive("batch_size", batchSize);
      Check.inRange("tau", tau, 0, 1);
      Check.inRange("gamma", gamma, 0, 1);
      Check.positive("train_freq", trainFreq);
      if (gradientSteps == 0 || gradientSteps < -1) {
        throw new IllegalArgumentException(
            "hyperparameter 'gradient_steps' must be > 0 or -1, got " + gradientSteps);
      }
      Check.positive("target_update_interval", targetUpdateInterval);
      Check.inRange("exploration_fraction", explorationFraction, 0, 1);
      Check.inRange("exploration_initial_eps", explorationInitialEps, 0, 1);
      Check.inRange("exploration_final_eps", explorationFinalEps, 0, 1);
      Check.nonNegative("max_grad_norm", maxGradNorm);
      Check.layers("net_arch", netArch);
      Activation.parse(activation);
    }
  }

  private final Mlp q;
  private final Mlp target;
  private final Optimizer optimizer;
  private final OffPolicySteps steps;
  private final NpRandom rng;
  private final float[] actions;

  /** The Q-network's weights in Java for acting, refreshed after each training round. */
  private MlpWeights actingQ;

  private long gradSteps;

  /** Builds the agent and resets its vector env with seeds {@code seed + i}. */
  public Dqn(
      String envId,
      Map<String, Object> envKwargs,
      Hyperparams hp,
      long seed,
      ai.djl.Device device) {
    super(
        "dqn",
        hp,
        new AgentEnv(envId, envKwargs, hp.nEnvs(), AgentEnv.ActionSpaces.DISCRETE, "dqn"),
        seed,
        device);
    this.rng = NpRandom.of(seed);
    MlpWeights init =
        Architecture.parse(hp.policy())
            .uniform(
                env.obsSpace,
                env.obsDim,
                hp.netArch(),
                env.nActions,
                Activation.parse(hp.activation()),
                rng);
    this.q = Mlp.trainable(root, init);
    this.target = Mlp.frozen(root, init);
    this.optimizer = new Optimizer(q.parameters(), Optimizer.Kind.ADAM, 1e-8f);
    this.steps = new OffPolicySteps(env, hp.bufferSize(), env.nActions, seed);
    this.actions = new float[hp.nEnvs() * env.nActions];
    this.actingQ = init;
  }

  @Override
  public void learn(long n, TrainingListener listener) {
    long end = steps.globalStep + n;
    int targetEvery = Math.max(hp.targetUpdateInterval() / hp.nEnvs(), 1);
    steps.begin();
    while (steps.globalStep < end) {
      double eps =
          epsilon((double) steps.globalStep / end); // schedules span all steps, resumes included
      act(eps);
      steps.step(actions, listener);
      if (steps.trainDue(hp.learningStarts(), hp.trainFreq())) {
        train(hp.gradientSteps() > 0 ? hp.gradientSteps() : hp.trainFreq() * hp.nEnvs(), listener);
      }
      if (steps.vectorSteps % targetEvery == 0) {
        target.polyak(q, (float) hp.tau());
      }
      if (steps.vectorSteps % 100 == 0) {
        listener.onScalar("charts/epsilon", eps, steps.globalStep);
      }
      steps.endStep(listener);
    }
  }

  private double epsilon(double progress) {
    double f = hp.explorationFraction() == 0 ? 1 : Math.min(1, progress / hp.explorationFraction());
    return hp.explorationInitialEps() + f * (hp.explorationFinalEps() - hp.explorationInitialEps());
  }

  /**
   * Epsilon-greedy actions for every sub-env; the greedy ones come from one forward pass of the
   * Java copy of the Q-network (no native call per env step).
   */
  private void act(double eps) {
    int n = hp.nEnvs();
    int na = env.nActions;
    float[] qs = null;
    java.util.Arrays.fill(actions, 0f);
    for (int i = 0; i < n; i++) {
      int a;
      if (rng.random() < eps) {
        a = (int) rng.integers(0, na);
      } else {
        if (qs == null) {
          qs = actingQ.forward(steps.obs, n);
        }
        a = 0;
        for (int k = 1; k < na; k++) {
          if (qs[i * na + k] > qs[i * na + a]) {
            a = k;
          }
        }
      }
      actions[i * na + a] = 1f;
      env.setDiscrete(i, a);
    }
  }

  /**
   * One training round of {@code grads} gradient steps. Its minibatches are drawn at once and
   * uploaded as one array per field; the target network is fixed during a round (it is updated
   * between env steps, as in SB3), so without double DQN the TD targets of every minibatch come
   * from one batched forward pass.
   */
  private void train(int grads, TrainingListener listener) {
    int b = hp.batchSize();
    int d = env.obsDim;
    int na = env.nActions;
    int rows = grads * b;
    Replay.Batch batch = steps.replay.sample(rows, rng);
    try (NDManager round = root.newSubManager()) {
      NDArray o = round.create(batch.obs(), new Shape(rows, d));
      NDArray a = round.create(batch.actions(), new Shape(rows, na));
      NDArray o2 = round.create(batch.nextObs(), new Shape(rows, d));
      NDArray r = round.create(batch.rewards());
      NDArray notDone = round.create(batch.notDone()).mul((float) hp.gamma());
      NDArray y = hp.doubleDqn() ? null : r.add(target.forward(o2).max(new int[] {1}).mul(notDone));
      NDArray one = round.create(1f); // constants made once: a scalar operand costs an upload
      NDArray half = round.create(0.5f);
      for (int g = 0; g < grads; g++) {
        try (NDManager scope = round.newSubManager()) {
          NDIndex rowsOf = new NDIndex().addSliceDim(g * b, (g + 1) * b);
          NDArray og = slice(o, rowsOf, scope);
          NDArray ag = slice(a, rowsOf, scope);
          NDArray yg;
          if (y != null) {
            yg = slice(y, rowsOf, scope);
          } else { // double DQN: the online network, which changes every step, picks next actions
            NDArray next = slice(o2, rowsOf, scope);
            NDArray greedy = q.forward(next).argMax(1).oneHot(na);
            yg =
                target
                    .forward(next)
                    .mul(greedy)
                    .sum(new int[] {1})
                    .mul(slice(notDone, rowsOf, scope))
                    .add(slice(r, rowsOf, scope));
          }
          optimizer.zeroGrad();
          NDArray loss;
          NDArray qa;
          try (GradientCollector gc = Torch.gradientCollector()) {
            qa = q.forward(og).mul(ag).sum(new int[] {1});
            NDArray diff = qa.sub(yg).abs();
            loss = NDArrays.where(diff.lt(one), diff.square().mul(half), diff.sub(half)).mean();
            gc.backward(loss);
          }
          optimizer.step((float) hp.learningRate(), (float) hp.maxGradNorm());
          if (++gradSteps % 100 == 0) {
            listener.onScalar("losses/td_loss", loss.getFloat(), steps.globalStep);
            listener.onScalar("losses/q_values", qa.mean().getFloat(), steps.globalStep);
          }
        }
      }
    }
    actingQ = q.snapshot();
  }

  /** Rows {@code rows} of {@code x}, owned by {@code scope}. */
  private static NDArray slice(NDArray x, NDIndex rows, NDManager scope) {
    NDArray view = x.get(rows);
    view.attach(scope);
    return view;
  }

  @Override
  public Policy policy() {
    return new NetworkPolicy(
        "dqn", env.envId, env.obsSpace, env.actSpace, null, q.snapshot(), ActionHead.ARGMAX);
  }

  @Override
  public long numTimesteps() {
    return steps.globalStep;
  }

  @Override
  protected void saveTensors(Map<String, float[]> t) {
    q.saveTo("q", t);
    target.saveTo("q_target", t);
    optimizer.saveTo("adam", t);
  }

  @Override
  protected void loadTensors(TensorFile f) {
    q.loadFrom("q", f.tensors());
    target.loadFrom("q_target", f.tensors());
    optimizer.loadFrom("adam", f.tensors());
    steps.globalStep = Checkpoints.steps(f);
    actingQ = q.snapshot();
  }

  @Override
  protected void closeNetworks() {
    optimizer.close();
    q.close();
    target.close();
  }
}
