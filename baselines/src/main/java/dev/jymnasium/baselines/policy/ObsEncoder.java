package dev.jymnasium.baselines.policy;

import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns observations of a Box space (flattened), a Discrete space (one-hot) or a Dict of those into
 * the float feature vectors networks read, one at a time or a whole vector-env batch at once.
 *
 * <p>A Dict is encoded as the concatenation of its entries in sorted key order, whatever the
 * space's own key order: Gymnasium sorts the keys of a plain dict, and Stable-Baselines3's {@code
 * MultiInputPolicy} ({@code CombinedExtractor}) concatenates the flattened entries in that order.
 * For a goal env this is {@code [achieved_goal, desired_goal, observation]}: the achieved goal is
 * kept, as SB3 keeps it, although it often repeats part of {@code observation} (the Panda end
 * effector position, for instance), so that a policy trained here reads the same features as an SB3
 * policy and hindsight relabelling only rewrites the {@code desired_goal} slice ({@link #offset}).
 */
public final class ObsEncoder {
  private final Space<?> space;
  private final int dim;

  /** Dict spaces: one part per entry, in sorted key order; otherwise empty. */
  private final List<Part> parts;

  /** One Dict entry: its key, its encoder and where its features start. */
  private record Part(String key, ObsEncoder encoder, int offset) {}

  /**
   * @throws IllegalArgumentException for spaces other than Box, Discrete and Dicts of them
   */
  public ObsEncoder(Space<?> space) {
    List<Part> ps = new ArrayList<>();
    if (space instanceof Box<?> box) {
      this.dim = box.size();
    } else if (space instanceof Discrete d) {
      this.dim = d.n();
    } else if (space instanceof Dict dict) {
      int offset = 0;
      for (String key : dict.keys().stream().sorted().toList()) {
        Space<?> sub = dict.spaces().get(key);
        if (!(sub instanceof Box<?>) && !(sub instanceof Discrete)) {
          throw new IllegalArgumentException(
              "neural agents need Box or Discrete entries in a Dict observation space, got '"
                  + key
                  + "': "
                  + sub
                  + " (wrap the env in FlattenObservation)");
        }
        ObsEncoder part = new ObsEncoder(sub);
        ps.add(new Part(key, part, offset));
        offset += part.dim();
      }
      this.dim = offset;
    } else {
      throw new IllegalArgumentException(
          "neural agents need a Box, Discrete or Dict observation space, got "
              + space
              + " (wrap the env in FlattenObservation)");
    }
    this.space = space;
    this.parts = List.copyOf(ps);
  }

  /**
   * Where the features of Dict entry {@code key} start in a feature vector.
   *
   * @throws IllegalArgumentException when the space is not a Dict with that key
   */
  public int offset(String key) {
    return part(key).offset();
  }

  /** Number of features of Dict entry {@code key}. */
  public int size(String key) {
    return part(key).encoder().dim();
  }

  private Part part(String key) {
    for (Part p : parts) {
      if (p.key().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "observation space " + space + " has no Dict entry '" + key + "'");
  }

  /** Length of a feature vector. */
  public int dim() {
    return dim;
  }

  /** Encodes one observation into {@code out[offset, offset + dim)}. */
  public void encode(Object obs, float[] out, int offset) {
    if (!parts.isEmpty()) {
      Map<?, ?> m = (Map<?, ?>) obs;
      for (Part p : parts) {
        p.encoder().encode(m.get(p.key()), out, offset + p.offset());
      }
    } else if (space instanceof Discrete d) {
      Arrays.fill(out, offset, offset + dim, 0f);
      out[offset + (Integer) obs - d.start()] = 1f;
    } else {
      copy(obs, 0, out, offset, dim);
    }
  }

  /** Encodes a batch of {@code n} observations (a vector env's flat batch) into {@code out}. */
  public void encodeBatch(Object batch, int n, float[] out) {
    if (!parts.isEmpty()) {
      Map<?, ?> m = (Map<?, ?>) batch;
      for (Part p : parts) {
        p.encoder().encodeRows(m.get(p.key()), n, out, dim, p.offset());
      }
    } else if (space instanceof Discrete d) {
      int[] idx = (int[]) batch;
      Arrays.fill(out, 0, n * dim, 0f);
      for (int i = 0; i < n; i++) {
        out[i * dim + idx[i] - d.start()] = 1f;
      }
    } else {
      copy(batch, 0, out, 0, n * dim);
    }
  }

  /**
   * Encodes a batch of {@code n} observations of this (non-Dict) space into rows of {@code stride}
   * features of {@code out}, starting at column {@code column}.
   */
  private void encodeRows(Object batch, int n, float[] out, int stride, int column) {
    if (space instanceof Discrete d) {
      int[] idx = (int[]) batch;
      for (int i = 0; i < n; i++) {
        Arrays.fill(out, i * stride + column, i * stride + column + dim, 0f);
        out[i * stride + column + idx[i] - d.start()] = 1f;
      }
    } else {
      for (int i = 0; i < n; i++) {
        copy(batch, i * dim, out, i * stride + column, dim);
      }
    }
  }

  private static void copy(Object src, int from, float[] out, int offset, int len) {
    if (src instanceof float[] f) {
      System.arraycopy(f, from, out, offset, len);
    } else if (src instanceof double[] d) {
      for (int i = 0; i < len; i++) {
        out[offset + i] = (float) d[from + i];
      }
    } else if (src instanceof int[] a) {
      for (int i = 0; i < len; i++) {
        out[offset + i] = a[from + i];
      }
    } else if (src instanceof long[] a) {
      for (int i = 0; i < len; i++) {
        out[offset + i] = a[from + i];
      }
    } else if (src instanceof byte[] a) {
      for (int i = 0; i < len; i++) {
        out[offset + i] = a[from + i] & 0xff;
      }
    } else {
      throw new IllegalArgumentException("unsupported observation type " + Space.format(src));
    }
  }
}
