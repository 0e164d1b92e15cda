package dev.jymnasium.baselines.suite;

/**
 * A published final score of an algorithm on an env.
 *
 * @param algo algorithm name
 * @param score mean evaluation return
 * @param source where it was published
 */
public record PublishedScore(String algo, double score, String source) {}
