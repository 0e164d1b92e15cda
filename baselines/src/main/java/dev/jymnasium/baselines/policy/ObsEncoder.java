package dev.jymnasium.baselines.policy;

import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.Arrays;

/**
 * Turns observations of a Box space (flattened) or a Discrete space (one-hot) into the float
 * feature vectors networks read, one at a time or a whole vector-env batch at once.
 */
public final class ObsEncoder {
  private final Space<?> space;
  private final int dim;

  /**
   * @throws IllegalArgumentException for spaces other than Box and Discrete
   */
  public ObsEncoder(Space<?> space) {
    if (space instanceof Box<?> box) {
      this.dim = box.size();
    } else if (space instanceof Discrete d) {
      this.dim = d.n();
    } else {
      throw new IllegalArgumentException(
          "neural agents need a Box or Discrete observation space, got "
              + space
              + " (wrap the env in FlattenObservation)");
    }
    this.space = space;
  }

  /** Length of a feature vector. */
  public int dim() {
    return dim;
  }

  /** Encodes one observation into {@code out[offset, offset + dim)}. */
  public void encode(Object obs, float[] out, int offset) {
    if (space instanceof Discrete d) {
      Arrays.fill(out, offset, offset + dim, 0f);
      out[offset + (Integer) obs - d.start()] = 1f;
    } else {
      copy(obs, 0, out, offset, dim);
    }
  }

  /** Encodes a batch of {@code n} observations (a vector env's flat batch) into {@code out}. */
  public void encodeBatch(Object batch, int n, float[] out) {
    if (space instanceof Discrete d) {
      int[] idx = (int[]) batch;
      Arrays.fill(out, 0, n * dim, 0f);
      for (int i = 0; i < n; i++) {
        out[i * dim + idx[i] - d.start()] = 1f;
      }
    } else {
      copy(batch, 0, out, 0, n * dim);
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
