package dev.jymnasium.games.toytext;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Helpers shared by the toy-text envs: argument checks, ANSI colours, boxed states, info maps. */
final class ToyText {
  /** Gymnasium's {@code utils.colorize} colour numbers. */
  static final int RED = 31;

  static final int GREEN = 32;
  static final int YELLOW = 33;
  static final int BLUE = 34;
  static final int MAGENTA = 35;

  /** Render frame rate of every toy-text env. */
  static final double RENDER_FPS = 4;

  private ToyText() {}

  /** Gymnasium's {@code colorize}: {@code ESC[<n>[;1]m text ESC[0m}, highlight adds 10 to n. */
  static String colorize(String text, int color, boolean bold, boolean highlight) {
    int num = highlight ? color + 10 : color;
    return "\u001b[" + num + (bold ? ";1" : "") + "m" + text + "\u001b[0m";
  }

  /** An error naming the kwarg, in the registry's wording. */
  static IllegalArgumentException invalid(String owner, String key, String why) {
    return new IllegalArgumentException("kwarg '" + key + "' of " + owner + ": " + why);
  }

  /** {@code Integer.valueOf(i)} for {@code 0 <= i < n}, built once so that steps do not box. */
  static Integer[] boxed(int n) {
    Integer[] out = new Integer[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  /** The probabilities of {@code entries} in order, the array categorical sampling reads. */
  static double[] probabilities(List<Transition> entries) {
    double[] p = new double[entries.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = entries.get(i).prob();
    }
    return p;
  }

  /** An immutable info map that prints primitive arrays by content (e.g. Taxi's action mask). */
  static Map<String, Object> info(Object... keysAndValues) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new Info(Collections.unmodifiableMap(m));
  }

  /** Unmodifiable map whose {@code toString} shows byte arrays element by element. */
  private static final class Info extends AbstractMap<String, Object> {
    private final Map<String, Object> entries;

    Info(Map<String, Object> entries) {
      this.entries = entries;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public Object get(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return entries.containsKey(key);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("{");
      for (Entry<String, Object> e : entries.entrySet()) {
        if (b.length() > 1) {
          b.append(", ");
        }
        Object v = e.getValue();
        b.append(e.getKey()).append('=').append(v instanceof byte[] a ? Arrays.toString(a) : v);
      }
      return b.append('}').toString();
    }
  }
}
