package dev.jymnasium.control.pde;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Advances a {@link SpectralPde} over one sample interval with controlgym's integrator:
 * fourth-order exponential time differencing (ETDRK4, Cox and Matthews 2002) with the coefficients
 * evaluated by a contour mean over 32 points (Kassam and Trefethen 2005), {@code substeps} steps of
 * {@code dt}.
 *
 * <p>As in controlgym, the contour points lie on the upper half of the unit circle and only the
 * real part of each mean is kept, which is exact for a real L(k) and an approximation for KdV's
 * imaginary one. The nonlinear term is dealiased with the 3/2 rule: û is zero-padded to {@code
 * 3n/2} points, g is applied there, and the first {@code n/2 + 1} coefficients of the transform,
 * scaled by 2/3, are kept. All buffers are allocated once and {@link #advance} allocates nothing
 * itself; JTransforms does allocate a scratch array inside each transform whose length is not a
 * power of two, as the padded {@code 3n/2} points are (384 for n = 256).
 */
final class Etdrk4 {
  /** Contour points of the coefficient means. */
  private static final int CONTOUR_POINTS = 32;

  private static final double DEALIAS = 1.5;

  private final int n;
  private final int modes;
  private final int substeps;
  private final DoubleFFT_1D fft;
  private final DoubleFFT_1D fftPadded;
  private final double[] eRe;
  private final double[] eIm;
  private final double[] e2Re;
  private final double[] e2Im;
  private final double[] q;
  private final double[] f1;
  private final double[] f2;
  private final double[] f3;
  private final double[] termRe;
  private final double[] termIm;
  private final Pointwise pointwise;
  private final double[][] chiRe;
  private final double[][] chiIm;

  private final double[] work;
  private final double[] padded;
  private final double[] forceRe;
  private final double[] forceIm;
  private final double[][] re;
  private final double[][] im;

  private static final int V = 0;
  private static final int NV = 1;
  private static final int A = 2;
  private static final int NA = 3;
  private static final int B = 4;
  private static final int NB = 5;
  private static final int C = 6;
  private static final int NC = 7;

  /**
   * @param n grid points (even)
   * @param pde the equation
   * @param dt integration step
   * @param substeps steps of {@code dt} per {@link #advance}
   * @param chi actuator supports, {@code chi[i]} of length n
   */
  Etdrk4(int n, SpectralPde pde, double dt, int substeps, double[][] chi) {
    this.n = n;
    this.modes = n / 2 + 1;
    this.substeps = substeps;
    int paddedSize = (int) (n * DEALIAS);
    this.fft = new DoubleFFT_1D(n);
    this.fftPadded = new DoubleFFT_1D(paddedSize);
    this.eRe = new double[modes];
    this.eIm = new double[modes];
    this.e2Re = new double[modes];
    this.e2Im = new double[modes];
    this.q = new double[modes];
    this.f1 = new double[modes];
    this.f2 = new double[modes];
    this.f3 = new double[modes];
    coefficients(pde, dt);
    this.termRe = new double[modes];
    this.termIm = new double[modes];
    for (int m = 0; m < modes; m++) {
      termRe[m] = pde.termRe()[m] * (1 / DEALIAS);
      termIm[m] = pde.termIm()[m] * (1 / DEALIAS);
    }
    this.pointwise = pde.pointwise();
    this.work = new double[n];
    this.padded = new double[paddedSize];
    this.chiRe = new double[chi.length][modes];
    this.chiIm = new double[chi.length][modes];
    for (int i = 0; i < chi.length; i++) {
      System.arraycopy(chi[i], 0, work, 0, n);
      fft.realForward(work);
      unpack(work, chiRe[i], chiIm[i]);
    }
    this.forceRe = new double[modes];
    this.forceIm = new double[modes];
    this.re = new double[8][modes];
    this.im = new double[8][modes];
  }

  /** E, E2, Q, f1, f2, f3 of Kassam and Trefethen's ETDRK4 for each mode. */
  private void coefficients(SpectralPde pde, double dt) {
    double[] rRe = new double[CONTOUR_POINTS];
    double[] rIm = new double[CONTOUR_POINTS];
    for (int j = 0; j < CONTOUR_POINTS; j++) {
      double angle = Math.PI * (j + 1 - 0.5) / CONTOUR_POINTS;
      rRe[j] = Math.cos(angle);
      rIm[j] = Math.sin(angle);
    }
    Complex lr = new Complex();
    Complex t = new Complex();
    Complex num = new Complex();
    for (int m = 0; m < modes; m++) {
      double hRe = dt * pde.linearRe()[m];
      double hIm = dt * pde.linearIm()[m];
      Complex.exp(hRe, hIm, t);
      eRe[m] = t.re;
      eIm[m] = t.im;
      Complex.exp(hRe / 2, hIm / 2, t);
      e2Re[m] = t.re;
      e2Im[m] = t.im;
      double sq = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int j = 0; j < CONTOUR_POINTS; j++) {
        lr.set(hRe + rRe[j], hIm + rIm[j]);
        Complex lr2 = lr.times(lr);
        Complex lr3 = lr2.times(lr);
        Complex ex = new Complex();
        Complex.exp(lr.re, lr.im, ex);
        // (e^{LR/2} − 1) / LR
        Complex.exp(lr.re / 2, lr.im / 2, t);
        sq += t.minus(1).dividedBy(lr).re;
        // (−4 − LR + e^{LR}(4 − 3LR + LR²)) / LR³
        num.set(4 - 3 * lr.re + lr2.re, -3 * lr.im + lr2.im);
        s1 += ex.times(num).plus(-4 - lr.re, -lr.im).dividedBy(lr3).re;
        // (2 + LR + e^{LR}(LR − 2)) / LR³
        num.set(lr.re - 2, lr.im);
        s2 += ex.times(num).plus(2 + lr.re, lr.im).dividedBy(lr3).re;
        // (−4 − 3LR − LR² + e^{LR}(4 − LR)) / LR³
        num.set(4 - lr.re, -lr.im);
        s3 += ex.times(num).plus(-4 - 3 * lr.re - lr2.re, -3 * lr.im - lr2.im).dividedBy(lr3).re;
      }
      q[m] = dt * (sq / CONTOUR_POINTS);
      f1[m] = dt * (s1 / CONTOUR_POINTS);
      f2[m] = dt * (s2 / CONTOUR_POINTS);
      f3[m] = dt * (s3 / CONTOUR_POINTS);
    }
  }

  /**
   * Writes the field {@code substeps·dt} after {@code state} under the constant action into out.
   */
  void advance(double[] state, double[] action, double[] out) {
    Arrays.fill(forceRe, 0);
    Arrays.fill(forceIm, 0);
    for (int i = 0; i < action.length; i++) {
      double ui = action[i];
      double[] cr = chiRe[i];
      double[] ci = chiIm[i];
      for (int m = 0; m < modes; m++) {
        forceRe[m] += cr[m] * ui;
        forceIm[m] += ci[m] * ui;
      }
    }
    System.arraycopy(state, 0, work, 0, n);
    fft.realForward(work);
    unpack(work, re[V], im[V]);
    for (int s = 0; s < substeps; s++) {
      substep();
    }
    double[] vr = re[V];
    double[] vi = im[V];
    work[0] = vr[0];
    work[1] = vr[n / 2];
    for (int m = 1; m < n / 2; m++) {
      work[2 * m] = vr[m];
      work[2 * m + 1] = vi[m];
    }
    fft.realInverse(work, true);
    System.arraycopy(work, 0, out, 0, n);
  }

  private void substep() {
    double[] vr = re[V];
    double[] vi = im[V];
    nonlinear(V, NV);
    double[] nvr = re[NV];
    double[] nvi = im[NV];
    double[] ar = re[A];
    double[] ai = im[A];
    for (int m = 0; m < modes; m++) {
      ar[m] = e2Re[m] * vr[m] - e2Im[m] * vi[m] + q[m] * nvr[m];
      ai[m] = e2Re[m] * vi[m] + e2Im[m] * vr[m] + q[m] * nvi[m];
    }
    nonlinear(A, NA);
    double[] nar = re[NA];
    double[] nai = im[NA];
    double[] br = re[B];
    double[] bi = im[B];
    for (int m = 0; m < modes; m++) {
      br[m] = e2Re[m] * vr[m] - e2Im[m] * vi[m] + q[m] * nar[m];
      bi[m] = e2Re[m] * vi[m] + e2Im[m] * vr[m] + q[m] * nai[m];
    }
    nonlinear(B, NB);
    double[] nbr = re[NB];
    double[] nbi = im[NB];
    double[] cr = re[C];
    double[] ci = im[C];
    for (int m = 0; m < modes; m++) {
      cr[m] = e2Re[m] * ar[m] - e2Im[m] * ai[m] + q[m] * (2 * nbr[m] - nvr[m]);
      ci[m] = e2Re[m] * ai[m] + e2Im[m] * ar[m] + q[m] * (2 * nbi[m] - nvi[m]);
    }
    nonlinear(C, NC);
    double[] ncr = re[NC];
    double[] nci = im[NC];
    for (int m = 0; m < modes; m++) {
      double r0 = eRe[m] * vr[m] - eIm[m] * vi[m];
      double i0 = eRe[m] * vi[m] + eIm[m] * vr[m];
      vr[m] = r0 + nvr[m] * f1[m] + 2 * (nar[m] + nbr[m]) * f2[m] + ncr[m] * f3[m];
      vi[m] = i0 + nvi[m] * f1[m] + 2 * (nai[m] + nbi[m]) * f2[m] + nci[m] * f3[m];
    }
  }

  /** {@code N(û) = P·F[g(u)] + F[f]}, with g evaluated on the 3/2-padded grid. */
  private void nonlinear(int from, int to) {
    double[] vr = re[from];
    double[] vi = im[from];
    Arrays.fill(padded, 0);
    padded[0] = vr[0];
    for (int m = 1; m < modes; m++) {
      padded[2 * m] = vr[m];
      padded[2 * m + 1] = vi[m];
    }
    fftPadded.realInverse(padded, true);
    pointwise.applyScaled(padded, DEALIAS);
    fftPadded.realForward(padded);
    double[] outR = re[to];
    double[] outI = im[to];
    outR[0] = termRe[0] * padded[0] + forceRe[0];
    outI[0] = termIm[0] * padded[0] + forceIm[0];
    for (int m = 1; m < modes; m++) {
      double fr = padded[2 * m];
      double fi = padded[2 * m + 1];
      outR[m] = termRe[m] * fr - termIm[m] * fi + forceRe[m];
      outI[m] = termRe[m] * fi + termIm[m] * fr + forceIm[m];
    }
  }

  /** Spectrum of a real field of even length n from JTransforms' packed real-FFT layout. */
  private void unpack(double[] packed, double[] outRe, double[] outIm) {
    outRe[0] = packed[0];
    outIm[0] = 0;
    outRe[n / 2] = packed[1];
    outIm[n / 2] = 0;
    for (int m = 1; m < n / 2; m++) {
      outRe[m] = packed[2 * m];
      outIm[m] = packed[2 * m + 1];
    }
  }

  /** A small mutable complex number for the coefficient set-up (not used while stepping). */
  private static final class Complex {
    double re;
    double im;

    Complex() {}

    Complex(double re, double im) {
      this.re = re;
      this.im = im;
    }

    Complex set(double r, double i) {
      re = r;
      im = i;
      return this;
    }

    static void exp(double r, double i, Complex out) {
      double mag = Math.exp(r);
      out.set(mag * Math.cos(i), mag * Math.sin(i));
    }

    Complex times(Complex o) {
      return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Complex minus(double r) {
      return new Complex(re - r, im);
    }

    Complex plus(double r, double i) {
      return new Complex(re + r, im + i);
    }

    /** Smith's division, as numpy divides complex numbers. */
    Complex dividedBy(Complex o) {
      if (Math.abs(o.re) >= Math.abs(o.im)) {
        double ratio = o.im / o.re;
        double den = o.re + o.im * ratio;
        return new Complex((re + im * ratio) / den, (im - re * ratio) / den);
      }
      double ratio = o.re / o.im;
      double den = o.re * ratio + o.im;
      return new Complex((re * ratio + im) / den, (im * ratio - re) / den);
    }
  }
}
