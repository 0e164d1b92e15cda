package dev.jymnasium.control.linear;

import dev.jymnasium.control.plot.TimeSeriesPlot;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.mult.VectorVectorMult_DDRM;

/**
 * A linear control benchmark of controlgym (Zhang et al. 2023, xiangyuan-zhang/controlgym): one of
 * 37 COMPleib systems ({@link LinearSystem#NAMES}) discretised with a zero-order hold, driven by
 * Gaussian process noise, with a quadratic cost; registered as {@code controlgym/NAME-v0}.
 *
 * <h2>Description</h2>
 *
 * The state follows {@code x_{t+1} = A_d x_t + B1_d w_t + B2_d u_t} with {@code w_t ~ N(0,
 * noise_cov·I)}; see {@link DiscreteLinearSystem} for the discretisation and weights. Many systems
 * are open-loop unstable ({@code ρ(A_d) > 1}: ac3, ac4, ac8, dis2, he1, rea, ...), so zero control
 * diverges; LQR ({@link LqrController}) is the classical controller to beat.
 *
 * <h2>Action space</h2>
 *
 * {@code Box(-action_limit, action_limit, (m,), float64)}, m the system's number of controls;
 * unbounded by default. As in controlgym, actions outside a finite limit are neither clipped nor
 * rejected.
 *
 * <h2>Observation space</h2>
 *
 * {@code Box(-observation_limit, observation_limit, (p,), float64)}: the measurement {@code y_t = C
 * x_t + D21 w_t}. As in controlgym, the observation a step returns is computed from the state
 * <em>before</em> the step, with the same {@code w_t} that drives the step.
 *
 * <p>With {@code observe_state} the observation is the state itself, {@code x_t} ({@code Box(...,
 * (n,), float64)}, no noise), with the same timing: a step returns the state before it, which is
 * the {@code info["state"]} of the previous step (of the reset for the first step).
 *
 * <h2>Rewards</h2>
 *
 * {@code -(xᵀQx + uᵀRu + 2xᵀSu)} of the state before the step and the action.
 *
 * <h2>Starting state</h2>
 *
 * {@code x_0 ~ N(init_state, random_init_state_cov·I)} (mean zero without {@code init_state}; the
 * reset option {@code state} replaces the mean for this and later resets), then a fresh {@code w}
 * for {@code y_0}. With the same seed the draws equal controlgym's: numpy's {@code
 * multivariate_normal(mean, c·I)} takes the SVD of {@code c·I}, which is exact, and so reduces to
 * {@code mean + √c·standard_normal(n)} bit for bit (also for c = 0, where it still consumes n
 * draws). Those are the only covariances controlgym uses; a general covariance would need numpy's
 * LAPACK SVD and is not offered.
 *
 * <h2>Episode end</h2>
 *
 * {@code terminated} once {@code n_steps} steps were taken (controlgym reports its time limit as
 * termination); {@code truncated} when the reward leaves {@code [-reward_limit, reward_limit]}.
 * {@code info} holds {@code state} (the state after the step) and {@code output} ({@code C1 x + D11
 * w + D12 u}); the arrays are reused by the next step. Large dense systems compute the state only
 * when it is read (a checkpointed state, {@code CheckpointPropagator}); a step needs just C x and
 * C1 x.
 *
 * <h2>Arguments</h2>
 *
 * {@code n_steps} (1000), {@code sample_time} (s, 0.1), {@code noise_cov} (0.1), {@code
 * random_init_state_cov} (0.1), {@code init_state} (n values, None), {@code action_limit}, {@code
 * observation_limit}, {@code reward_limit} (None: unbounded), {@code observe_state} (false), {@code
 * render_mode} ({@code rgb_array}: the state's first components over the last 500 steps). {@link
 * #setDisturbance} gives the next step's {@code w} instead of drawing it.
 *
 * <h2>Version history</h2>
 *
 * v0: controlgym's linear envs.
 *
 * <h2>Differences from the original</h2>
 *
 * Spaces are float64 Boxes, as in controlgym. An env that was never seeded draws from OS entropy
 * (controlgym seeds it with 0 and draws a first state in its constructor). The reward is computed
 * as {@code ‖C1x‖² + 2(C1x)·(D12u) + uᵀRu}, equal to controlgym's form up to rounding. {@code
 * observe_state} is our extension (controlgym always observes {@code y}): it lets a policy learnt
 * from observations be compared with state-feedback LQR, which reads the state.
 */
