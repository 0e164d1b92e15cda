package dev.jymnasium.env.spaces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Package-private helpers shared by {@link Tuple} and {@link Dict}: type-erased calls on child
 * spaces and Gymnasium's composite seeding rule.
 */
final class Composites {
  /** Exclusive upper bound of sub-seeds: {@code np.iinfo(np.int32).max}. */
  static final long SUBSEED_BOUND = Integer.MAX_VALUE;

  private Composites() {}

  /**
   * Seeds {@code owner}'s generator with {@code seed}, draws one sub-seed per child with {@code
   * integers(0, 2^31 - 1)} (consecutive draws) and seeds child {@code i} with sub-seed {@code i}.
   *
   * @return {@code [seed, subseed_0, subseed_1, ...]}
   */
  static List<Long> seed(Space<?> owner, long seed, Space<?>[] children) {
    owner.setNpRandom(dev.jymnasium.env.rng.NpRandom.of(seed));
    long[] subseeds = new long[children.length];
    owner.npRandom().integers(0, SUBSEED_BOUND, subseeds);
    List<Long> used = new ArrayList<>(children.length + 1);
    used.add(seed);
    for (int i = 0; i < children.length; i++) {
      children[i].seed(subseeds[i]);
      used.add(subseeds[i]);
    }
    return Collections.unmodifiableList(used);
  }

  @SuppressWarnings("unchecked")
  static <T> void flattenInto(Space<T> s, Object x, double[] out, int offset) {
    s.flattenInto((T) x, out, offset);
  }

  @SuppressWarnings("unchecked")
  static <T> void writeBatch(Space<T> s, Object value, Object batch, int index) {
    s.writeBatch((T) value, batch, index);
  }

  @SuppressWarnings("unchecked")
  static <T> Object readBatch(Space<T> s, Object batch, int index, Object reuse) {
    return s.readBatch(batch, index, (T) reuse);
  }

  @SuppressWarnings("unchecked")
  static <T> Object toJsonable(Space<T> s, Object x) {
    return s.toJsonable((T) x);
  }

  /** Throws when {@code s} is not flattenable to a single Box. */
  static void requireFlattenable(Space<?> s) {
    if (!s.isFlattenable()) {
      throw new IllegalArgumentException(s + " cannot be flattened to a single Box");
    }
  }
}
