package dev.jymnasium.baselines.algo;

import java.util.Arrays;

/**
 * One on-policy rollout of up to {@code steps x envs} transitions in flat Java arrays (the last
 * rollout of a budget may fill fewer vector steps), with generalised advantage estimation for
 * next-step autoreset: a reset step (whose action the env ignored) is stored but marked invalid and
 * never trained on; a truncated episode bootstraps from the value of its final observation, which
 * is the next row's observation.
 */
final class RolloutBuffer {
  final int steps;
  final int envs;
  final int obsDim;

  /** Width of a stored action: one-hot for discrete actions, the values for continuous ones. */
  final int actWidth;

  final float[] obs;
  final float[] actions;
  final float[] logProbs;
  final float[] values;
  final float[] rewards;
  final boolean[] terminated;
  final boolean[] done;
  final boolean[] valid;
  final float[] advantages;
  final float[] returns;

  /** Vector steps of the current rollout, at most {@link #steps}. */
  int filled;

  RolloutBuffer(int steps, int envs, int obsDim, int actWidth) {
    this.steps = steps;
    this.envs = envs;
    this.obsDim = obsDim;
    this.actWidth = actWidth;
    int n = steps * envs;
    obs = new float[n * obsDim];
    actions = new float[n * actWidth];
    logProbs = new float[n];
    values = new float[n];
    rewards = new float[n];
    terminated = new boolean[n];
    done = new boolean[n];
    valid = new boolean[n];
    advantages = new float[n];
    returns = new float[n];
    filled = steps;
  }

  /**
   * Fills {@link #advantages} and {@link #returns}; {@code lastValues} are V of the next
   * observations.
   */
  void computeGae(float[] lastValues, double gamma, double lambda) {
    for (int i = 0; i < envs; i++) {
      double lastGae = 0;
      for (int t = filled - 1; t >= 0; t--) {
        int k = t * envs + i;
        boolean lastRow = t == filled - 1;
        double nextValue = lastRow ? lastValues[i] : values[k + envs];
        double delta = rewards[k] + gamma * nextValue * (terminated[k] ? 0 : 1) - values[k];
        lastGae = delta + gamma * lambda * (done[k] ? 0 : 1) * (lastRow ? 0 : lastGae);
        advantages[k] = (float) lastGae;
        returns[k] = (float) (lastGae + values[k]);
      }
    }
  }

  /** Indices of the rows of the current rollout that are real experience. */
  int[] validIndices() {
    int rows = filled * envs;
    int[] idx = new int[rows];
    int n = 0;
    for (int k = 0; k < rows; k++) {
      if (valid[k]) {
        idx[n++] = k;
      }
    }
    return Arrays.copyOf(idx, n);
  }

  /** Gathers {@code width}-wide rows {@code idx[from, to)} of {@code src}. */
  static float[] gather(float[] src, int width, int[] idx, int from, int to) {
    float[] out = new float[(to - from) * width];
    for (int j = from; j < to; j++) {
      System.arraycopy(src, idx[j] * width, out, (j - from) * width, width);
    }
    return out;
  }

  /** Standardises {@code a} in place (per-batch advantage normalisation; torch's unbiased std). */
  static void standardize(float[] a) {
    double mean = 0;
    for (float v : a) {
      mean += v;
    }
    mean /= a.length;
    double var = 0;
    for (float v : a) {
      var += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(var / (a.length - 1));
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) ((a[i] - mean) / (std + 1e-8));
    }
  }

  /** Fraction of the returns' variance the values explain (over valid rows). */
  double explainedVariance() {
    int[] idx = validIndices();
    double my = 0;
    double md = 0;
    for (int k : idx) {
      my += returns[k];
      md += returns[k] - values[k];
    }
    my /= idx.length;
    md /= idx.length;
    double vy = 0;
    double vd = 0;
    for (int k : idx) {
      vy += (returns[k] - my) * (returns[k] - my);
      double d = returns[k] - values[k] - md;
      vd += d * d;
    }
    return vy == 0 ? Double.NaN : 1 - vd / vy;
  }
}
