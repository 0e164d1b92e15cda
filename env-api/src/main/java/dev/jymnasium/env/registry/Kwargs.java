package dev.jymnasium.env.registry;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keyword arguments an entry point gets, with what they are for. Envs bind them into their
 * config record ({@link #bind}); every key a creator reads or binds is recorded, so that {@link
 * #requireAllUsed()} can reject the keys nobody read, listing the accepted ones.
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

  /** Whether {@code key} was given (also marks it as accepted). */
  public boolean has(String key) {
    accepted.add(key);
    return values.containsKey(key);
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
    rejectUnknown(owner, values.keySet(), new TreeSet<>(accepted));
  }

  /**
   * Fails when {@code given} has a key outside {@code accepted}: the one wording of that error.
   *
   * @param owner what the kwargs are for, named in the message
   * @param accepted the accepted keys, listed in their iteration order
   */
  static void rejectUnknown(String owner, Set<String> given, Set<String> accepted) {
    Set<String> unknown = new TreeSet<>(given);
    unknown.removeAll(accepted);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown kwarg"
              + (unknown.size() > 1 ? "s " : " ")
              + unknown
              + " for "
              + owner
              + "; accepted kwargs: "
              + String.join(", ", accepted));
    }
  }
}
