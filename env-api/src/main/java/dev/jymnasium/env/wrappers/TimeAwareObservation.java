package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Spaces;
import dev.jymnasium.env.spaces.Tuple;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds the time elapsed in the episode to each observation. The time is the number of steps since
 * the last reset, an int32 0-d Box {@code [0, maxSteps]}, or with {@code normalizeTime} that count
 * divided by the maximum, a float32 0-d Box {@code [0, 1]}. The maximum is taken from the nearest
 * {@link TimeLimit} below this wrapper, else from the env spec's {@code maxEpisodeSteps}.
 *
 * <p>A Dict observation gets the time under {@code dictTimeKey} (appended after its keys); a Tuple
 * observation gets it as a last entry; any other observation becomes the Dict {@code {"obs": obs,
 * dictTimeKey: time}}. With {@code flatten} (the default) that combined value is flattened as
 * {@link FlattenObservation} does; note that a float32 observation with an int32 count flattens to
 * float64, as numpy promotes them. Outputs (arrays and maps) are owned by the wrapper and reused.
 *
 * @param <O> output type: the flat primitive array when flattening, else a {@code Map} or {@code
 *     Object[]}
 */
public final class TimeAwareObservation<O, A> extends ObservationWrapper<O, A, Object> {
  /** Default key of the time entry. */
  public static final String DEFAULT_TIME_KEY = "time";

  private enum Mode {
    DICT,
    TUPLE,
    WRAP
  }

  private final int maxSteps;
  private final boolean flatten;
  private final boolean normalizeTime;
  private final String timeKey;
  private final Mode mode;
  private final Space<Object> combined;
  private final Map<String, Object> mapOut;
  private final Object[] tupleOut;
  private final int[] countValue = new int[1];
  private final float[] normValue = new float[1];
  private final double[] scratch;
  private final Object flatOut;
  private final DType flatType;
  private int elapsed;

  /** Flattened, raw step count, key {@code "time"}. */
  public TimeAwareObservation(Env<?, A> env) {
    this(env, true, false, DEFAULT_TIME_KEY);
  }

  /** Key {@code "time"}. */
  public TimeAwareObservation(Env<?, A> env, boolean flatten, boolean normalizeTime) {
    this(env, flatten, normalizeTime, DEFAULT_TIME_KEY);
  }

  /**
   * @param flatten whether to flatten the combined observation to one primitive array
   * @param normalizeTime whether the time is {@code steps / maxSteps} (float32) instead of the step
   *     count (int32)
   * @param dictTimeKey key of the time entry in Dict observations
   * @throws IllegalArgumentException if no maximum episode length is known, the key clashes with an
   *     existing Dict key, or flattening is asked for a space that cannot be flattened
   */
  @SuppressWarnings("unchecked")
  public TimeAwareObservation(
      Env<?, A> env, boolean flatten, boolean normalizeTime, String dictTimeKey) {
    super((Env<Object, A>) env);
    if (dictTimeKey == null || dictTimeKey.isEmpty()) {
      throw new IllegalArgumentException("dictTimeKey must be a non-empty string");
    }
    this.maxSteps = findMaxSteps(env);
    this.flatten = flatten;
    this.normalizeTime = normalizeTime;
    this.timeKey = dictTimeKey;
    Space<?> timeSpace =
        normalizeTime
            ? Box.of(0, 1, new int[0], DType.FLOAT32)
            : Box.of(0, maxSteps, new int[0], DType.INT32);
    Space<?> obsSpace = env.observationSpace();
    if (obsSpace instanceof Dict d) {
      if (d.get(dictTimeKey) != null) {
        throw new IllegalArgumentException(
            "observation Dict already has the key '"
                + dictTimeKey
                + "'; choose another dictTimeKey");
      }
      Dict.Builder b = Dict.builder();
      d.spaces().forEach(b::put);
      b.put(dictTimeKey, timeSpace);
      this.mode = Mode.DICT;
      this.combined = (Space<Object>) (Space<?>) b.build();
      this.mapOut = new LinkedHashMap<>();
      this.tupleOut = null;
    } else if (obsSpace instanceof Tuple t) {
      Space<?>[] children = new Space<?>[t.size() + 1];
      for (int i = 0; i < t.size(); i++) {
        children[i] = t.get(i);
      }
      children[t.size()] = timeSpace;
      this.mode = Mode.TUPLE;
      this.combined = (Space<Object>) (Space<?>) new Tuple(children);
      this.mapOut = null;
      this.tupleOut = new Object[children.length];
    } else {
      this.mode = Mode.WRAP;
      this.combined =
          (Space<Object>) (Space<?>) Dict.ordered("obs", obsSpace, dictTimeKey, timeSpace);
      this.mapOut = new LinkedHashMap<>();
      this.tupleOut = null;
    }
    if (mapOut != null) {
      // Fix the key order to the space's order once; later puts only replace values.
      for (String key : ((Dict) (Space<?>) combined).keys()) {
        mapOut.put(key, null);
      }
    }
    if (flatten) {
      Box<?> flat = Spaces.flattenSpace(combined);
      this.flatType = flat.dtype();
      this.scratch = new double[flat.size()];
      this.flatOut = flatType == DType.FLOAT64 ? scratch : flatType.newArray(flat.size());
      setObservationSpace((Space<O>) flat);
    } else {
      this.flatType = null;
      this.scratch = null;
      this.flatOut = null;
      setObservationSpace((Space<O>) combined);
    }
  }

  private static int findMaxSteps(Env<?, ?> env) {
    var limit = Wrapper.find(env, TimeLimit.class);
    if (limit.isPresent()) {
      return limit.get().maxEpisodeSteps();
    }
    EnvSpec spec = env.spec();
    if (spec != null && spec.maxEpisodeSteps() != null && spec.maxEpisodeSteps() > 0) {
      return spec.maxEpisodeSteps();
    }
    throw new IllegalArgumentException(
        "TimeAwareObservation needs a maximum episode length: wrap "
            + "the env in a TimeLimit first or make it from a spec with maxEpisodeSteps");
  }

  /** The maximum episode length used for the time space and normalisation. */
  public int maxSteps() {
    return maxSteps;
  }

  /** Steps since the last reset. */
  public int elapsedSteps() {
    return elapsed;
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    elapsed = 0;
    return super.doReset(seed, options);
  }

  @Override
  protected Step<O> doStep(A action) {
    elapsed++;
    return super.doStep(action);
  }

  @SuppressWarnings("unchecked")
  @Override
  protected O observation(Object observation) {
    Object time;
    if (normalizeTime) {
      normValue[0] = (float) ((double) elapsed / maxSteps);
      time = normValue;
    } else {
      countValue[0] = elapsed;
      time = countValue;
    }
    Object value;
    switch (mode) {
      case DICT -> {
        mapOut.putAll((Map<String, Object>) observation);
        mapOut.put(timeKey, time);
        value = mapOut;
      }
      case TUPLE -> {
        Object[] in = (Object[]) observation;
        System.arraycopy(in, 0, tupleOut, 0, in.length);
        tupleOut[in.length] = time;
        value = tupleOut;
      }
      default -> {
        mapOut.put("obs", observation);
        mapOut.put(timeKey, time);
        value = mapOut;
      }
    }
    if (!flatten) {
      return (O) value;
    }
    combined.flattenInto(value, scratch, 0);
    if (flatOut != scratch) {
      for (int i = 0; i < scratch.length; i++) {
        flatType.set(flatOut, i, scratch[i]);
      }
    }
    return (O) flatOut;
  }
}
