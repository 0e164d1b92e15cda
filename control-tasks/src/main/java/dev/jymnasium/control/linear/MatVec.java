package dev.jymnasium.control.linear;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A fixed matrix for the env's products {@code out (+)= M v}, stored column by column: all entries
 * when the matrix is dense (a loop of independent multiply-adds over a contiguous column, which the
 * JIT vectorises), only the nonzero ones when at most a fifth are nonzero. Several systems are
 * block-diagonal in modal form (iss, cdp, dlr: under 2% nonzero after the zero-order hold), so the
 * sparse form turns their O(n²) step into O(n). Both forms add the terms in the same order, so the
 * results are the same to the bit.
 */
final class MatVec {
  private static final double SPARSE_FRACTION = 0.2;

  private final int rows;
  private final int cols;
  private final double[] values;

  /** Row of each stored value; {@code null} when every entry is stored. */
  private final int[] rowIndex;

  /** Start of each column's values in {@link #values}; {@code null} when dense. */
  private final int[] colStart;

  private MatVec(int rows, int cols, double[] values, int[] rowIndex, int[] colStart) {
    this.rows = rows;
    this.cols = cols;
    this.values = values;
    this.rowIndex = rowIndex;
    this.colStart = colStart;
  }

  static MatVec of(DMatrixRMaj m) {
    int nonzero = 0;
    for (double v : m.data) {
      nonzero += v != 0 ? 1 : 0;
    }
    if (nonzero > SPARSE_FRACTION * m.numRows * m.numCols) {
      double[] t = new double[m.numRows * m.numCols];
      for (int i = 0; i < m.numRows; i++) {
        for (int j = 0; j < m.numCols; j++) {
          t[j * m.numRows + i] = m.get(i, j);
        }
      }
      return new MatVec(m.numRows, m.numCols, t, null, null);
    }
    double[] values = new double[nonzero];
    int[] rowIndex = new int[nonzero];
    int[] colStart = new int[m.numCols + 1];
    int k = 0;
    for (int j = 0; j < m.numCols; j++) {
      colStart[j] = k;
      for (int i = 0; i < m.numRows; i++) {
        double v = m.get(i, j);
        if (v != 0) {
          values[k] = v;
          rowIndex[k++] = i;
        }
      }
    }
    colStart[m.numCols] = k;
    return new MatVec(m.numRows, m.numCols, values, rowIndex, colStart);
  }

  /** Rows of M. */
  int rows() {
    return rows;
  }

  /** Whether every entry is stored (the matrix has more than a fifth nonzero). */
  boolean dense() {
    return colStart == null;
  }

  /** {@code out = M v}. */
  void set(double[] v, double[] out) {
    Arrays.fill(out, 0, rows, 0.0);
    add(v, out);
  }

  /** {@code out += M v}. */
  void add(double[] v, double[] out) {
    addFrom(v, 0, out);
  }

  /** {@code out += M v} with v the {@code cols} values of {@code source} from {@code offset}. */
  void addFrom(double[] source, int offset, double[] out) {
    if (colStart == null) {
      for (int j = 0; j < cols; j++) {
        double vj = source[offset + j];
        int col = j * rows;
        for (int i = 0; i < rows; i++) {
          out[i] += values[col + i] * vj;
        }
      }
      return;
    }
    for (int j = 0; j < cols; j++) {
      double vj = source[offset + j];
      for (int k = colStart[j]; k < colStart[j + 1]; k++) {
        out[rowIndex[k]] += values[k] * vj;
      }
    }
  }
}
