package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Tuple;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps part of a composite observation. For a Dict space, the listed keys are kept and the new
 * Dict's keys are sorted (as Gymnasium builds it from a plain mapping); observations are {@code
 * Map}s in that order. For a Tuple space, the listed indices are kept in the given order;
 * observations are {@code Object[]}s. The output map or array is owned by the wrapper and reused;
 * the kept values are the inner env's own objects (not copies).
 *
 * @param <O> {@code Map<String, Object>} for Dict spaces, {@code Object[]} for Tuple spaces
 */
public final class FilterObservation<O, A> extends ObservationWrapper<O, A, Object> {
  private final String[] keys;
  private final int[] indices;
  private final Map<String, Object> mapOut;
  private final Object[] tupleOut;

  /**
   * Keeps Dict keys.
   *
   * @param filterKeys keys to keep: non-empty, no duplicates, each a key of the Dict space
   * @throws IllegalArgumentException if the space is not a Dict or a key is missing/duplicated
   */
  @SuppressWarnings("unchecked")
  public FilterObservation(Env<?, A> env, List<String> filterKeys) {
    super((Env<Object, A>) env);
    if (!(env.observationSpace() instanceof Dict dict)) {
      throw new IllegalArgumentException(
          "FilterObservation with keys needs a Dict observation space, got "
              + env.observationSpace());
    }
    if (filterKeys == null || filterKeys.isEmpty()) {
      throw new IllegalArgumentException("FilterObservation needs at least one key");
    }
    Set<String> unique = new LinkedHashSet<>(filterKeys);
    if (unique.size() != filterKeys.size()) {
      throw new IllegalArgumentException("duplicate keys in " + filterKeys);
    }
    Map<String, Space<?>> kept = new HashMap<>();
    for (String key : filterKeys) {
      Space<?> sub = dict.get(key);
      if (sub == null) {
        throw new IllegalArgumentException(
            "key '"
                + key
                + "' is not in the observation space "
                + dict
                + " (keys "
                + dict.keys()
                + ")");
      }
      kept.put(key, sub);
    }
    Dict filtered = new Dict(kept); // a plain map: keys sorted
    this.keys = filtered.keys().toArray(new String[0]);
    this.indices = null;
    this.tupleOut = null;
    this.mapOut = new LinkedHashMap<>();
    for (String key : keys) {
      mapOut.put(key, null);
    }
    setObservationSpace((Space<O>) (Space<?>) filtered);
  }

  /**
   * Keeps Tuple entries.
   *
   * @param filterIndices indices to keep, in output order: non-empty, no duplicates, each in {@code
   *     [0, size)}
   * @throws IllegalArgumentException if the space is not a Tuple or an index is bad
   */
  @SuppressWarnings("unchecked")
  public FilterObservation(Env<?, A> env, int... filterIndices) {
    super((Env<Object, A>) env);
    if (!(env.observationSpace() instanceof Tuple tuple)) {
      throw new IllegalArgumentException(
          "FilterObservation with indices needs a Tuple "
              + "observation space, got "
              + env.observationSpace());
    }
    if (filterIndices == null || filterIndices.length == 0) {
      throw new IllegalArgumentException("FilterObservation needs at least one index");
    }
    if (Arrays.stream(filterIndices).distinct().count() != filterIndices.length) {
      throw new IllegalArgumentException("duplicate indices in " + Arrays.toString(filterIndices));
    }
    Space<?>[] kept = new Space<?>[filterIndices.length];
    for (int i = 0; i < filterIndices.length; i++) {
      int idx = filterIndices[i];
      if (idx < 0 || idx >= tuple.size()) {
        throw new IllegalArgumentException("index " + idx + " is out of range for " + tuple);
      }
      kept[i] = tuple.get(idx);
    }
    this.keys = null;
    this.mapOut = null;
    this.indices = filterIndices.clone();
    this.tupleOut = new Object[indices.length];
    setObservationSpace((Space<O>) (Space<?>) new Tuple(kept));
  }

  @SuppressWarnings("unchecked")
  @Override
  protected O observation(Object observation) {
    if (keys != null) {
      Map<String, Object> in = (Map<String, Object>) observation;
      for (String key : keys) {
        mapOut.put(key, in.get(key));
      }
      return (O) mapOut;
    }
    Object[] in = (Object[]) observation;
    for (int i = 0; i < indices.length; i++) {
      tupleOut[i] = in[indices[i]];
    }
    return (O) tupleOut;
  }
}
