package dev.jymnasium.baselines.suite.report;

/**
 * Maps an env's returns to normalised scores, {@code (return - random) / (reference - random)}: 0
 * is the random policy, 1 the reference.
 *
 * @param random random-policy return
 * @param randomKind where {@code random} comes from
 * @param reference reference return
 * @param referenceKind where {@code reference} comes from
 */
public record Normaliser(double random, String randomKind, double reference, String referenceKind) {
  /** The normalised score of {@code ret}; the raw gap above random when the two ends coincide. */
  public double apply(double ret) {
    double span = reference - random;
    return span == 0 ? ret - random : (ret - random) / span;
  }
}