public final class LinearControlEnv extends SceneEnv<double[], double[]> {
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("rgb_array"), 30);

  /** Steps shown by the plot. */
  private static final int PLOT_STEPS = 500;

  /** State components shown by the plot. */
  private static final int PLOT_CHANNELS = 8;

  private final String id;
  private final DiscreteLinearSystem sys;
  private final StatePropagator propagator;
  private final MatVec d21;
  private final MatVec d11;
  private final MatVec d12;
  private final int nSteps;
  private final double noiseCov;
  private final double noiseStd;
  private final double initStateStd;

  /** Mean of the initial state: {@code init_state}, replaced by each reset option {@code state}. */
  private final double[] initState;

  private final double rewardLimit;

  /** {@code observe_state}: the observation is the state x instead of y. */
  private final boolean observeState;

  /** The observation array: {@code y}'s, or a copy of the state with {@code observe_state}. */
  private final double[] obs;

  private final Box<double[]> actionSpace;
  private final Box<double[]> observationSpace;
  private final Box<double[]> actionsChecked;

  /** The current state, brought up to date from the propagator when read. */
  private final DMatrixRMaj x;

  private boolean stateCurrent;
  private final DMatrixRMaj u;
  private final DMatrixRMaj w;
  private final DMatrixRMaj y;
  private final DMatrixRMaj z;
  private final DMatrixRMaj c1x;
  private final DMatrixRMaj d12u;
  private final DMatrixRMaj givenW;
  private boolean hasGivenW;
  private final Map<String, Object> info;
  private final Map<String, Object> resetInfo;
  private final Step<double[]> step = new Step<>();
  private final TimeSeriesPlot plot;
  private final double[] plotted;
  private int stepCount;

  /**
   * The kwargs of controlgym's linear envs.
   *
   * @param renderMode {@code render_mode}: {@code rgb_array} or {@code null}
   * @param nSteps {@code n_steps}: steps per episode
   * @param sampleTime {@code sample_time}: the zero-order-hold period, seconds
   * @param noiseCov {@code noise_cov}: variance of each disturbance component
   * @param randomInitStateCov {@code random_init_state_cov}: variance of each initial state entry
   * @param initState {@code init_state}: mean of the initial state, or {@code null} for zeros
   * @param actionLimit {@code action_limit}: bound of the action space, {@code null} for none
   * @param observationLimit {@code observation_limit}: bound of the observation space
   * @param rewardLimit {@code reward_limit}: the episode is truncated when |reward| exceeds it
   * @param observeState {@code observe_state}: observe the state x (n values) instead of y
   */
  public record Config(
      @Kwarg(doc = "how render() draws: rgb_array or None (see render_modes)") String renderMode,
      @Kwarg(defaultValue = "1000", min = 1, doc = "steps until the episode terminates") int nSteps,
      @Kwarg(defaultValue = "0.1", doc = "zero-order-hold sample time (s), finite and > 0")
          double sampleTime,
      @Kwarg(defaultValue = "0.1", min = 0, doc = "variance of each disturbance component")
          double noiseCov,
      @Kwarg(defaultValue = "0.1", min = 0, doc = "variance of each initial state component")
          double randomInitStateCov,
      @Kwarg(doc = "mean of the initial state (n values); None: zeros") double[] initState,
      @Kwarg(min = 0, doc = "action bound (the Box's high); None: unbounded") Double actionLimit,
      @Kwarg(min = 0, doc = "observation bound (the Box's high); None: unbounded")
          Double observationLimit,
      @Kwarg(min = 0, doc = "truncate when |reward| exceeds this; None: never") Double rewardLimit,
      @Kwarg(
              defaultValue = "false",
              doc =
                  "observe the state x (n values, no noise) instead of y = C x + D21 w; not in"
                      + " controlgym")
          boolean observeState) {
    public Config {
      if (!(sampleTime > 0) || !Double.isFinite(sampleTime)) {
        throw new IllegalArgumentException(
            "kwarg 'sample_time' must be finite and > 0, got " + sampleTime);
      }
      if (!Double.isFinite(noiseCov) || !Double.isFinite(randomInitStateCov)) {
        throw new IllegalArgumentException(
            "kwargs 'noise_cov' and 'random_init_state_cov' must be finite, got "
                + noiseCov
                + " and "
                + randomInitStateCov);
      }
      if (initState != null) {
        for (double v : initState) {
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                "kwarg 'init_state' must hold finite values, got " + Arrays.toString(initState));
          }
        }
      }
    }
  }

  /** The system {@code name} with default settings, no rendering. */
  public LinearControlEnv(String name) {
    this(name, ConfigBinder.defaults(Config.class));
  }

  /**
   * The system {@code name} (one of {@link LinearSystem#NAMES}) with the given settings.
   *
   * @throws IllegalArgumentException for an unknown name or an {@code init_state} of the wrong size
   */
  public LinearControlEnv(String name, Config config) {
    super(METADATA, config.renderMode(), "controlgym/" + name + "-v0");
    this.id = "controlgym/" + name + "-v0";
    ConfigBinder.checked(config, id);
    LinearSystem cont = LinearSystem.of(name);
    this.sys = cont.discretise(config.sampleTime());
    // Only a rendering env records the plotted components each step.
    this.plotted =
        new double[config.renderMode() == null ? 0 : Math.min(cont.stateSize(), PLOT_CHANNELS)];
    this.propagator = StatePropagator.of(sys, plotted.length);
    this.d21 = MatVec.of(cont.d21);
    this.d11 = MatVec.of(cont.d11);
    this.d12 = MatVec.of(cont.d12);
    int n = cont.stateSize();
    int m = cont.actionSize();
    int p = cont.observationSize();
    if (config.initState() != null && config.initState().length != n) {
      throw new IllegalArgumentException(
          id
              + ": kwarg 'init_state' has "
              + config.initState().length
              + " values, expected "
              + n
              + " (the state size of "
              + name
              + ")");
    }
    this.initState = config.initState() == null ? new double[n] : config.initState().clone();
    this.nSteps = config.nSteps();
    this.noiseCov = config.noiseCov();
    this.noiseStd = Math.sqrt(config.noiseCov());
    this.initStateStd = Math.sqrt(config.randomInitStateCov());
    this.rewardLimit = limit(config.rewardLimit());
    double aLim = limit(config.actionLimit());
    double oLim = limit(config.observationLimit());
    this.actionSpace = Box.float64(-aLim, aLim, m);
    this.observeState = config.observeState();
    this.observationSpace = Box.float64(-oLim, oLim, observeState ? n : p);
    this.actionsChecked = Box.float64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, m);
    this.x = new DMatrixRMaj(n, 1);
    this.u = new DMatrixRMaj(m, 1);
    this.w = new DMatrixRMaj(cont.disturbanceSize(), 1);
    this.givenW = new DMatrixRMaj(cont.disturbanceSize(), 1);
    this.y = new DMatrixRMaj(p, 1);
    this.obs = observeState ? new double[n] : y.data;
    this.z = new DMatrixRMaj(cont.outputSize(), 1);
    this.c1x = new DMatrixRMaj(cont.outputSize(), 1);
    this.d12u = new DMatrixRMaj(cont.outputSize(), 1);
    this.info = new ArrayInfo(new StateEntry(), Map.entry("output", z.data));
    this.resetInfo = new ArrayInfo(new StateEntry());
    this.plot = new TimeSeriesPlot(Math.min(n, PLOT_CHANNELS), PLOT_STEPS);
  }

  private static double limit(Double value) {
    return value == null ? Double.POSITIVE_INFINITY : value;
  }

  @Override
  public Space<double[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<double[]> actionSpace() {
    return actionSpace;
  }

  /** controlgym neither clips nor rejects actions beyond {@code action_limit}. */
  @Override
  protected Space<double[]> actionSpaceToCheck() {
    return actionsChecked;
  }

  /** The discretised system with its weights. */
  public DiscreteLinearSystem system() {
    return sys;
  }

  /** The current state x (a copy). */
  public double[] state() {
    return currentState().clone();
  }

  /** Copies the current state x into {@code out} (n values), without allocating. */
  public void stateInto(double[] out) {
    System.arraycopy(currentState(), 0, out, 0, x.data.length);
  }

  private double[] currentState() {
    if (!stateCurrent) {
      propagator.stateInto(x.data);
      stateCurrent = true;
    }
    return x.data;
  }

  /** Variance of each disturbance component ({@code noise_cov}). */
  public double noiseCov() {
    return noiseCov;
  }

  /** The mean initial state ({@code init_state}, zeros by default; a copy). */
  public double[] initState() {
    return initState.clone();
  }

  /** Whether the observation is the state x ({@code observe_state}) rather than y. */
  public boolean observesState() {
    return observeState;
  }

  /** Steps taken in this episode. */
  public int stepCount() {
    return stepCount;
  }

  /**
   * Uses {@code disturbance} as the next step's {@code w} instead of drawing it (controlgym's
   * optional step argument); later steps draw again.
   *
   * @throws IllegalArgumentException if its length is not the disturbance size
   */
  public void setDisturbance(double[] disturbance) {
    if (disturbance.length != givenW.numRows) {
      throw new IllegalArgumentException(
          id
              + ": the disturbance has "
              + givenW.numRows
              + " components, got "
              + disturbance.length);
    }
    System.arraycopy(disturbance, 0, givenW.data, 0, disturbance.length);
    hasGivenW = true;
  }

  @Override
  protected Reset<double[]> doReset(Long seed, Map<String, Object> options) {
    Object state = options.get("state");
    if (state != null) {
      // As in controlgym, the given mean stays for later resets too.
      double[] mean = resetMean(state);
      System.arraycopy(mean, 0, initState, 0, mean.length);
    }
    double[] mean = initState;
    double[] xs = x.data;
    npRandom().standardNormal(xs);
    for (int i = 0; i < xs.length; i++) {
      xs[i] = initStateStd * xs[i] + mean[i];
    }
    propagator.reset(xs);
    stateCurrent = true;
    drawDisturbance();
    observe();
    stepCount = 0;
    hasGivenW = false;
    plot.clear();
    if (plotted.length > 0) {
      plot.add(0, xs);
    }
    return new Reset<>(obs, resetInfo);
  }

  private double[] resetMean(Object option) {
    double[] mean;
    if (option instanceof double[] a) {
      mean = a;
    } else if (option instanceof List<?> list && list.stream().allMatch(v -> v instanceof Number)) {
      mean = list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    } else {
      throw new IllegalArgumentException(
          id + ": reset option 'state' must be a list of " + x.numRows + " numbers, got " + option);
    }
    if (mean.length != x.numRows) {
      throw new IllegalArgumentException(
          id
              + ": reset option 'state' has "
              + mean.length
              + " values, expected "
              + x.numRows
              + " (the state size)");
    }
    return mean;
  }

  /** {@code w ~ N(0, noise_cov·I)}, as numpy's multivariate_normal draws it (see the class doc). */
  private void drawDisturbance() {
    double[] ws = w.data;
    npRandom().standardNormal(ws);
    for (int i = 0; i < ws.length; i++) {
      ws[i] = noiseStd * ws[i];
    }
  }

  /**
   * {@code y = C x + D21 w}, C x read off the propagator's outputs; or the state itself with {@code
   * observe_state}.
   */
  private void observe() {
    if (observeState) {
      System.arraycopy(currentState(), 0, obs, 0, obs.length);
      return;
    }
    System.arraycopy(propagator.outputs(), 0, y.data, 0, y.data.length);
    d21.add(w.data, y.data);
  }

  @Override
  protected Step<double[]> doStep(double[] action) {
    System.arraycopy(action, 0, u.data, 0, action.length);
    if (hasGivenW) {
      System.arraycopy(givenW.data, 0, w.data, 0, w.data.length);
      hasGivenW = false;
    } else {
      drawDisturbance();
    }
    observe();
    // With Q = C1ᵀC1 and S = C1ᵀD12, xᵀQx + 2xᵀSu = ‖C1x‖² + 2(C1x)·(D12u): O(n_z·n) instead of
    // O(n²). R is used as it is (ac1, ac6 and ac8 replace D12ᵀD12).
    System.arraycopy(propagator.outputs(), y.data.length, c1x.data, 0, c1x.data.length);
    d12.set(u.data, d12u.data);
    double cost = VectorVectorMult_DDRM.innerProdA(u, sys.r, u);
    double[] zs = z.data;
    for (int i = 0; i < zs.length; i++) {
      double cx = c1x.data[i];
      cost += cx * cx + 2 * cx * d12u.data[i];
      zs[i] = cx + d12u.data[i];
    }
    d11.add(w.data, zs);
    double reward = -cost;
    propagator.advance(w.data, u.data);
    stateCurrent = false;
    stepCount++;
    if (plotted.length > 0) {
      double[] out = propagator.outputs();
      System.arraycopy(out, out.length - plotted.length, plotted, 0, plotted.length);
      plot.add(stepCount, plotted);
    }
    boolean terminated = stepCount >= nSteps;
    boolean truncated = !(reward >= -rewardLimit && reward <= rewardLimit);
    return step.set(obs, reward, terminated, truncated, info);
  }

  /** {@code info["state"]}: the current state, brought up to date when read. */
  private final class StateEntry implements Map.Entry<String, Object> {
    @Override
    public String getKey() {
      return "state";
    }

    @Override
    public Object getValue() {
      return currentState();
    }

    @Override
    public Object setValue(Object value) {
      throw new UnsupportedOperationException("info is read-only");
    }

    // As Map.entry("state", array): the array compares by identity.
    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e
          && getKey().equals(e.getKey())
          && getValue() == e.getValue();
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ getValue().hashCode();
    }
  }

  /** The first state components over the last steps. */
  @Override
  public Scene2D scene() {
    String shown = x.numRows > PLOT_CHANNELS ? "x_1..x_" + PLOT_CHANNELS + " of " : "";
    return plot.scene(
        640, 400, id + ": state " + shown + "x (" + x.numRows + " components)", "state");
  }

  /**
   * An info map over arrays that the env refills each step; prints the arrays' values, so that
   * equal infos print alike.
   */
  private static final class ArrayInfo extends AbstractMap<String, Object> {
    private final Set<Entry<String, Object>> entries;
    private final List<Entry<String, ? extends Object>> ordered;

    @SafeVarargs
    ArrayInfo(Entry<String, ? extends Object>... arrays) {
      this.ordered = List.of(arrays);
      // Insertion order, so that two envs' infos iterate (and print) alike.
      this.entries = new LinkedHashSet<>();
      for (Entry<String, ? extends Object> e : arrays) {
        @SuppressWarnings("unchecked")
        Entry<String, Object> entry = (Entry<String, Object>) e;
        entries.add(entry);
      }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return entries;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("{");
      for (Entry<String, ? extends Object> e : ordered) {
        b.append(b.length() == 1 ? "" : ", ").append(e.getKey()).append('=');
        b.append(Arrays.toString((double[]) e.getValue()));
      }
      return b.append('}').toString();
    }
  }
}
