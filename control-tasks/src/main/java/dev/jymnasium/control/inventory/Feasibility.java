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
  NONE,
  /**
   * Ship all on hand, split in proportion to the orders ({@code on hand / Σ orders}, up or down): a
   * transshipment centre that holds no stock. When nothing is ordered, nothing is shipped.
   */
  PASS_THROUGH;

  /** The value of a kwarg: {@code "proportional"}, {@code "none"} or {@code "pass_through"}. */
  public static Feasibility ofKwarg(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /**
   * The factor that makes {@code ordered} shippable from {@code onHand}: 1 when no rationing
   * applies.
   */
  public double scale(double ordered, double onHand) {
    double available = Math.max(onHand, 0);
    return switch (this) {
      case PROPORTIONAL -> ordered > available ? available / ordered : 1.0;
      case PASS_THROUGH -> ordered > 0 ? available / ordered : 1.0;
      case NONE -> 1.0;
    };
  }
}
