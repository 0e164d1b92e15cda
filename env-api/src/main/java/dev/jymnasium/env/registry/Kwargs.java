package dev.jymnasium.env.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Constructor keyword arguments of an env, read with typed getters. Every key a creator reads is
 * recorded, so that {@link #requireAllUsed()} can reject unknown keys with the list of accepted
 * ones.
 */
public final class Kwargs {
  private final String owner;
  private final Map<String, Object> values;
  private final Set<String> accepted = new LinkedHashSet<>();

  /**
   * @param owner what the kwargs are for (an env id or class name), used in error messages
   * @param values the keyword arguments (copied)
   */
  public Kwargs(String owner, Map<String, ?> values) {
    this.owner = owner;
    this.values = new LinkedHashMap<>(values == null ? Map.of() : values);
  }

  /** What the kwargs are for (an env id or class name). */
  public String owner() {
    return owner;
  }

  /** These kwargs bound into the config record {@code type} (see {@link ConfigBinder}). */
  public <C extends Record> C bind(Class<C> type) {
    return ConfigBinder.bind(type, this);
  }

  /** The raw value of {@code key}, or {@code defaultValue} when absent. */
  public Object get(String key, Object defaultValue) {
    accepted.add(key);
    return values.containsKey(key) ? values.get(key) : defaultValue;
  }

  /** Whether {@code key} was given (also marks it as accepted). */
  public boolean has(String key) {
    accepted.add(key);
    return values.containsKey(key);
  }

  /** A string value (null allowed only when the default is null). */
  public String getString(String key, String defaultValue) {
    Object v = get(key, defaultValue);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw typeError(key, "a string", v);
  }

  /** A boolean value. */
  public boolean getBoolean(String key, boolean defaultValue) {
    Object v = get(key, defaultValue);
    if (v instanceof Boolean b) {
      return b;
    }
    throw typeError(key, "a boolean", v);
  }

  /** A finite number. */
  public double getDouble(String key, double defaultValue) {
    Object v = get(key, defaultValue);
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw typeError(key, "a finite number", v);
  }

  /** An integer. */
  public int getInt(String key, int defaultValue) {
    Object v = get(key, defaultValue);
    if (v instanceof Number n
        && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    throw typeError(key, "an integer", v);
  }

  /** A list of strings, or {@code null} when absent and the default is null. */
  public List<String> getStringList(String key, List<String> defaultValue) {
    Object v = get(key, defaultValue);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object o : list) {
        if (!(o instanceof String s)) {
          throw typeError(key, "a list of strings", v);
        }
        out.add(s);
      }
      return out;
    }
    throw typeError(key, "a list of strings", v);
  }

  /** A list of numbers, or the default when absent. */
  public double[] getDoubleArray(String key, double[] defaultValue) {
    Object v = get(key, defaultValue);
    if (v == null || v instanceof double[]) {
      return (double[]) v;
    }
    if (v instanceof List<?> list) {
      double[] out = new double[list.size()];
      for (int i = 0; i < out.length; i++) {
        if (!(list.get(i) instanceof Number n)) {
          throw typeError(key, "a list of numbers", v);
        }
        out[i] = n.doubleValue();
      }
      return out;
    }
    throw typeError(key, "a list of numbers", v);
  }

  private IllegalArgumentException typeError(String key, String expected, Object got) {
    return new IllegalArgumentException(
        "kwarg '"
            + key
            + "' of "
            + owner
            + " must be "
            + expected
            + ", got "
            + (got instanceof String s ? "\"" + s + "\"" : String.valueOf(got)));
  }

  /** A specific error for a bad kwarg value, naming owner and key. */
  public IllegalArgumentException invalid(String key, String why) {
    return new IllegalArgumentException("kwarg '" + key + "' of " + owner + ": " + why);
  }

  /** The keys read so far. */
  public Set<String> accepted() {
    return Set.copyOf(accepted);
  }

  /** The given values (copy). */
  public Map<String, Object> values() {
    return new LinkedHashMap<>(values);
  }

  /**
   * Fails when a given key was never read by the creator.
   *
   * @throws IllegalArgumentException naming the unknown keys and listing the accepted ones
   */
  public void requireAllUsed() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(accepted);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown kwarg"
              + (unknown.size() > 1 ? "s " : " ")
              + unknown
              + " for "
              + owner
              + "; accepted kwargs: "
              + new TreeSet<>(accepted));
    }
  }
}
