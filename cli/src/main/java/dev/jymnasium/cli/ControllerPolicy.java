package dev.jymnasium.cli;

import dev.jymnasium.control.linear.H2HinfController;
import dev.jymnasium.control.linear.LinearControlEnv;
import dev.jymnasium.control.linear.LinearController;
import dev.jymnasium.control.linear.LqgController;
import dev.jymnasium.control.linear.LqrController;
import dev.jymnasium.control.pde.LinearPdeEnv;
import dev.jymnasium.control.pde.PdeEnv;
import dev.jymnasium.control.pde.PdeLqgController;
import dev.jymnasium.control.pde.PdeLqrController;
import dev.jymnasium.env.Env;
import java.nio.file.Path;
import java.util.List;

/**
 * The classical controllers of {@code jym eval --controller}, as policies: controlgym's state
 * feedback baselines on its envs, reading the true state from the env (as controlgym's controllers
 * read {@code info["state"]}) rather than the observation.
 *
 * <ul>
 *   <li>{@code lqr}: {@code u = K x} from the discrete Riccati equation on the linear envs; {@code
 *       u = K x + K_ff x*} on the linear PDEs (convection-diffusion-reaction, wave, Schrödinger)
 *   <li>{@code lqg}: LQR on the estimate of a steady-state Kalman predictor fed with the
 *       observations, started at {@code init_state} each episode on the linear envs, and at the
 *       true initial state on the linear PDEs (as controlgym's {@code LQG.run})
 *   <li>{@code h2}, {@code hinf}: H2 and mixed H2/H∞ state feedback at robustness level γ (linear
 *       envs), run as controlgym's {@code H2Hinf.run} runs them: the adversary's disturbance {@code
 *       w = K_w x} replaces the noise at every step (zero for h2, which is the limit γ → ∞)
 *   <li>{@code zero}: {@code u = 0}, the open-loop baseline, on every controlgym env
 * </ul>
 */
final class ControllerPolicy extends ComputedPolicy {
  /** The names {@code --controller} accepts. */
  static final List<String> NAMES = List.of("lqr", "lqg", "h2", "hinf", "zero");

  /** The robustness level of {@code hinf} when none is given. */
  static final double DEFAULT_GAMMA = 10;

  /** A control law: the action for the observation a step (or the reset) returned. */
  private interface Law {
    void act(Object observation, double[] action);
  }

  private final Law law;
  private final double[] action;

  private ControllerPolicy(String name, String envId, Env<Object, Object> env, Law law) {
    super(name, envId, env);
    this.law = law;
    this.action = new double[env.actionSpace().shape()[0]];
  }

  /**
   * The controller {@code name} for {@code env}.
   *
   * @throws CliException naming the controller, the env and what fits when it does not apply
   */
  static ControllerPolicy of(String name, Env<Object, Object> env, String envId) {
    return of(name, env, envId, DEFAULT_GAMMA);
  }

  /**
   * The controller {@code name} for {@code env}, with robustness level {@code gamma} for {@code
   * hinf}.
   *
   * @throws CliException naming the controller, the env and what fits when it does not apply
   */
  static ControllerPolicy of(String name, Env<Object, Object> env, String envId, double gamma) {
    if (!NAMES.contains(name)) {
      throw CliException.usage(
          "--controller must be one of "
              + String.join(", ", NAMES)
              + " (controlgym) or "
              + String.join(", ", InventoryPolicy.NAMES)
              + " (inventory), got '"
              + name
              + "'");
    }
    Object inner = env.unwrapped();
    if (inner instanceof LinearControlEnv linear) {
      if (name.equals("lqg") && linear.observesState()) {
        throw CliException.usage(
            "--controller lqg estimates the state from y = C x + D21 w, but "
                + envId
                + " observes the state itself (observe_state): use lqr");
      }
      return new ControllerPolicy(name, envId, env, linearLaw(name, linear, gamma));
    }
    if (inner instanceof PdeEnv pde) {
      if (name.equals("zero")) {
        return new ControllerPolicy(name, envId, env, zero());
      }
      if (name.equals("lqr") && inner instanceof LinearPdeEnv linearPde) {
        PdeLqrController lqr = PdeLqrController.of(linearPde);
        double[] state = new double[pde.state().length];
        Law law =
            (observation, action) -> {
              pde.stateInto(state);
              lqr.act(state, action);
            };
        return new ControllerPolicy(name, envId, env, law);
      }
      if (name.equals("lqg") && inner instanceof LinearPdeEnv linearPde) {
        PdeLqgController lqg = PdeLqgController.of(linearPde);
        double[] state = new double[pde.state().length];
        // As controlgym's LQG.run: the estimate starts at the true initial state.
        Law law =
            (observation, action) -> {
              if (pde.stepCount() == 0) {
                pde.stateInto(state);
                lqg.reset(state);
              } else {
                lqg.update((double[]) observation);
              }
              lqg.act(action);
            };
        return new ControllerPolicy(name, envId, env, law);
      }
      throw CliException.usage(
          "--controller "
              + name
              + " is not available for "
              + envId
              + " (accepted there: "
              + (inner instanceof LinearPdeEnv ? "lqr, lqg, zero" : "zero")
              + ")");
    }
    throw CliException.usage(
        "--controller works on the controlgym envs (controlgym/...), not on " + envId);
  }

  private static Law linearLaw(String name, LinearControlEnv env, double gamma) {
    double[] state = new double[env.state().length];
    return switch (name) {
      case "lqr" -> {
        LqrController lqr = LqrController.of(env.system());
        yield (observation, action) -> {
          env.stateInto(state);
          lqr.act(state, action);
        };
      }
      case "lqg" -> {
        LqgController lqg = LqgController.of(env.system(), env.noiseCov());
        double[] mean = env.initState();
        yield (observation, action) -> {
          if (env.stepCount() == 0) {
            lqg.reset(mean);
          } else {
            lqg.update((double[]) observation);
          }
          lqg.act(action);
        };
      }
      case "h2", "hinf" -> {
        H2HinfController h =
            name.equals("h2")
                ? H2HinfController.h2(env.system())
                : H2HinfController.of(env.system(), gamma);
        double[] disturbance = new double[env.system().continuous().disturbanceSize()];
        yield (observation, action) -> {
          env.stateInto(state);
          h.act(state, action);
          h.disturbance(state, disturbance);
          env.setDisturbance(disturbance);
        };
      }
      default -> zero();
    };
  }

  /** {@code u = 0}; the observation and the state do not matter. */
  private static Law zero() {
    LinearController zero = LinearController.zero();
    return (observation, action) -> zero.act(null, action);
  }

  @Override
  public Object act(Object observation) {
    law.act(observation, action);
    return action;
  }

  /** A controller is computed from the env's model, not trained: there is nothing to save. */
  @Override
  public void save(Path path) {
    throw new UnsupportedOperationException(
        "the " + algorithm() + " controller is computed from " + envId() + "'s model, not saved");
  }
}
