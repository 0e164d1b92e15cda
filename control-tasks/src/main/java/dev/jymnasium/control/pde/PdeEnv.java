package dev.jymnasium.control.pde;

import dev.jymnasium.control.plot.FieldHistoryPlot;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What controlgym's PDE envs share (its {@code PDE} base class): a periodic field of {@code n}
 * state entries driven by top-hat actuators ({@link Actuators}), read by noisy point sensors, with
 * a quadratic tracking cost. Subclasses give the dynamics ({@link #advance}) and the random initial
 * state ({@link #drawInitialState}).
 *
 * <p>A step with action u from state x draws the process noise (n values, also when its variance is
 * 0, as numpy's {@code multivariate_normal} does), then the sensor noise, returns the observation
 * {@code y = C x + v} of the state <em>before</em> the step, moves to {@code x' = advance(x, u) +
 * noise} and rewards {@code −((x − x*)ᵀQ(x − x*) + uᵀRu)} with Q = q·I, R = r·I. The episode
 * terminates after {@code n_steps} steps (controlgym reports its time limit as termination) and is
 * truncated when the reward leaves {@code [−reward_limit, reward_limit]} (a NaN reward, from a
 * blown-up field, truncates too). {@code info["state"]} is the state after the step (the array is
 * reused by the next step).
 *
 * <p>Reset with a seed re-creates numpy's {@code default_rng(seed)}, draws the initial state's
 * random parameters, then the first observation's noise: the same draws in the same order as
 * controlgym, so a seed gives controlgym's initial state and noise. The reset option {@code state}
 * (n numbers) starts from that state instead, without drawing it.
 */
public abstract class PdeEnv extends SceneEnv<double[], double[]> {
  private static final EnvMetadata METADATA = new EnvMetadata(List.of("rgb_array"), 30);

  /** Steps shown by the heat map. */
  private static final int PLOT_STEPS = 200;

  /**
   * What every PDE env is built from.
   *
   * @param name controlgym's name of the env
   * @param config the env's kwargs record, checked against its declarations
   * @param renderMode {@code rgb_array} or null
   * @param nSteps steps per episode
   * @param domainLength L
   * @param sampleTime time between steps
   * @param nState state size n (even)
   * @param rewardLimit truncation bound of |reward|, null for none
   * @param settings the shared kwargs
   * @param support which part of the state the actuators act on
   */
  protected record Setup(
      String name,
      Record config,
      String renderMode,
      int nSteps,
      double domainLength,
      double sampleTime,
      int nState,
      Double rewardLimit,
      PdeSettings settings,
      Actuators.Support support) {}

  private final String id;
  private final int nState;
  private final int nSteps;
  private final double domainLength;
  private final double sampleTime;
  private final double[][] chi;
  private final int[] sensors;
  private final double qWeight;
  private final double rWeight;
  private final double[] target;
  private final double processNoiseStd;
  private final double sensorNoiseStd;
  private final double rewardLimit;
  private final Box<double[]> actionSpace;
  private final Box<double[]> observationSpace;
  private final Box<double[]> actionsChecked;

  private final double[] x;
  private final double[] next;
  private final double[] processNoise;
  private final double[] y;
  private final Map<String, Object> info;
  private final Step<double[]> step = new Step<>();
  private final FieldHistoryPlot plot;
  private int stepCount;

  /**
   * @throws IllegalArgumentException for an odd {@code n_state} or a target of the wrong size
   */
  protected PdeEnv(Setup setup) {
    super(METADATA, setup.renderMode(), "controlgym/" + setup.name() + "-v0");
    this.id = "controlgym/" + setup.name() + "-v0";
    ConfigBinder.checked(setup.config(), id);
    PdeSettings s = setup.settings();
    this.nState = setup.nState();
    if (nState % 2 != 0 || nState < 4) {
      throw new IllegalArgumentException(
          id + ": kwarg 'n_state' must be even and >= 4, got " + nState);
    }
    if (!(setup.sampleTime() > 0) || !Double.isFinite(setup.sampleTime())) {
      throw new IllegalArgumentException(
          id + ": kwarg 'sample_time' must be finite and > 0, got " + setup.sampleTime());
    }
    if (!(setup.domainLength() > 0) || !Double.isFinite(setup.domainLength())) {
      throw new IllegalArgumentException(
          id + ": kwarg 'domain_length' must be finite and > 0, got " + setup.domainLength());
    }
    if (s.targetState() != null && s.targetState().length != nState) {
      throw new IllegalArgumentException(
          id
              + ": kwarg 'target_state' has "
              + s.targetState().length
              + " values, expected n_state = "
              + nState);
    }
    this.nSteps = setup.nSteps();
    this.domainLength = setup.domainLength();
    this.sampleTime = setup.sampleTime();
    this.chi = Actuators.supports(nState, s.nAction(), s.controlSupWidth(), setup.support());
    this.sensors = Actuators.sensors(nState, s.nObservation());
    this.qWeight = s.qWeight();
    this.rWeight = s.rWeight();
    this.target = s.targetState() == null ? new double[nState] : s.targetState().clone();
    this.processNoiseStd = Math.sqrt(s.processNoiseCov());
    this.sensorNoiseStd = Math.sqrt(s.sensorNoiseCov());
    this.rewardLimit = limit(setup.rewardLimit());
    double aLim = limit(s.actionLimit());
    double oLim = limit(s.observationLimit());
    this.actionSpace = Box.float64(-aLim, aLim, s.nAction());
    this.observationSpace = Box.float64(-oLim, oLim, s.nObservation());
    this.actionsChecked =
        Box.float64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, s.nAction());
    this.x = new double[nState];
    this.next = new double[nState];
    this.processNoise = new double[nState];
    this.y = new double[s.nObservation()];
    this.info = new StateInfo(x);
    int shown = setup.support() == Actuators.Support.WHOLE_STATE ? nState : nState / 2;
    this.plot = new FieldHistoryPlot(shown, PLOT_STEPS);
  }

  private static double limit(Double value) {
    return value == null ? Double.POSITIVE_INFINITY : value;
  }

  /** Fills {@code out} (n values) with a random initial state drawn from {@code rng}. */
  protected abstract void drawInitialState(NpRandom rng, double[] out);

  /**
   * Writes into {@code out} the state one sample interval after {@code state} under the action
   * {@code action}, before process noise; must not allocate.
   */
  protected abstract void advance(double[] state, double[] action, double[] out);

  /** The env's id, {@code controlgym/NAME-v0}. */
  public final String id() {
    return id;
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

  /** State size n. */
  public final int stateSize() {
    return nState;
  }

  /** Domain length L: the grid is {@code [0, L)}, periodic. */
  public final double domainLength() {
    return domainLength;
  }

  /** Time between steps. */
  public final double sampleTime() {
    return sampleTime;
  }

  /**
   * Actuator supports χ: {@code supports()[i][j]} is actuator i's weight on state entry j (copy).
   */
  public final double[][] supports() {
    double[][] copy = new double[chi.length][];
    for (int i = 0; i < chi.length; i++) {
      copy[i] = chi[i].clone();
    }
    return copy;
  }

  /** The state index each sensor reads (a copy). */
  public final int[] sensorIndices() {
    return sensors.clone();
  }

  /** State cost weight q (Q = q·I). */
  public final double stateWeight() {
    return qWeight;
  }

  /** Action cost weight r (R = r·I). */
  public final double actionWeight() {
    return rWeight;
  }

  /** Variance of the process noise. */
  public final double processNoiseCov() {
    return processNoiseStd * processNoiseStd;
  }

  /** Variance of each sensor's noise. */
  public final double sensorNoiseCov() {
    return sensorNoiseStd * sensorNoiseStd;
  }

  /** The current state (a copy). */
  public final double[] state() {
    return x.clone();
  }

  /** Copies the current state into {@code out} ({@code n_state} values), without allocating. */
  public final void stateInto(double[] out) {
    System.arraycopy(x, 0, out, 0, x.length);
  }

  /** The target state x* (a copy). */
  public final double[] targetState() {
    return target.clone();
  }

  /**
   * Sets the target state x* of the cost (controlgym's {@code set_target_state}).
   *
   * @throws IllegalArgumentException if it does not hold n finite values
   */
  public final void setTargetState(double[] state) {
    if (state.length != nState || !Arrays.stream(state).allMatch(Double::isFinite)) {
      throw new IllegalArgumentException(
          id + ": the target state must hold " + nState + " finite values, got " + state.length);
    }
    System.arraycopy(state, 0, target, 0, nState);
  }

  /** Steps taken in this episode. */
  public final int stepCount() {
    return stepCount;
  }

  /** Grid coordinates as numpy's {@code linspace(0, L − L/points, points)} computes them. */
  protected final double[] coordinates(int points) {
    double stop = domainLength - domainLength / points;
    double spacing = stop / (points - 1);
    double[] at = new double[points];
    for (int j = 0; j < points; j++) {
      at[j] = j * spacing;
    }
    at[points - 1] = stop;
    return at;
  }

  /**
   * Writes the pulse {@code a·sech((x_j − L/2)/s)} into {@code out[0..coords.length)}, as
   * controlgym's Burgers, convection–diffusion–reaction, wave and Schrödinger envs start.
   */
  protected final void sechPulse(double a, double s, double[] coords, double[] out) {
    double half = 0.5 * domainLength;
    for (int j = 0; j < coords.length; j++) {
      out[j] = a * (1 / Math.cosh(1 / s * (coords[j] - half)));
    }
  }

  /** Actuator support column i (not a copy; for subclasses' precomputation). */
  protected final double[] support(int i) {
    return chi[i];
  }

  /** Number of actuators. */
  protected final int actionSize() {
    return chi.length;
  }

  @Override
  protected final Reset<double[]> doReset(Long seed, Map<String, Object> options) {
    Object given = options.get("state");
    if (given == null) {
      drawInitialState(npRandom(), x);
    } else {
      double[] state = resetState(given);
      System.arraycopy(state, 0, x, 0, nState);
    }
    observe();
    stepCount = 0;
    plot.clear();
    plot.add(x);
    return new Reset<>(y, info);
  }

  private double[] resetState(Object option) {
    double[] state;
    if (option instanceof double[] a) {
      state = a;
    } else if (option instanceof List<?> list && list.stream().allMatch(v -> v instanceof Number)) {
      state = list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    } else {
      throw new IllegalArgumentException(
          id + ": reset option 'state' must be a list of " + nState + " numbers, got " + option);
    }
    if (state.length != nState) {
      throw new IllegalArgumentException(
          id
              + ": reset option 'state' has "
              + state.length
              + " values, expected "
              + nState
              + " (n_state)");
    }
    return state;
  }

  /** {@code y = C x + v}, v drawn as numpy's {@code multivariate_normal(0, c·I)} draws it. */
  private void observe() {
    NpRandom rng = npRandom();
    for (int j = 0; j < y.length; j++) {
      y[j] = x[sensors[j]] + sensorNoiseStd * rng.standardNormal();
    }
  }

  @Override
  protected final Step<double[]> doStep(double[] action) {
    NpRandom rng = npRandom();
    for (int i = 0; i < nState; i++) {
      processNoise[i] = processNoiseStd * rng.standardNormal();
    }
    observe();
    advance(x, action, next);
    double stateCost = 0;
    for (int i = 0; i < nState; i++) {
      double d = x[i] - target[i];
      stateCost += qWeight * d * d;
    }
    double actionCost = 0;
    for (double a : action) {
      actionCost += rWeight * a * a;
    }
    double reward = -(stateCost + actionCost);
    for (int i = 0; i < nState; i++) {
      x[i] = next[i] + processNoise[i];
    }
    stepCount++;
    plot.add(x);
    boolean terminated = stepCount >= nSteps;
    boolean truncated = !(reward >= -rewardLimit && reward <= rewardLimit);
    return step.set(y, reward, terminated, truncated, info);
  }

  /** The field over space (x) and its history (steps, upwards) as a heat map. */
  @Override
  public Scene2D scene() {
    return plot.scene(640, 480, id + ": " + fieldName() + " over x (right) and steps (up)");
  }

  /** What the heat map shows, e.g. {@code u(x, t)}. */
  protected String fieldName() {
    return "u(x, t)";
  }

  /** {@code {state=x}} over the env's state array, printing its values. */
  private static final class StateInfo extends AbstractMap<String, Object> {
    private final double[] state;
    private final Set<Entry<String, Object>> entries;

    StateInfo(double[] state) {
      this.state = state;
      this.entries = Set.of(Map.entry("state", state));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return entries;
    }

    @Override
    public String toString() {
      return "{state=" + Arrays.toString(state) + "}";
    }
  }
}
