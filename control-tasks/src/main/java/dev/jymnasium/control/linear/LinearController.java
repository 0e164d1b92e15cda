package dev.jymnasium.control.linear;

/** A state-feedback controller for a {@link LinearControlEnv}: the action for a state. */
public interface LinearController {
  /**
   * Writes the action for {@code state} into {@code action} (m values) without allocating.
   *
   * @param state the true state x (n values), e.g. {@link LinearControlEnv#state()}
   * @param action destination
   */
  void act(double[] state, double[] action);

  /** The zero controller: {@code u = 0}, controlgym's open-loop baseline. */
  static LinearController zero() {
    return (state, action) -> java.util.Arrays.fill(action, 0.0);
  }
}
