package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.MultiBinary;
import dev.jymnasium.env.spaces.MultiDiscrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Tuple;
import java.util.LinkedHashMap;
import java.util.Map;

/** Package-private helpers shared by the wrappers: zero elements, copies, space checks. */
final class WrapperSupport {
  private WrapperSupport() {}

  /**
   * The "zero" element of a space: zeros clipped into the bounds for a Box, {@code start} for
   * Discrete/MultiDiscrete, all zeros for MultiBinary, children's zeros for Tuple/Dict.
   *
   * @throws IllegalArgumentException for spaces without a known zero element
   */
  static Object zeroElement(Space<?> space) {
    if (space instanceof Box<?> b) {
      Object out = b.dtype().newArray(b.size());
      for (int i = 0; i < b.size(); i++) {
        b.dtype().set(out, i, Math.min(Math.max(0.0, b.low(i)), b.high(i)));
      }
      return out;
    } else if (space instanceof Discrete d) {
      return d.start();
    } else if (space instanceof MultiDiscrete m) {
      return m.start();
    } else if (space instanceof MultiBinary m) {
      return new byte[m.size()];
    } else if (space instanceof Tuple t) {
      Object[] out = new Object[t.size()];
      for (int i = 0; i < t.size(); i++) {
        out[i] = zeroElement(t.get(i));
      }
      return out;
    } else if (space instanceof Dict d) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String key : d.keys()) {
        out.put(key, zeroElement(d.get(key)));
      }
      return out;
    }
    throw new IllegalArgumentException("no zero element is defined for " + space);
  }

  /**
   * Copies {@code src} into {@code reuse} when both are primitive arrays of the same type and
   * length and returns {@code reuse}; otherwise returns a deep copy of {@code src}.
   */
  static Object copyInto(Object src, Object reuse) {
    if (reuse != null
        && src != null
        && reuse.getClass() == src.getClass()
        && src.getClass().isArray()
        && src.getClass().getComponentType().isPrimitive()
        && java.lang.reflect.Array.getLength(src) == java.lang.reflect.Array.getLength(reuse)) {
      System.arraycopy(src, 0, reuse, 0, java.lang.reflect.Array.getLength(src));
      return reuse;
    }
    return Space.deepCopy(src);
  }

  /** The space as a Box, or an {@link IllegalArgumentException} naming the wrapper. */
  static Box<?> requireBox(Space<?> space, String wrapper, String role) {
    if (!(space instanceof Box<?> b)) {
      throw new IllegalArgumentException(wrapper + " needs a Box " + role + " space, got " + space);
    }
    return b;
  }
}
