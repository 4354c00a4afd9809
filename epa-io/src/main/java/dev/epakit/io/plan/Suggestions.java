package dev.epakit.io.plan;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest known word to a misspelt one, by edit distance. */
final class Suggestions {

  private Suggestions() {}

  /** The closest candidate: within 1 edit for words of up to 3 letters, 2 up to 6, else 3. */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    int limit = w.length() <= 3 ? 1 : w.length() <= 6 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(w, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** The message tail: {@code " (did you mean 'x'?)"} or nothing. */
  static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return a.equals(b) ? 0 : Integer.MAX_VALUE;
    }
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
