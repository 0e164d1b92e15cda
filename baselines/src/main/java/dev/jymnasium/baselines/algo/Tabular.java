package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.Agent;
import dev.jymnasium.baselines.Check;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.policy.TabularPolicy;
import dev.jymnasium.baselines.policy.TensorFile;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Discrete;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tabular Q-learning (Watkins 1989) or SARSA (Rummery and Niranjan 1994) with epsilon-greedy
 * exploration, for envs with Discrete observations and actions (FrozenLake, Taxi, CliffWalking).
 * Pure Java; bootstraps through truncations but not through terminations.
 */
public final class Tabular implements Agent {
  /** The update target. */
  public enum Rule {
    /** Off-policy: {@code r + gamma * max_a Q(s', a)}. */
    Q_LEARNING,
    /** On-policy: {@code r + gamma * Q(s', a')} with the action actually taken next. */
    SARSA
  }

  /**
   * Tabular hyperparameters.
   *
   * @param learningRate step size alpha
   * @param gamma discount
   * @param explorationFraction fraction of the {@code learn} call over which epsilon decays
   * @param explorationInitialEps initial epsilon
   * @param explorationFinalEps final epsilon
   */
  public record Hyperparams(
      double learningRate,
      double gamma,
      double explorationFraction,
      double explorationInitialEps,
      double explorationFinalEps) {
    /** Defaults suited to FrozenLake and Taxi. */
    public static final Hyperparams DEFAULTS = new Hyperparams(0.1, 0.99, 0.5, 1.0, 0.05);

    public Hyperparams {
      Check.inRange("learning_rate", learningRate, Double.MIN_VALUE, 1);
      Check.inRange("gamma", gamma, 0, 1);
      Check.inRange("exploration_fraction", explorationFraction, 0, 1);
      Check.inRange("exploration_initial_eps", explorationInitialEps, 0, 1);
      Check.inRange("exploration_final_eps", explorationFinalEps, 0, 1);
    }
  }

  private final Rule rule;
  private final String name;
  private final Hyperparams hp;
  private final String envId;
  private final Env<Integer, Integer> env;
  private final Discrete obsSpace;
  private final Discrete actSpace;
  private final double[] q;
  private final NpRandom rng;
  private final int nA;
  private int state;
  private int action;
  private double episodeReturn;
  private int episodeLength;
  private long globalStep;

  /** Builds the agent and resets its env with {@code seed}. */
  @SuppressWarnings("unchecked")
  public Tabular(
      Rule rule, String envId, Map<String, Object> envKwargs, Hyperparams hp, long seed) {
    this.rule = rule;
    this.name = rule == Rule.SARSA ? "sarsa" : "qlearning";
    this.hp = hp;
    this.envId = envId;
    Env<?, ?> e = Gym.make(envId, envKwargs);
    if (!(e.observationSpace() instanceof Discrete os)
        || !(e.actionSpace() instanceof Discrete as)) {
      e.close();
      throw new IllegalArgumentException(
          name
              + " needs Discrete observations and actions; "
              + envId
              + " has "
              + e.observationSpace()
              + " and "
              + e.actionSpace());
    }
    this.env = (Env<Integer, Integer>) e;
    this.obsSpace = os;
    this.actSpace = as;
    this.nA = as.n();
    this.q = new double[os.n() * nA];
    this.rng = NpRandom.of(seed);
    this.state = env.reset(seed).observation() - os.start();
  }

  @Override
  public void learn(long steps, TrainingListener listener) {
    long startStep = globalStep;
    long start = System.nanoTime();
    double eps = epsilon((double) globalStep / (globalStep + steps));
    action = choose(state, eps);
    long end = globalStep + steps;
    for (long k = 0; k < steps; k++) {
      eps = epsilon((double) globalStep / end); // schedules span all steps, resumes included
      Step<Integer> s = env.step(actSpace.start() + action);
      globalStep++;
      int next = s.observation() - obsSpace.start();
      int nextAction = choose(next, eps);
      double bootstrap = 0;
      if (!s.terminated()) {
        bootstrap = rule == Rule.SARSA ? q[next * nA + nextAction] : max(next);
      }
      int k0 = state * nA + action;
      q[k0] += hp.learningRate() * (s.reward() + hp.gamma() * bootstrap - q[k0]);
      episodeReturn += s.reward();
      episodeLength++;
      if (s.done()) {
        listener.onScalar("charts/episodic_return", episodeReturn, globalStep);
        listener.onScalar("charts/episodic_length", episodeLength, globalStep);
        listener.onScalar("charts/epsilon", eps, globalStep);
        episodeReturn = 0;
        episodeLength = 0;
        next = env.reset().observation() - obsSpace.start();
        nextAction = choose(next, eps);
      }
      state = next;
      action = nextAction;
      if (globalStep % 1000 == 0) {
        listener.onScalar(
            "charts/SPS",
            (globalStep - startStep) / ((System.nanoTime() - start) / 1e9),
            globalStep);
      }
      listener.onProgress(globalStep);
    }
  }

  private double epsilon(double progress) {
    double f = hp.explorationFraction() == 0 ? 1 : Math.min(1, progress / hp.explorationFraction());
    return hp.explorationInitialEps() + f * (hp.explorationFinalEps() - hp.explorationInitialEps());
  }

  /** Epsilon-greedy with random tie-breaking among the greedy actions. */
  private int choose(int s, double eps) {
    if (rng.random() < eps) {
      return (int) rng.integers(0, nA);
    }
    double best = max(s);
    int ties = 0;
    for (int a = 0; a < nA; a++) {
      if (q[s * nA + a] == best) {
        ties++;
      }
    }
    int pick = ties == 1 ? 0 : (int) rng.integers(0, ties);
    for (int a = 0; a < nA; a++) {
      if (q[s * nA + a] == best && pick-- == 0) {
        return a;
      }
    }
    throw new AssertionError("unreachable");
  }

  private double max(int s) {
    double m = q[s * nA];
    for (int a = 1; a < nA; a++) {
      m = Math.max(m, q[s * nA + a]);
    }
    return m;
  }

  private float[] table() {
    float[] f = new float[q.length];
    for (int k = 0; k < q.length; k++) {
      f[k] = (float) q[k];
    }
    return f;
  }

  @Override
  public Policy policy() {
    return new TabularPolicy(name, envId, obsSpace, actSpace, table());
  }

  @Override
  public String algorithm() {
    return name;
  }

  @Override
  public String envId() {
    return envId;
  }

  @Override
  public Hyperparams hyperparams() {
    return hp;
  }

  @Override
  public long numTimesteps() {
    return globalStep;
  }

  @Override
  public void saveCheckpoint(Path path) throws IOException {
    Map<String, float[]> t = new LinkedHashMap<>();
    t.put("q", table());
    Checkpoints.write(path, name, envId, hp, globalStep, null, t);
  }

  @Override
  public void loadCheckpoint(Path path) throws IOException {
    TensorFile f = Checkpoints.read(path, name, envId);
    float[] t = dev.jymnasium.baselines.nn.Tensors.require(f.tensors(), "q", q.length);
    for (int k = 0; k < q.length; k++) {
      q[k] = t[k];
    }
    globalStep = Checkpoints.steps(f);
  }

  @Override
  public void close() {
    env.close();
  }
}
