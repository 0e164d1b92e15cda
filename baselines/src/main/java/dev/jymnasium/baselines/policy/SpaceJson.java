package dev.jymnasium.baselines.policy;

import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON descriptions of the Box, Discrete and Dict (of those) spaces a policy was trained on, and
 * back.
 */
public final class SpaceJson {
  private SpaceJson() {}

  /**
   * {@code {"type":"box","shape":[..],"dtype":..,"low":[..],"high":[..]}} or {@code
   * {"type":"discrete","n":..,"start":..}} or {@code {"type":"dict","spaces":{key: ..}}} (keys in
   * the space's order).
   */
  public static Map<String, Object> describe(Space<?> space) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (space instanceof Discrete d) {
      m.put("type", "discrete");
      m.put("n", d.n());
      m.put("start", d.start());
    } else if (space instanceof Box<?> b) {
      m.put("type", "box");
      m.put("shape", toList(b.shape()));
      m.put("dtype", b.dtype().name());
      m.put("low", bounds(b.low()));
      m.put("high", bounds(b.high()));
    } else if (space instanceof Dict d) {
      Map<String, Object> entries = new LinkedHashMap<>();
      for (String key : d.keys()) {
        entries.put(key, describe(d.spaces().get(key)));
      }
      m.put("type", "dict");
      m.put("spaces", entries);
    } else {
      throw new IllegalArgumentException(
          "only Box, Discrete and Dict spaces can be saved, got " + space);
    }
    return m;
  }

  /** The space a description stands for. */
  @SuppressWarnings("unchecked")
  public static Space<?> parse(Object json) {
    Map<String, Object> m = (Map<String, Object>) json;
    if ("discrete".equals(m.get("type"))) {
      return new Discrete(((Number) m.get("n")).intValue(), ((Number) m.get("start")).intValue());
    }
    if ("dict".equals(m.get("type"))) {
      Map<String, Space<?>> entries = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m.get("spaces")).entrySet()) {
        entries.put(e.getKey(), parse(e.getValue()));
      }
      return new Dict(entries);
    }
    List<Number> shape = (List<Number>) m.get("shape");
    int[] s = new int[shape.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = shape.get(i).intValue();
    }
    return new Box<>(
        doubles(m.get("low")), doubles(m.get("high")), s, DType.valueOf((String) m.get("dtype")));
  }

  /** Bounds as JSON numbers, with infinities as the strings "Infinity" / "-Infinity". */
  private static List<Object> bounds(double[] d) {
    List<Object> l = new ArrayList<>();
    for (double x : d) {
      l.add(Double.isFinite(x) ? (Object) x : Double.toString(x));
    }
    return l;
  }

  private static double[] doubles(Object json) {
    List<?> l = (List<?>) json;
    double[] d = new double[l.size()];
    for (int i = 0; i < d.length; i++) {
      Object v = l.get(i);
      d[i] = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
    }
    return d;
  }

  private static List<Integer> toList(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int x : a) {
      l.add(x);
    }
    return l;
  }
}
