package dev.jymnasium.baselines;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.env.registry.ConfigBinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds snake_case hyperparameter maps (as in RL Zoo's yml files: {@code learning_rate}, {@code
 * n_steps}) to an algorithm's hyperparameter record, and back. Unknown keys and values of the wrong
 * type are rejected with the key named; the record's constructor checks ranges.
 */
public final class HyperparamBinder {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private HyperparamBinder() {}

  /**
   * {@code defaults} with the entries of {@code overrides} replaced.
   *
   * @param algo algorithm name for messages
   * @throws IllegalArgumentException naming the key that is unknown, mistyped or out of range
   */
  public static <R extends Record> R bind(
      String algo, Class<R> type, R defaults, Map<String, ?> overrides) {
    RecordComponent[] comps = type.getRecordComponents();
    Map<String, RecordComponent> byKey = new LinkedHashMap<>();
    for (RecordComponent c : comps) {
      byKey.put(ConfigBinder.snakeCase(c.getName()), c);
    }
    for (String key : overrides.keySet()) {
      if (!byKey.containsKey(key)) {
        throw new IllegalArgumentException(
            "unknown hyperparameter '"
                + key
                + "' for "
                + algo
                + "; accepted: "
                + String.join(", ", byKey.keySet()));
      }
    }
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      String key = ConfigBinder.snakeCase(c.getName());
      types[i] = c.getType();
      if (overrides.containsKey(key)) {
        JavaType jt = MAPPER.getTypeFactory().constructType(c.getGenericType());
        try {
          args[i] = MAPPER.convertValue(overrides.get(key), jt);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "hyperparameter '"
                  + key
                  + "' of "
                  + algo
                  + " expects "
                  + c.getGenericType().getTypeName().replace("java.lang.", "")
                  + ", got "
                  + overrides.get(key),
              e);
        }
      } else {
        args[i] = read(c, defaults);
      }
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException(algo + ": " + iae.getMessage(), iae);
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The record as an ordered snake_case map (lists and scalars only). */
  public static Map<String, Object> toMap(Record r) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v = read(c, r);
      if (v instanceof int[] a) {
        List<Integer> l = new ArrayList<>();
        for (int x : a) {
          l.add(x);
        }
        v = l;
      } else if (v instanceof Enum<?> e) {
        v = e.toString();
      }
      out.put(ConfigBinder.snakeCase(c.getName()), v);
    }
    return out;
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
