package dev.jymnasium.baselines.suite;

import java.util.List;

/**
 * Scores to normalise an env's returns with.
 *
 * @param random mean return of a uniformly random policy, or {@code null} if not known
 * @param randomSource how {@code random} was obtained, or {@code null}
 * @param published published scores (may be empty)
 */
public record ReferenceScores(Double random, String randomSource, List<PublishedScore> published) {
  /** No reference scores. */
  public static final ReferenceScores NONE = new ReferenceScores(null, null, List.of());

  public ReferenceScores {
    published = published == null ? List.of() : List.copyOf(published);
  }
}
