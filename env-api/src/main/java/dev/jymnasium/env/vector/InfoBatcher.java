package dev.jymnasium.env.vector;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Batches per-sub-env info maps as Gymnasium's {@code _add_info} does: every key becomes an array
 * of length {@code n} (numbers as {@code double[]}/{@code long[]}, booleans as {@code boolean[]},
 * nested maps batched recursively, anything else {@code Object[]}) with a {@code "_key"} boolean
 * mask of the sub-envs that reported it.
 */
final class InfoBatcher {
  private InfoBatcher() {}

  /** Batched infos of {@code infos[0..n)}; entries may be null or empty. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> batch(Map<String, Object>[] infos, int n) {
    Map<String, Object> out = null;
    for (int i = 0; i < n; i++) {
      Map<String, Object> info = infos[i];
      if (info == null || info.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new LinkedHashMap<>();
      }
      add(out, info, i, n);
    }
    return out == null ? Map.of() : out;
  }

  /** Adds sub-env {@code i}'s info to a batched map. */
  @SuppressWarnings("unchecked")
  static void add(Map<String, Object> out, Map<String, Object> info, int i, int n) {
    for (Map.Entry<String, Object> e : info.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      Object array = out.get(key);
      if (value instanceof Map<?, ?> nested) {
        Map<String, Object> sub =
            array instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        add(sub, (Map<String, Object>) nested, i, n);
        out.put(key, sub);
      } else {
        if (array == null) {
          array = newArray(value, n);
          out.put(key, array);
        }
        set(array, i, value);
      }
      boolean[] mask = (boolean[]) out.computeIfAbsent("_" + key, k -> new boolean[n]);
      mask[i] = true;
    }
  }

  private static Object newArray(Object value, int n) {
    if (value instanceof Boolean) {
      return new boolean[n];
    } else if (value instanceof Integer || value instanceof Long) {
      return new long[n];
    } else if (value instanceof Number) {
      return new double[n];
    }
    return new Object[n];
  }

  private static void set(Object array, int i, Object value) {
    if (array instanceof boolean[] a && value instanceof Boolean b) {
      a[i] = b;
    } else if (array instanceof long[] a && (value instanceof Integer || value instanceof Long)) {
      a[i] = ((Number) value).longValue();
    } else if (array instanceof double[] a && value instanceof Number num) {
      a[i] = num.doubleValue();
    } else if (array instanceof Object[] a) {
      a[i] = value;
    } else {
      throw new IllegalArgumentException(
          "info value "
              + value
              + " does not match the type other "
              + "sub-envs reported for the same key ("
              + array.getClass().getSimpleName()
              + ")");
    }
  }
}
