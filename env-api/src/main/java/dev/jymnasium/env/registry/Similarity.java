package dev.jymnasium.env.registry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Close-match suggestions for mistyped ids and keys (edit distance, case-insensitive). */
final class Similarity {
  private Similarity() {}

  /** Up to {@code limit} candidates within an edit distance of a third of the query's length. */
  static List<String> closeMatches(String query, Collection<String> candidates, int limit) {
    String q = query.toLowerCase(Locale.ROOT);
    int maxDistance = Math.max(2, q.length() / 3);
    return candidates.stream()
        .map(c -> new Object[] {c, distance(q, c.toLowerCase(Locale.ROOT))})
        .filter(p -> (int) p[1] <= maxDistance)
        .sorted(Comparator.comparingInt(p -> (int) p[1]))
        .limit(limit)
        .map(p -> (String) p[0])
        .toList();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
