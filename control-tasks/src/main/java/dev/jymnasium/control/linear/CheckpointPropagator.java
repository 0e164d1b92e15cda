package dev.jymnasium.control.linear;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The state of a large dense system kept as a checkpoint {@code x_c} and the inputs since, so that
 * a step costs O(h·n) instead of the O(n²) product with {@code A_d} (h = the rows of H, a handful).
 *
 * <p>With {@code G = [B1_d B2_d]} and {@code v_k = [w_k; u_k]}, the state j steps after the
 * checkpoint is {@code x = Aʲ x_c + Σ_{k<j} A^{j−1−k} G v_k}, so {@code H x = (H Aʲ) x_c + Σ (H
 * A^{j−1−k} G) v_k}, from tables of {@code H Aʲ} and {@code H Aⁱ G} made once. Every {@value #SPAN}
 * steps the checkpoint jumps ahead by one product with {@code A^SPAN} plus the input terms gathered
 * on the way ({@code Aⁱ G v_k}). The state is stepped one product at a time only when someone reads
 * it, from the checkpoint up to the current step; reading never changes the checkpoint, so the
 * trajectory is the same whether or not it is read. The results equal the step-by-step products up
 * to rounding (the powers of A sum the same terms in another order).
 */
final class CheckpointPropagator implements StatePropagator {
  static final int SPAN = 64;

  /** Tables per system and output rows, made once and shared by all envs of the JVM. */
  private static final Map<Key, Tables> TABLES = new ConcurrentHashMap<>();

  private record Key(DiscreteLinearSystem sys, int plotted) {}

  /**
   * @param a A_d
   * @param g {@code G = [B1_d B2_d]}
   * @param aSpan {@code A^SPAN}
   * @param hPowers {@code H Aʲ}, j = 0 .. SPAN−1
   * @param inputPowers {@code Aⁱ G}, i = 0 .. SPAN−1
   * @param markov {@code H Aⁱ G}, i = 0 .. SPAN−2, each row by row (h × inputs)
   */
  private record Tables(
      MatVec a,
      MatVec g,
      MatVec aSpan,
      MatVec[] hPowers,
      MatVec[] inputPowers,
      double[][] markov,
      int inputs) {
    static Tables of(DiscreteLinearSystem sys, DMatrixRMaj h) {
      int n = sys.ad.numRows;
      int inputs = sys.b1d.numCols + sys.b2d.numCols;
      DMatrixRMaj gm = new DMatrixRMaj(n, inputs);
      CommonOps_DDRM.insert(sys.b1d, gm, 0, 0);
      CommonOps_DDRM.insert(sys.b2d, gm, 0, sys.b1d.numCols);
      MatVec[] hPowers = new MatVec[SPAN];
      MatVec[] inputPowers = new MatVec[SPAN];
      double[][] markov = new double[SPAN - 1][];
      DMatrixRMaj hp = h.copy();
      DMatrixRMaj ip = gm.copy();
      DMatrixRMaj next;
      for (int i = 0; i < SPAN; i++) {
        hPowers[i] = MatVec.of(hp);
        inputPowers[i] = MatVec.of(ip);
        if (i < SPAN - 1) {
          DMatrixRMaj m = new DMatrixRMaj(h.numRows, inputs);
          CommonOps_DDRM.mult(h, ip, m);
          markov[i] = m.data;
        }
        next = new DMatrixRMaj(hp.numRows, n);
        CommonOps_DDRM.mult(hp, sys.ad, next);
        hp = next;
        next = new DMatrixRMaj(n, inputs);
        CommonOps_DDRM.mult(sys.ad, ip, next);
        ip = next;
      }
      // A^SPAN by repeated squaring (SPAN is a power of two).
      DMatrixRMaj power = sys.ad.copy();
      for (int s = 1; s < SPAN; s *= 2) {
        next = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(power, power, next);
        power = next;
      }
      return new Tables(
          MatVec.of(sys.ad), MatVec.of(gm), MatVec.of(power), hPowers, inputPowers, markov, inputs);
    }
  }

  private final int n;
  private final int inputs;
  private final MatVec a;
  private final MatVec g;
  private final MatVec aSpan;
  private final MatVec[] hPowers;
  private final MatVec[] inputPowers;
  private final double[][] markov;

  private final double[] checkpoint;
  private final double[] gathered;
  private final double[] history;
  private final double[] tmp;
  private final double[] hx;
  private final double[] read;
  private int since;
  private int readAt;

  /** H must be the rows that {@link StatePropagator#of} stacks for {@code plotted}. */
  CheckpointPropagator(DiscreteLinearSystem sys, DMatrixRMaj h, int plotted) {
    Tables t = TABLES.computeIfAbsent(new Key(sys, plotted), k -> Tables.of(sys, h));
    this.n = sys.ad.numRows;
    this.inputs = t.inputs();
    this.a = t.a();
    this.g = t.g();
    this.aSpan = t.aSpan();
    this.hPowers = t.hPowers();
    this.inputPowers = t.inputPowers();
    this.markov = t.markov();
    this.checkpoint = new double[n];
    this.gathered = new double[n];
    this.history = new double[SPAN * inputs];
    this.tmp = new double[n];
    this.hx = new double[h.numRows];
    this.read = new double[n];
  }

  @Override
  public void reset(double[] x0) {
    System.arraycopy(x0, 0, checkpoint, 0, n);
    System.arraycopy(x0, 0, read, 0, n);
    Arrays.fill(gathered, 0.0);
    since = 0;
    readAt = 0;
    hPowers[0].set(checkpoint, hx);
  }

  @Override
  public double[] outputs() {
    return hx;
  }

  @Override
  public void advance(double[] w, double[] u) {
    int base = since * inputs;
    System.arraycopy(w, 0, history, base, w.length);
    System.arraycopy(u, 0, history, base + w.length, u.length);
    // v_k = history[base ..]: its term of the next checkpoint, A^(SPAN−1−k) G v_k.
    inputPowers[SPAN - 1 - since].addFrom(history, base, gathered);
    since++;
    if (since == SPAN) {
      aSpan.set(checkpoint, tmp);
      for (int i = 0; i < n; i++) {
        checkpoint[i] = tmp[i] + gathered[i];
      }
      Arrays.fill(gathered, 0.0);
      System.arraycopy(checkpoint, 0, read, 0, n);
      since = 0;
      readAt = 0;
      hPowers[0].set(checkpoint, hx);
      return;
    }
    hPowers[since].set(checkpoint, hx);
    int rows = hx.length;
    for (int k = 0; k < since; k++) {
      double[] m = markov[since - 1 - k];
      int v = k * inputs;
      for (int i = 0; i < rows; i++) {
        double sum = 0;
        int row = i * inputs;
        for (int c = 0; c < inputs; c++) {
          sum += m[row + c] * history[v + c];
        }
        hx[i] += sum;
      }
    }
  }

  @Override
  public void stateInto(double[] out) {
    // Step the read copy from where it was to now: x ← A x + G v_k.
    for (; readAt < since; readAt++) {
      a.set(read, tmp);
      g.addFrom(history, readAt * inputs, tmp);
      System.arraycopy(tmp, 0, read, 0, n);
    }
    System.arraycopy(read, 0, out, 0, n);
  }
}
