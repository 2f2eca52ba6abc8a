package io.eventplan.plan.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt keys, types and values, by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /** A sentence to append to a message, or an empty string when nothing is close. */
  static String didYouMean(String given, Collection<String> candidates) {
    return closest(given, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
  }

  static Optional<String> closest(String given, Collection<String> candidates) {
    String normalized = given.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    int allowed = Math.max(1, Math.min(3, given.length() / 3));
    return candidates.stream()
        .filter(c -> distance(normalized, c.toLowerCase(Locale.ROOT)) <= allowed)
        .min(Comparator.comparingInt((String c) -> distance(normalized, c.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Optimal string alignment distance: Levenshtein plus swaps of neighbours ("tpye"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
