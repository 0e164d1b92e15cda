package dev.jymnasium.control.inventory;

import java.util.Locale;

/**
 * What a location does when the orders it must ship exceed its stock on hand (the {@code
 * feasibility} kwarg of the network envs). The simulator of Alvo, Russo and Kanoria (2023) (public
 * code: MatiasAlvo/Neural_inventory_control) enforces nothing and leaves feasibility to the policy.
 */
public enum Feasibility {
  /** Scale every order on the supplier by {@code min(1, on hand / Σ orders)}. */
  PROPORTIONAL,
  /** Ship as ordered; the supplier's on hand may go negative (the original's behaviour). */
  NONE;

  /** The value of a kwarg: {@code "proportional"} or {@code "none"}. */
  public static Feasibility ofKwarg(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /**
   * The factor that makes {@code ordered} shippable from {@code onHand}: 1 when no rationing
   * applies.
   */
  public double scale(double ordered, double onHand) {
    double available = Math.max(onHand, 0);
    return this == PROPORTIONAL && ordered > available ? available / ordered : 1.0;
  }
}
