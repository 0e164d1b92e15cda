package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.Agent;
import dev.jymnasium.baselines.Check;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.hdpo.HdpoPolicy;
import dev.jymnasium.baselines.hdpo.InventorySetting;
import dev.jymnasium.baselines.hdpo.OrderHead;
import dev.jymnasium.baselines.hdpo.OrderNet;
import dev.jymnasium.baselines.hdpo.PathwiseRollout;
import dev.jymnasium.baselines.policy.TensorFile;
import dev.jymnasium.control.inventory.BatchPolicy;
import dev.jymnasium.control.inventory.DemandTrace;
import dev.jymnasium.control.inventory.ScenarioBatch;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.rng.NpRandom;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hindsight differentiable policy optimisation (Alvo, Russo and Kanoria 2023, "Neural inventory
 * control in networks via hindsight differentiable policy optimization"; public code:
 * MatiasAlvo/Neural_inventory_control) for the inventory envs {@code inventory/OneStoreLost-v0},
 * {@code inventory/OneStoreBacklogged-v0} and {@code inventory/Serial-v0}.
 *
 * <p>A fixed training set of scenarios (demand traces and initial states, common random numbers) is
 * rolled by the simulator under the network's orders; the loss is the average cost per period over
 * the periods after the warm-up, and its gradient is taken through the simulator along the sampled
 * paths ({@link PathwiseRollout}: no value function, no score function), then Adam. Every {@code
 * dev_every} gradient steps the network is scored on a separate dev set (longer episodes); the
 * parameters with the best dev cost are the result (model selection on the dev set), and {@link
 * #testCost()} scores them on a long test horizon with its own warm-up (logged as charts/test_cost
 * at the end of {@link #learn}; the learning curve's episodic_return is minus the dev cost).
 *
 * <p>Networks are the original's "vanilla" ones: ELU MLPs on the pipelines of every stage; with
 * {@code order_head = vanilla} one store orders {@code softplus(z + 1)}, a serial chain's stage
 * {@code sigmoid(z_k)} times its supplier's on hand (4 mean demands for the last stage). With
 * {@code order_head = position} (ours; the default of the backlog and serial envs in
 * hyperparams.json) the outputs are target (echelon) inventory positions that each stage orders up
 * to, capped by its supplier's on hand ({@link OrderHead}): a constant output is then the optimal
 * (echelon) base-stock policy of those settings, which the vanilla heads only approximate (their
 * gap to it stalls at 2-7% within minutes of training). Differences: double precision, gradients by
 * hand instead of PyTorch's autograd, and inputs and orders in units of the mean demand (the
 * original feeds raw units). Steps count simulated periods of training scenarios ({@code batch_size
 * × periods} per gradient step).
 */
public final class Hdpo implements Agent {
  /**
   * HDPO's hyperparameters.
   *
   * @param policy {@code vanilla} (the network), or a structured one-store rule whose parameters
   *     HDPO tunes: {@code base_stock} or {@code capped_base_stock} (see {@link
   *     PathwiseRollout.Rule}; the original fits them with Adam at learning rate 0.5 to 1)
   * @param orderHead how the network's outputs become orders ({@link OrderHead}): {@code vanilla},
   *     the original's heads, or {@code position}, order up to a target (echelon) inventory
   *     position set by the network
   * @param learningRate Adam's step size at the start
   * @param learningRateDecay the step size at the end of the budget as a fraction of the first; it
   *     decays geometrically with the steps taken (1: constant, as the original)
   * @param netArch hidden widths of the vanilla network
   * @param batchSize training scenarios per gradient step
   * @param trainScenarios size of the fixed training set
   * @param trainPeriods periods of a training scenario; 0 for the env's {@code periods} with its
   *     {@code ignore_periods} as the warm-up
   * @param trainIgnorePeriods warm-up periods of a training scenario when {@code train_periods > 0}
   * @param devScenarios size of the dev set
   * @param devPeriods periods of a dev scenario
   * @param devIgnorePeriods warm-up periods of a dev scenario
   * @param devEvery gradient steps between dev evaluations
   * @param testScenarios size of the test set
   * @param testPeriods periods of a test scenario
   * @param testIgnorePeriods warm-up periods of a test scenario
   * @param testSeed seed of the test set (fixed, so that runs with different seeds face the same
   *     test demand)
   */
  public record Hyperparams(
      String policy,
      String orderHead,
      double learningRate,
      double learningRateDecay,
      int[] netArch,
      int batchSize,
      int trainScenarios,
      int trainPeriods,
      int trainIgnorePeriods,
      int devScenarios,
      int devPeriods,
      int devIgnorePeriods,
      int devEvery,
      int testScenarios,
      int testPeriods,
      int testIgnorePeriods,
      long testSeed) {
    /**
     * The original's sets (32768 training scenarios of the env's length, dev 100 periods with 60 of
     * warm-up, test 5000 with 3000) with smaller batches, dev and test sets, a larger first step
     * and a decaying one, to train in minutes on a CPU.
     */
    public static final Hyperparams DEFAULTS =
        new Hyperparams(
            "vanilla",
            "vanilla",
            0.01,
            0.05,
            new int[] {32, 32, 32},
            256,
            32768,
            0,
            0,
            4096,
            100,
            60,
            50,
            2048,
            5000,
            3000,
            2023);

    public Hyperparams {
      Check.oneOf("policy", policy, "vanilla", "base_stock", "capped_base_stock");
      Check.oneOf("order_head", orderHead, "vanilla", "position");
      Check.positive("learning_rate", learningRate);
      Check.inRange("learning_rate_decay", learningRateDecay, Double.MIN_VALUE, 1);
      Check.layers("net_arch", netArch);
      Check.positive("batch_size", batchSize);
      Check.inRange("train_scenarios", trainScenarios, batchSize, Integer.MAX_VALUE);
      Check.nonNegative("train_periods", trainPeriods);
      Check.inRange("train_ignore_periods", trainIgnorePeriods, 0, Math.max(trainPeriods - 1, 0));
      Check.positive("dev_scenarios", devScenarios);
      Check.positive("dev_periods", devPeriods);
      Check.inRange("dev_ignore_periods", devIgnorePeriods, 0, devPeriods - 1);
      Check.positive("dev_every", devEvery);
      Check.positive("test_scenarios", testScenarios);
      Check.positive("test_periods", testPeriods);
      Check.inRange("test_ignore_periods", testIgnorePeriods, 0, testPeriods - 1);
      Check.nonNegative("test_seed", testSeed);
      netArch = netArch.clone();
    }
  }

  private static final double ADAM_BETA1 = 0.9;
  private static final double ADAM_BETA2 = 0.999;
  private static final double ADAM_EPS = 1e-8;

  private final String envId;
  private final Hyperparams hp;
  private final InventorySetting setting;
  private final Env<?, ?> env;
  private final PathwiseRollout.Rule rule;
  private final OrderHead.Kind head;
  private final OrderNet net;
  private final PathwiseRollout trainRollout;
  private final PathwiseRollout devRollout;
  private final PathwiseRollout testRollout;
  private final NpRandom rng;
  private final int rows;
  private final int trainPeriods;
  private final int trainIgnorePeriods;

  private final DemandTrace trainDemand;
  private final double[] trainInitial;
  private final DemandTrace devDemand;
  private final double[] devInitial;
  private final long testDemandSeed;
  private final long testInitialSeed;

  private final double[] params;
  private final double[] bestParams;
  private final double[] grad;
  private final double[] adamM;
  private final double[] adamV;
  private final int[] order;
  private final double[] batchDemand;
  private final double[] batchInitial;

  private long numTimesteps;
  private long gradientSteps;
  private int cursor;
  private double bestDevCost = Double.POSITIVE_INFINITY;
  private double testCost = Double.NaN;

  /** Builds the agent: network, training, dev and test sets, all drawn from {@code seed}. */
  public Hdpo(String envId, Map<String, Object> envKwargs, Hyperparams hp, long seed) {
    this.envId = envId;
    this.hp = hp;
    this.setting = InventorySetting.of(envId, envKwargs);
    this.env = Gym.make(envId, envKwargs); // for the policy's spaces
    this.rows = setting.rows();
    int[] sizes = new int[hp.netArch().length + 2];
    sizes[0] = rows;
    System.arraycopy(hp.netArch(), 0, sizes, 1, hp.netArch().length);
    sizes[sizes.length - 1] = setting.stages();
    this.net = new OrderNet(sizes);
    this.rule =
        switch (hp.policy()) {
          case "base_stock" -> PathwiseRollout.Rule.BASE_STOCK;
          case "capped_base_stock" -> PathwiseRollout.Rule.CAPPED_BASE_STOCK;
          default -> PathwiseRollout.Rule.NETWORK;
        };
    this.head = OrderHead.Kind.valueOf(hp.orderHead().toUpperCase(java.util.Locale.ROOT));
    this.trainRollout = rollout();
    this.devRollout = rollout();
    this.testRollout = rollout();
    this.rng = NpRandom.of(seed);
    double[] initial = net.initialParameters(rng);
    if (rule != PathwiseRollout.Rule.NETWORK) {
      // start at S = (L + 1) mean demands, r = 2 mean demands (softplus⁻¹(x) = log(exp(x) − 1))
      int leadTime = setting.chain().leadTimes()[0];
      initial = new double[rule.parameters()];
      initial[0] = Math.log(Math.expm1(leadTime + 1));
      if (initial.length > 1) {
        initial[1] = Math.log(Math.expm1(2));
      }
    }
    this.params = initial;
    this.bestParams = params.clone();
    // one seed per data set, drawn from the run's seed
    long trainDemandSeed = rng.integers(0, Integer.MAX_VALUE);
    long trainInitialSeed = rng.integers(0, Integer.MAX_VALUE);
    long devDemandSeed = rng.integers(0, Integer.MAX_VALUE);
    long devInitialSeed = rng.integers(0, Integer.MAX_VALUE);
    this.trainPeriods = hp.trainPeriods() > 0 ? hp.trainPeriods() : setting.periods();
    this.trainIgnorePeriods =
        hp.trainPeriods() > 0 ? hp.trainIgnorePeriods() : setting.ignorePeriods();
    this.trainDemand = setting.demand(trainDemandSeed, trainPeriods, hp.trainScenarios());
    this.trainInitial = setting.initialStates(trainInitialSeed, hp.trainScenarios());
    this.devDemand = setting.demand(devDemandSeed, hp.devPeriods(), hp.devScenarios());
    this.devInitial = setting.initialStates(devInitialSeed, hp.devScenarios());
    NpRandom testRng = NpRandom.of(hp.testSeed());
    this.testDemandSeed = testRng.integers(0, Integer.MAX_VALUE);
    this.testInitialSeed = testRng.integers(0, Integer.MAX_VALUE);
    this.grad = new double[params.length];
    this.adamM = new double[params.length];
    this.adamV = new double[params.length];
    this.order = new int[hp.trainScenarios()];
    for (int s = 0; s < order.length; s++) {
      order[s] = s;
    }
    this.batchDemand = new double[trainPeriods * hp.batchSize()];
    this.batchInitial = new double[rows * hp.batchSize()];
  }

  @Override
  public void learn(long steps, TrainingListener listener) {
    long target = numTimesteps + steps;
    long start = System.nanoTime();
    long startSteps = numTimesteps;
    int batch = hp.batchSize();
    int periods = trainPeriods;
    while (numTimesteps < target) {
      gatherBatch(batch, periods);
      java.util.Arrays.fill(grad, 0);
      double trainCost =
          trainRollout.run(
              params, batchDemand, batchInitial, batch, periods, trainIgnorePeriods, grad);
      double progress = (double) numTimesteps / target;
      adamStep(hp.learningRate() * Math.pow(hp.learningRateDecay(), progress));
      numTimesteps += (long) batch * periods;
      gradientSteps++;
      boolean last = numTimesteps >= target;
      if (gradientSteps % hp.devEvery() == 0 || last) {
        double devCost = devCost(params);
        if (devCost < bestDevCost) {
          bestDevCost = devCost;
          System.arraycopy(params, 0, bestParams, 0, params.length);
          testCost = Double.NaN;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        listener.onScalar("losses/train_cost", trainCost, numTimesteps);
        listener.onScalar("charts/dev_cost", devCost, numTimesteps);
        listener.onScalar("charts/best_dev_cost", bestDevCost, numTimesteps);
        // the learning curve plots episodic_return: minus the dev cost per period
        listener.onScalar("charts/episodic_return", -devCost, numTimesteps);
        listener.onScalar(
            "charts/learning_rate",
            hp.learningRate() * Math.pow(hp.learningRateDecay(), progress),
            numTimesteps);
        listener.onScalar("charts/SPS", (numTimesteps - startSteps) / seconds, numTimesteps);
      }
      listener.onProgress(numTimesteps);
    }
    // the selected parameters on the long test horizon (metrics.jsonl of jym train)
    listener.onScalar("charts/test_cost", testCost(), numTimesteps);
  }

  private PathwiseRollout rollout() {
    return rule == PathwiseRollout.Rule.NETWORK
        ? new PathwiseRollout(setting, net, head)
        : new PathwiseRollout(setting, rule);
  }

  /** Copies the next minibatch of the shuffled training set into the batch buffers. */
  private void gatherBatch(int batch, int periods) {
    if (cursor == 0) {
      rng.shuffle(order);
    }
    int scenarios = hp.trainScenarios();
    for (int b = 0; b < batch; b++) {
      int s = order[cursor + b];
      for (int t = 0; t < periods; t++) {
        batchDemand[t * batch + b] = trainDemand.values()[t * scenarios + s];
      }
      for (int r = 0; r < rows; r++) {
        batchInitial[r * batch + b] = trainInitial[r * scenarios + s];
      }
    }
    cursor += batch;
    if (cursor + batch > scenarios) {
      cursor = 0;
    }
  }

  /** Adam (Kingma and Ba 2015) with bias correction, as torch.optim.Adam. */
  private void adamStep(double learningRate) {
    long t = gradientSteps + 1;
    double correction1 = 1 - Math.pow(ADAM_BETA1, t);
    double correction2 = 1 - Math.pow(ADAM_BETA2, t);
    double stepSize = learningRate / correction1;
    for (int i = 0; i < params.length; i++) {
      adamM[i] = ADAM_BETA1 * adamM[i] + (1 - ADAM_BETA1) * grad[i];
      adamV[i] = ADAM_BETA2 * adamV[i] + (1 - ADAM_BETA2) * grad[i] * grad[i];
      double denom = Math.sqrt(adamV[i] / correction2) + ADAM_EPS;
      params[i] -= stepSize * adamM[i] / denom;
    }
  }

  private double devCost(double[] p) {
    return devRollout.run(
        p,
        devDemand.values(),
        devInitial,
        hp.devScenarios(),
        hp.devPeriods(),
        hp.devIgnorePeriods(),
        null);
  }

  /** The best dev cost so far (average cost per period), or infinity before the first. */
  public double bestDevCost() {
    return bestDevCost;
  }

  /**
   * The average cost per period of the selected (best dev) parameters on the test set: {@code
   * test_scenarios} scenarios of {@code test_periods} periods, the first {@code
   * test_ignore_periods} left out. The test set is drawn on the first call.
   */
  public double testCost() {
    if (Double.isNaN(testCost)) {
      DemandTrace demand = setting.demand(testDemandSeed, hp.testPeriods(), hp.testScenarios());
      double[] initial = setting.initialStates(testInitialSeed, hp.testScenarios());
      testCost =
          testRollout.run(
              bestParams,
              demand.values(),
              initial,
              hp.testScenarios(),
              hp.testPeriods(),
              hp.testIgnorePeriods(),
              null);
    }
    return testCost;
  }

  /**
   * The average cost per period of a structured policy on the same test set as {@link #testCost()}
   * (common random numbers), rolled by the batched simulator of the inventory envs.
   */
  public double testCostOf(BatchPolicy policy) {
    int scenarios = hp.testScenarios();
    DemandTrace demand = setting.demand(testDemandSeed, hp.testPeriods(), scenarios);
    double[] initial = setting.initialStates(testInitialSeed, scenarios);
    ScenarioBatch batch = new ScenarioBatch(setting.chain(), scenarios);
    int[] slots = setting.chain().slots();
    for (int k = 0; k < setting.stages(); k++) {
      // ours is [row·K + scenario], the batch takes [scenario·slots + slot]
      double[] values = new double[slots[k] * scenarios];
      int first = setting.firstRow(k);
      for (int s = 0; s < scenarios; s++) {
        for (int j = 0; j < slots[k]; j++) {
          values[s * slots[k] + j] = initial[(first + j) * scenarios + s];
        }
      }
      batch.setInventories(k, values);
    }
    return batch.averageCost(policy, demand, hp.testIgnorePeriods());
  }

  /** The system trained on. */
  public InventorySetting setting() {
    return setting;
  }

  /** Gradient steps taken. */
  public long gradientSteps() {
    return gradientSteps;
  }

  @Override
  public HdpoPolicy policy() {
    return new HdpoPolicy(
        envId,
        env.observationSpace(),
        env.actionSpace(),
        setting,
        rule,
        head,
        net.sizes(),
        bestParams);
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
  public Hyperparams hyperparams() {
    return hp;
  }

  @Override
  public long numTimesteps() {
    return numTimesteps;
  }

  @Override
  public void saveCheckpoint(Path path) throws IOException {
    Map<String, float[]> t = new LinkedHashMap<>();
    putDoubles(t, "params", params);
    putDoubles(t, "best_params", bestParams);
    putDoubles(t, "adam_m", adamM);
    putDoubles(t, "adam_v", adamV);
    putDoubles(t, "counters", new double[] {gradientSteps, cursor, bestDevCost});
    Checkpoints.write(path, "hdpo", envId, hp, numTimesteps, null, t);
  }

  @Override
  public void loadCheckpoint(Path path) throws IOException {
    TensorFile f = Checkpoints.read(path, "hdpo", envId);
    getDoubles(f, "params", params);
    getDoubles(f, "best_params", bestParams);
    getDoubles(f, "adam_m", adamM);
    getDoubles(f, "adam_v", adamV);
    double[] counters = new double[3];
    getDoubles(f, "counters", counters);
    gradientSteps = (long) counters[0];
    cursor = (int) counters[1];
    bestDevCost = counters[2];
    numTimesteps = Checkpoints.steps(f);
    testCost = Double.NaN;
  }

  /** Stores doubles as two float tensors, value and remainder (about 1e-14 relative). */
  private static void putDoubles(Map<String, float[]> t, String name, double[] values) {
    float[] hi = new float[values.length];
    float[] lo = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      hi[i] = (float) values[i];
      lo[i] = Double.isFinite(values[i]) ? (float) (values[i] - hi[i]) : 0f;
    }
    t.put(name + "_hi", hi);
    t.put(name + "_lo", lo);
  }

  private static void getDoubles(TensorFile f, String name, double[] out) {
    float[] hi = dev.jymnasium.baselines.nn.Tensors.require(f.tensors(), name + "_hi", out.length);
    float[] lo = dev.jymnasium.baselines.nn.Tensors.require(f.tensors(), name + "_lo", out.length);
    for (int i = 0; i < out.length; i++) {
      out[i] = (double) hi[i] + lo[i];
    }
  }

  @Override
  public void close() {
    env.close();
  }
}
