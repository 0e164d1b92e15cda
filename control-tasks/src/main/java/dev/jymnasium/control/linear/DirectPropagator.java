package dev.jymnasium.control.linear;

/**
 * Steps the state with one product per matrix, {@code x' = A_d x + B1_d w + B2_d u}, and {@code H
 * x} after each step: for small systems and sparse ones (where {@link MatVec} keeps only the
 * nonzero entries).
 */
final class DirectPropagator implements StatePropagator {
  private final MatVec a;
  private final MatVec b1;
  private final MatVec b2;
  private final MatVec h;
  private final double[] x;
  private final double[] next;
  private final double[] hx;

  DirectPropagator(MatVec a, MatVec b1, MatVec b2, MatVec h) {
    this.a = a;
    this.b1 = b1;
    this.b2 = b2;
    this.h = h;
    this.x = new double[a.rows()];
    this.next = new double[a.rows()];
    this.hx = new double[h.rows()];
  }

  @Override
  public void reset(double[] x0) {
    System.arraycopy(x0, 0, x, 0, x.length);
    h.set(x, hx);
  }

  @Override
  public double[] outputs() {
    return hx;
  }

  @Override
  public void advance(double[] w, double[] u) {
    a.set(x, next);
    b1.add(w, next);
    b2.add(u, next);
    System.arraycopy(next, 0, x, 0, x.length);
    h.set(x, hx);
  }

  @Override
  public void stateInto(double[] out) {
    System.arraycopy(x, 0, out, 0, x.length);
  }
}
