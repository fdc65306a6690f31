package io.kairos.runtime.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A train/test split of numbered samples: one index per line, lines starting with {@code #}
 * ignored; the first {@code trainSize} indices are the training set in training order, the rest
 * the test set. Every index in {@code 0..total-1} appears exactly once.
 */
public record SplitFile(int[] train, int[] test) {
  public static SplitFile parse(String text, String source, int total, int trainSize) {
    if (trainSize < 1 || trainSize >= total) {
      throw new DataFormatException(source + ": training size " + trainSize + " must be between 1 and " + (total - 1));
    }
    List<Integer> idx = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int v;
      try {
        v = Integer.parseInt(line);
      } catch (NumberFormatException e) {
        throw new DataFormatException(source + ":" + (n + 1) + ": not a sample index: " + line);
      }
      if (v < 0 || v >= total) {
        throw new DataFormatException(source + ":" + (n + 1) + ": index " + v + " is outside 0.." + (total - 1));
      }
      idx.add(v);
    }
    if (idx.size() != total) {
      throw new DataFormatException(source + ": has " + idx.size() + " indices, expected " + total);
    }
    boolean[] seen = new boolean[total];
    for (int v : idx) {
      if (seen[v]) {
        throw new DataFormatException(source + ": index " + v + " appears twice");
      }
      seen[v] = true;
    }
    int[] all = idx.stream().mapToInt(Integer::intValue).toArray();
    return new SplitFile(java.util.Arrays.copyOf(all, trainSize), java.util.Arrays.copyOfRange(all, trainSize, total));
  }
}
