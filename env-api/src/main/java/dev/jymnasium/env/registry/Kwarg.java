package dev.jymnasium.env.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one keyword argument of an env on a component of the env's config record: its default,
 * its accepted values and a one-line description. {@link ConfigBinder} reads it to turn a kwargs
 * map into the record, and {@code jym info} prints it. The kwarg's name is the component's name in
 * snake_case ({@code ctrlCostWeight} is {@code ctrl_cost_weight}).
 *
 * <pre>{@code
 * public record Config(
 *     @Kwarg(defaultValue = "10.0", doc = "gravitational acceleration (m/s^2)") double g,
 *     @Kwarg(doc = "human, rgb_array or none", oneOf = {"human", "rgb_array"}) String renderMode) {}
 * }</pre>
 *
 * <p>A component whose type is itself a record is not a kwarg: its components are kwargs of the
 * enclosing config (a group of kwargs shared by a family of envs).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Kwarg {
  /** The {@link #defaultValue()} meaning no value ({@code None} in Python, {@code null} here). */
  String NONE = "";

  /**
   * The default as text: a number ({@code 1e-3}, {@code inf}), {@code true}/{@code false}, a string
   * as is, or a list with items separated by commas ({@code "0.7, inf"}). Empty for no value.
   */
  String defaultValue() default NONE;

  /** What the kwarg does, with its units: one line. */
  String doc();

  /** Smallest accepted number (inclusive), for numbers and each item of number lists. */
  double min() default Double.NEGATIVE_INFINITY;

  /** Largest accepted number (inclusive), for numbers and each item of number lists. */
  double max() default Double.POSITIVE_INFINITY;

  /**
   * Whether {@code None} is accepted besides a non-empty default (FrozenLake's {@code map_name}:
   * {@code "4x4"} by default, {@code None} for a random map). Kwargs without a default and boxed
   * components always accept it.
   */
  boolean acceptsNone() default false;

  /** The accepted strings, for string kwargs; empty accepts any string. */
  String[] oneOf() default {};
}
