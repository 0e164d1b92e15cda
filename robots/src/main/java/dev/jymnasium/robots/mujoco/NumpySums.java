package dev.jymnasium.robots.mujoco;

/**
 * Sums of squares with NumPy 2's rounding, so that the rewards Gymnasium computes with {@code
 * np.sum(np.square(x))} come out bit for bit. NumPy sums a contiguous array pairwise ({@code
 * pairwise_sum} in its umath loops): fewer than 8 entries into one accumulator started at 0; up to
 * 128 into eight accumulators (entry {@code i} into accumulator {@code i % 8}) added as {@code ((r0
 * + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))}, then the entries past the last multiple of 8 one
 * by one; more than 128 as two halves (the first a multiple of 8 long) summed so and added. A
 * float32 array is squared and summed in float32.
 */
final class NumpySums {
  private static final int BLOCK = 128;

  private NumpySums() {}

  /** {@code np.sum(np.square(a))} of a float32 array: a float32. */
  static float sumOfSquares(float[] a) {
    return sumOfSquares(a, 0, a.length);
  }

  /** {@code np.sum(np.square(a))} of a float64 array. */
  static double sumOfSquares(double[] a) {
    return sumOfSquares(a, 0, a.length);
  }

  private static float sumOfSquares(float[] a, int from, int n) {
    if (n < 8) {
      float sum = 0;
      for (int i = from; i < from + n; i++) {
        sum += a[i] * a[i];
      }
      return sum;
    }
    if (n > BLOCK) {
      int half = n / 2 - n / 2 % 8;
      return sumOfSquares(a, from, half) + sumOfSquares(a, from + half, n - half);
    }
    float r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0;
    int blocks = n - n % 8;
    for (int i = from; i < from + blocks; i += 8) {
      r0 += a[i] * a[i];
      r1 += a[i + 1] * a[i + 1];
      r2 += a[i + 2] * a[i + 2];
      r3 += a[i + 3] * a[i + 3];
      r4 += a[i + 4] * a[i + 4];
      r5 += a[i + 5] * a[i + 5];
      r6 += a[i + 6] * a[i + 6];
      r7 += a[i + 7] * a[i + 7];
    }
    float sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (int i = blocks; i < n; i++) {
      sum += a[from + i] * a[from + i];
    }
    return sum;
  }

  private static double sumOfSquares(double[] a, int from, int n) {
    if (n < 8) {
      double sum = 0;
      for (int i = from; i < from + n; i++) {
        sum += a[i] * a[i];
      }
      return sum;
    }
    if (n > BLOCK) {
      int half = n / 2 - n / 2 % 8;
      return sumOfSquares(a, from, half) + sumOfSquares(a, from + half, n - half);
    }
    double r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0;
    int blocks = n - n % 8;
    for (int i = from; i < from + blocks; i += 8) {
      r0 += a[i] * a[i];
      r1 += a[i + 1] * a[i + 1];
      r2 += a[i + 2] * a[i + 2];
      r3 += a[i + 3] * a[i + 3];
      r4 += a[i + 4] * a[i + 4];
      r5 += a[i + 5] * a[i + 5];
      r6 += a[i + 6] * a[i + 6];
      r7 += a[i + 7] * a[i + 7];
    }
    double sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (int i = blocks; i < n; i++) {
      sum += a[from + i] * a[from + i];
    }
    return sum;
  }
}
