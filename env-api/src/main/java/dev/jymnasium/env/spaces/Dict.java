package dev.jymnasium.env.spaces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of named sub-spaces, as Gymnasium's {@code Dict(spaces)}. Elements are {@code
 * Map<String, Object>}s with exactly the same keys, returned as {@link LinkedHashMap}s in the
 * space's key order.
 *
 * <p>Key order (used for sampling, seeding and flattening) follows Gymnasium: a {@link
 * LinkedHashMap} argument (Python's OrderedDict) keeps its order, any other map is sorted by key
 * (Python's plain dict); {@link #ordered} and {@link #builder()} keep the given order. Equality
 * ignores key order, like Python's dict comparison.
 */
public final class Dict extends Space<Map<String, Object>> {
  private final String[] keys;
  private final Space<?>[] spaces;
  private final Map<String, Space<?>> map;

  /**
   * @param spaces key to sub-space (no null keys or spaces); a {@link LinkedHashMap} keeps its
   *     order, any other map is sorted by key
   */
  public Dict(Map<String, ? extends Space<?>> spaces) {
    if (spaces == null) {
      throw new IllegalArgumentException("Dict spaces must not be null");
    }
    List<String> order = new ArrayList<>(spaces.size());
    for (Map.Entry<String, ? extends Space<?>> e : spaces.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("Dict keys and sub-spaces must not be null");
      }
      order.add(e.getKey());
    }
    if (!(spaces instanceof LinkedHashMap)) {
      Collections.sort(order);
    }
    this.keys = order.toArray(new String[0]);
    this.spaces = new Space<?>[keys.length];
    Map<String, Space<?>> m = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      this.spaces[i] = spaces.get(keys[i]);
      m.put(keys[i], this.spaces[i]);
    }
    this.map = Collections.unmodifiableMap(m);
  }

  /**
   * A Dict with keys in the given order.
   *
   * @param keysAndSpaces alternating {@code String} keys and {@link Space}s, e.g. {@code
   *     ordered("b", new Discrete(5), "a", Box.float32(0, 1, 2))}
   * @throws IllegalArgumentException on an odd count, a wrong type or a duplicate key
   */
  public static Dict ordered(Object... keysAndSpaces) {
    if (keysAndSpaces.length % 2 != 0) {
      throw new IllegalArgumentException(
          "Dict.ordered needs key/space pairs, got " + keysAndSpaces.length + " arguments");
    }
    Builder b = builder();
    for (int i = 0; i < keysAndSpaces.length; i += 2) {
      if (!(keysAndSpaces[i] instanceof String key)
          || !(keysAndSpaces[i + 1] instanceof Space<?> space)) {
        throw new IllegalArgumentException(
            "Dict.ordered argument " + i + " must be a String key followed by a Space");
      }
      b.put(key, space);
    }
    return b.build();
  }

  /** A builder that keeps insertion order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects key/sub-space pairs in insertion order; see {@link Dict#builder()}. */
  public static final class Builder {
    private final LinkedHashMap<String, Space<?>> entries = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Appends a sub-space.
     *
     * @throws IllegalArgumentException on a null or duplicate key or a null space
     */
    public Builder put(String key, Space<?> space) {
      if (key == null || space == null) {
        throw new IllegalArgumentException("Dict keys and sub-spaces must not be null");
      }
      if (entries.putIfAbsent(key, space) != null) {
        throw new IllegalArgumentException("duplicate Dict key '" + key + "'");
      }
      return this;
    }

    /** The Dict, keys in insertion order. */
    public Dict build() {
      return new Dict(entries);
    }
  }

  /** The keys in the space's order (unmodifiable). */
  public List<String> keys() {
    return List.of(keys);
  }

  /** Key to sub-space, iterating in the space's order (unmodifiable). */
  public Map<String, Space<?>> spaces() {
    return map;
  }

  /** The sub-space of {@code key}, or {@code null} if there is none. */
  public Space<?> get(String key) {
    return map.get(key);
  }

  /** Number of keys. */
  public int size() {
    return keys.length;
  }

  /**
   * Seeds this space's generator with {@code seed}, draws one sub-seed per key in key order ({@code
   * integers(0, 2^31 - 1)}) and seeds each sub-space with its sub-seed.
   *
   * @return {@code [seed, subseed of key 0, subseed of key 1, ...]}
   */
  @Override
  public List<Long> seed(long seed) {
    return Composites.seed(this, seed, spaces);
  }

  /** One sample of each sub-space, in key order. */
  @Override
  public Map<String, Object> sample() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], spaces[i].sample());
    }
    return out;
  }

  @Override
  public String mismatch(Object x) {
    if (!(x instanceof Map<?, ?> m)) {
      return "expected a Map, got " + (x == null ? "null" : x.getClass().getSimpleName());
    }
    for (int i = 0; i < keys.length; i++) {
      Object v = m.get(keys[i]);
      if (v == null && !m.containsKey(keys[i])) {
        return "missing key '" + keys[i] + "' (keys " + m.keySet() + ", expected " + keys() + ")";
      }
      String why = spaces[i].mismatch(v);
      if (why != null) {
        return "value of '" + keys[i] + "' is not in " + spaces[i] + ": " + why;
      }
    }
    if (m.size() != keys.length) {
      return "unexpected keys " + m.keySet() + ", expected " + keys();
    }
    return null;
  }

  /** Whether every sub-space is flattenable. */
  @Override
  public boolean isFlattenable() {
    for (Space<?> s : spaces) {
      if (!s.isFlattenable()) {
        return false;
      }
    }
    return true;
  }

  /** Sum of the sub-spaces' flat dimensions. */
  @Override
  public int flatdim() {
    int n = 0;
    for (Space<?> s : spaces) {
      Composites.requireFlattenable(s);
      n = Math.addExact(n, s.flatdim());
    }
    return n;
  }

  @Override
  public void flattenInto(Map<String, Object> x, double[] out, int offset) {
    int o = offset;
    for (int i = 0; i < keys.length; i++) {
      Composites.flattenInto(spaces[i], x.get(keys[i]), out, o);
      o += spaces[i].flatdim();
    }
  }

  @Override
  public Map<String, Object> unflattenFrom(double[] flat, int offset) {
    Map<String, Object> out = new LinkedHashMap<>();
    int o = offset;
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], spaces[i].unflattenFrom(flat, o));
      o += spaces[i].flatdim();
    }
    return out;
  }

  /** A Dict (same key order) of the batched sub-spaces, with a copy of this space's generator. */
  @Override
  public Dict batch(int n) {
    LinkedHashMap<String, Space<?>> batched = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      batched.put(keys[i], spaces[i].batch(n));
    }
    Dict b = new Dict(batched);
    b.setNpRandom(npRandom().copy());
    return b;
  }

  /** A {@code LinkedHashMap<String, Object>} holding each sub-space's batch. */
  @Override
  public Object createBatch(int n) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], spaces[i].createBatch(n));
    }
    return out;
  }

  @Override
  public void writeBatch(Map<String, Object> value, Object batch, int index) {
    Map<?, ?> b = (Map<?, ?>) batch;
    for (int i = 0; i < keys.length; i++) {
      Composites.writeBatch(spaces[i], value.get(keys[i]), b.get(keys[i]), index);
    }
  }

  @Override
  public Map<String, Object> readBatch(Object batch, int index, Map<String, Object> reuse) {
    Map<?, ?> b = (Map<?, ?>) batch;
    Map<String, Object> out = reuse != null ? reuse : new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      Object old = reuse != null ? reuse.get(keys[i]) : null;
      out.put(keys[i], Composites.readBatch(spaces[i], b.get(keys[i]), index, old));
    }
    return out;
  }

  /** A {@code LinkedHashMap} of each sub-space's JSON value, in key order. */
  @Override
  public Object toJsonable(Map<String, Object> x) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], Composites.toJsonable(spaces[i], x.get(keys[i])));
    }
    return out;
  }

  @Override
  public Map<String, Object> fromJsonable(Object json) {
    if (!(json instanceof Map<?, ?> m)
        || m.size() != keys.length
        || !m.keySet().containsAll(map.keySet())) {
      throw new IllegalArgumentException(
          "expected an object with keys " + keys() + " for " + this + ", got " + format(json));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], spaces[i].fromJsonable(m.get(keys[i])));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dict d && d.map.equals(map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  /** E.g. {@code Dict('a': Box(0.0, 1.0, (2,), float32), 'b': Discrete(5))}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Dict(");
    for (int i = 0; i < keys.length; i++) {
      b.append(i == 0 ? "" : ", ").append('\'').append(keys[i]).append("': ").append(spaces[i]);
    }
    return b.append(')').toString();
  }
}
