package dev.jymnasium.cli;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.control.linear.LinearControlEnv;
import dev.jymnasium.control.linear.LinearController;
import dev.jymnasium.control.linear.LqrController;
import dev.jymnasium.control.pde.LinearPdeEnv;
import dev.jymnasium.control.pde.PdeEnv;
import dev.jymnasium.control.pde.PdeLqrController;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Space;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The classical controllers of {@code jym eval --controller}, as policies: controlgym's state
 * feedback baselines on its envs, reading the true state from the env (as controlgym's controllers
 * read {@code info["state"]}) rather than the observation.
 *
 * <ul>
 *   <li>{@code lqr}: {@code u = K x} from the discrete Riccati equation on the linear envs; {@code
 *       u = K x + K_ff x*} on the linear PDEs (convection-diffusion-reaction, wave, Schrödinger)
 *   <li>{@code zero}: {@code u = 0}, the open-loop baseline, on every controlgym env
 * </ul>
 */
final class ControllerPolicy implements Policy {
  /** The names {@code --controller} accepts. */
  static final List<String> NAMES = List.of("lqr", "zero");

  private final String name;
  private final String envId;
  private final Env<Object, Object> env;
  private final Supplier<double[]> state;
  private final LinearController controller;
  private final double[] action;

  private ControllerPolicy(
      String name,
      String envId,
      Env<Object, Object> env,
      Supplier<double[]> state,
      LinearController controller) {
    this.name = name;
    this.envId = envId;
    this.env = env;
    this.state = state;
    this.controller = controller;
    this.action = new double[env.actionSpace().shape()[0]];
  }

  /**
   * The controller {@code name} for {@code env}.
   *
   * @throws CliException naming the controller, the env and what fits when it does not apply
   */
  static ControllerPolicy of(String name, Env<Object, Object> env, String envId) {
    if (!NAMES.contains(name)) {
      throw CliException.usage(
          "--controller must be one of " + String.join(", ", NAMES) + ", got '" + name + "'");
    }
    Object inner = env.unwrapped();
    if (inner instanceof LinearControlEnv linear) {
      LinearController c =
          name.equals("lqr") ? LqrController.of(linear.system()) : LinearController.zero();
      return new ControllerPolicy(name, envId, env, linear::state, c);
    }
    if (inner instanceof PdeEnv pde) {
      if (name.equals("zero")) {
        return new ControllerPolicy(name, envId, env, pde::state, LinearController.zero());
      }
      if (inner instanceof LinearPdeEnv linearPde) {
        PdeLqrController lqr = PdeLqrController.of(linearPde);
        return new ControllerPolicy(name, envId, env, pde::state, lqr::act);
      }
      throw CliException.usage(
          "--controller lqr needs a linear system; "
              + envId
              + " is a nonlinear PDE (accepted there: zero)");
    }
    throw CliException.usage(
        "--controller works on the controlgym envs (controlgym/...), not on " + envId);
  }

  @Override
  public Object act(Object observation) {
    controller.act(state.get(), action);
    return action;
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
  public Space<?> observationSpace() {
    return env.observationSpace();
  }

  @Override
  public Space<?> actionSpace() {
    return env.actionSpace();
  }

  /** A controller is computed from the env's model, not trained: there is nothing to save. */
  @Override
  public void save(Path path) {
    throw new UnsupportedOperationException(
        "the " + name + " controller is computed from " + envId + "'s model, not saved");
  }
}
