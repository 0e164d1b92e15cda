package dev.jymnasium.control.inventory;

import dev.jymnasium.env.rng.NpRandom;

/**
 * Pre-sampled store demand for {@code scenarios} scenarios over {@code periods} periods,
 * period-major ({@code values[t·scenarios + s]}), so that policies compared on one trace face the
 * same demand (common random numbers).
 *
 * @param values the demands, {@code periods × scenarios}
 * @param periods {@code T ≥ 1}
 * @param scenarios {@code K ≥ 1}
 */
public record DemandTrace(double[] values, int periods, int scenarios) {
  /** Checks the size. */
  public DemandTrace {
    if (periods < 1 || scenarios < 1 || values.length != (long) periods * scenarios) {
      throw new IllegalArgumentException(
          "a demand trace needs periods x scenarios values (>= 1 each), got "
              + values.length
              + " for "
              + periods
              + " x "
              + scenarios);
    }
  }

  /** Offset of period {@code t}'s first demand in {@link #values}. */
  public int offset(int period) {
    return period * scenarios;
  }

  /** Poisson({@code mean}) demand with numpy's algorithm, drawn period by period. */
  public static DemandTrace poisson(long seed, int periods, int scenarios, double mean) {
    NpRandom rng = NpRandom.of(seed);
    double[] v = new double[Math.multiplyExact(periods, scenarios)];
    for (int i = 0; i < v.length; i++) {
      v[i] = Demand.poisson(rng, mean);
    }
    return new DemandTrace(v, periods, scenarios);
  }

  /** Normal({@code mean}, {@code std}) demand clipped at 0 and rounded to 3 decimals. */
  public static DemandTrace clippedNormal(
      long seed, int periods, int scenarios, double mean, double std) {
    NpRandom rng = NpRandom.of(seed);
    double[] v = new double[Math.multiplyExact(periods, scenarios)];
    for (int i = 0; i < v.length; i++) {
      v[i] = Demand.clippedNormal3(rng, mean, std);
    }
    return new DemandTrace(v, periods, scenarios);
  }
}
