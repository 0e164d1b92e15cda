package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;

/**
 * Frame skipping for Atari-like envs: each step repeats the action {@code skip} times, sums the
 * rewards (as doubles) and returns the element-wise maximum of the observations of the last two
 * inner steps (uint8 values compared unsigned). Stops early when the episode ends; the two-frame
 * buffer then may still hold a frame from an earlier call, as in Gymnasium. Reset passes through
 * unchanged. Box observations only; the space is unchanged; the output array is owned by the
 * wrapper and reused.
 *
 * @param <T> the primitive array type of the observation Box
 */
public final class MaxAndSkipObservation<T, A> extends Wrapper<T, A, T, A> {
  private final int skip;
  private final DType dtype;
  private final int size;
  private final Object first;
  private final Object second;
  private final Object out;
  private final Step<T> step = new Step<>();

  /** With {@code skip = 4}. */
  public MaxAndSkipObservation(Env<T, A> env) {
    this(env, 4);
  }

  /**
   * @param skip inner steps per step, {@code >= 2}
   * @throws IllegalArgumentException if skip &lt; 2 or the observation space is not a Box
   */
  public MaxAndSkipObservation(Env<T, A> env, int skip) {
    super(env);
    if (skip < 2) {
      throw new IllegalArgumentException("skip must be >= 2, got " + skip);
    }
    Box<?> box =
        WrapperSupport.requireBox(env.observationSpace(), "MaxAndSkipObservation", "observation");
    this.skip = skip;
    this.dtype = box.dtype();
    this.size = box.size();
    this.first = dtype.newArray(size);
    this.second = dtype.newArray(size);
    this.out = dtype.newArray(size);
  }

  /** Inner steps per step. */
  public int skip() {
    return skip;
  }

  @SuppressWarnings("unchecked")
  @Override
  protected Step<T> doStep(A action) {
    double total = 0;
    Step<T> s = null;
    for (int i = 0; i < skip; i++) {
      s = env.step(action);
      if (i == skip - 2) {
        System.arraycopy(s.observation(), 0, first, 0, size);
      } else if (i == skip - 1) {
        System.arraycopy(s.observation(), 0, second, 0, size);
      }
      total += s.reward();
      if (s.terminated() || s.truncated()) {
        break;
      }
    }
    maxInto();
    return step.set((T) out, total, s.terminated(), s.truncated(), s.info());
  }

  private void maxInto() {
    switch (dtype) {
      case FLOAT32 -> {
        float[] a = (float[]) first;
        float[] b = (float[]) second;
        float[] o = (float[]) out;
        for (int i = 0; i < size; i++) {
          o[i] = Math.max(a[i], b[i]);
        }
      }
      case UINT8 -> {
        byte[] a = (byte[]) first;
        byte[] b = (byte[]) second;
        byte[] o = (byte[]) out;
        for (int i = 0; i < size; i++) {
          o[i] = (a[i] & 0xFF) >= (b[i] & 0xFF) ? a[i] : b[i];
        }
      }
      case INT64 -> {
        long[] a = (long[]) first;
        long[] b = (long[]) second;
        long[] o = (long[]) out;
        for (int i = 0; i < size; i++) {
          o[i] = Math.max(a[i], b[i]);
        }
      }
      default -> {
        for (int i = 0; i < size; i++) {
          dtype.set(out, i, Math.max(dtype.get(first, i), dtype.get(second, i)));
        }
      }
    }
  }
}
