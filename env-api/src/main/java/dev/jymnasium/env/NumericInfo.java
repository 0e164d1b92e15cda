package dev.jymnasium.env;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An info map of named doubles that an env rewrites in place every step, so that stepping allocates
 * nothing: a {@code LinkedHashMap} allocates an entry and a boxed {@code Double} on every {@code
 * put} after a {@code clear}.
 *
 * <p>Keys iterate in the order they were first {@link #set}, as a Python dict keeps them; a key not
 * set since the last {@link #clear()} is absent. Reading through the {@link java.util.Map} view
 * boxes ({@link #get} returns a new {@code Double}); {@link #getDouble} does not. The map is
 * written only by its env: {@code put} and {@code remove} are refused, so copy it ({@code new
 * LinkedHashMap<>(info)}) to add entries. Like the {@link Step} that carries it, it is reused on
 * the next step and is for one thread at a time.
 */
public final class NumericInfo extends AbstractMap<String, Object> {
  private String[] keys = new String[8];
  private double[] values = new double[8];
  private boolean[] present = new boolean[8];
  private int known;
  private int size;

  /**
   * Sets {@code key} to {@code value} (adding the key the first time it is seen) and returns this.
   */
  public NumericInfo set(String key, double value) {
    int i = indexOf(key);
    if (i < 0) {
      i = add(key);
    }
    values[i] = value;
    if (!present[i]) {
      present[i] = true;
      size++;
    }
    return this;
  }

  /** The value of a key set since the last {@link #clear()}, unboxed. */
  public double getDouble(String key) {
    int i = indexOf(key);
    if (i < 0 || !present[i]) {
      throw new NoSuchElementException("no info key '" + key + "'; keys are " + keySet());
    }
    return values[i];
  }

  /** Marks every key absent; the keys stay known, so setting them again allocates nothing. */
  @Override
  public void clear() {
    Arrays.fill(present, 0, known, false);
    size = 0;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i >= 0 && present[i] ? values[i] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    int i = indexOf(key);
    return i >= 0 && present[i];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object put(String key, Object value) {
    throw new UnsupportedOperationException(
        "info is written by its env (key '" + key + "'); copy it to add entries");
  }

  @Override
  public Object remove(Object key) {
    throw new UnsupportedOperationException(
        "info is written by its env (key '" + key + "'); copy it to remove entries");
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next = nextPresent(0);

          @Override
          public boolean hasNext() {
            return next < known;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= known) {
              throw new NoSuchElementException();
            }
            Entry<String, Object> e = new SimpleImmutableEntry<>(keys[next], values[next]);
            next = nextPresent(next + 1);
            return e;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private int nextPresent(int from) {
    int i = from;
    while (i < known && !present[i]) {
      i++;
    }
    return i;
  }

  private int indexOf(Object key) {
    for (int i = 0; i < known; i++) {
      // Envs pass the same string constants every step: identity settles it without equals.
      if (keys[i] == key || keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private int add(String key) {
    if (key == null) {
      throw new IllegalArgumentException("info key must not be null");
    }
    if (known == keys.length) {
      keys = Arrays.copyOf(keys, 2 * known);
      values = Arrays.copyOf(values, 2 * known);
      present = Arrays.copyOf(present, 2 * known);
    }
    keys[known] = key;
    return known++;
  }
}
