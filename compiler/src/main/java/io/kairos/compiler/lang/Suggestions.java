package io.kairos.compiler.lang;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "did you mean ...?" for misspelt names: the closest candidate by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * A suffix for an "unknown X 'word'" message: {@code "; did you mean 'y'?"} when a candidate is
   * close, else {@code "; expected one of a, b, c"} (or nothing when there are no candidates).
   */
  public static String hint(String word, List<String> candidates) {
    Optional<String> close = closest(word, candidates);
    if (close.isPresent()) {
      return "; did you mean '" + close.get() + "'?";
    }
    if (candidates.isEmpty()) {
      return "";
    }
    return "; expected " + (candidates.size() == 1 ? "" : "one of ") + String.join(", ", candidates);
  }

  /** The candidate nearest to {@code word}, if within a third of its length (at least 2 edits). */
  public static Optional<String> closest(String word, List<String> candidates) {
    if (word.length() > 100) {
      return Optional.empty();
    }
    int limit = Math.max(2, word.length() / 3);
    return candidates.stream()
        .filter(c -> distance(word.toLowerCase(), c.toLowerCase()) <= limit)
        .min(Comparator.comparingInt((String c) -> distance(word.toLowerCase(), c.toLowerCase()))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
