package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.compiler.ir.MatchingPairing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairCostsTest {
  /** The pair cost as sample matching defines it, written plainly: the reference of these tests. */
  static long squaredDistance(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("spike-time vectors differ in length: " + a.length + " vs " + b.length);
    }
    long acc = 0;
    for (int k = 0; k < a.length; k++) {
      long d = a[k] - b[k];
      acc += d * d;
    }
    return acc;
  }

  /** Digit-like vectors: most entries silent (= window), the rest anywhere in [0, window]. */
  private static int[][] digits(SplittableRandom rng, int n, int length, int window, double lit) {
    int[][] v = new int[n][length];
    for (int[] d : v) {
      for (int k = 0; k < length; k++) {
        d[k] = rng.nextDouble() < lit ? rng.nextInt(window + 1) : window;
      }
    }
    return v;
  }

  @Test
  void everyEntryIsThePlainSquaredDistanceForAnyThreadCount() {
    SplittableRandom rng = new SplittableRandom(5);
    int[][] real = digits(rng, 37, 50, 256, 0.2);
    int[][] generated = digits(rng, 29, 50, 256, 0.3);
    generated[3] = new int[50]; // all lit at step 0
    java.util.Arrays.fill(real[4], 256); // all silent
    for (int threads : new int[] {1, 3}) {
      try (Parallel p = new Parallel(threads)) {
        long[][] cost = PairCosts.of(real, generated, 256, p);
        for (int r = 0; r < real.length; r++) {
          for (int c = 0; c < generated.length; c++) {
            assertEquals(squaredDistance(real[r], generated[c]), cost[r][c], r + "," + c);
          }
        }
      }
    }
  }

  @Test
  void timesOutsideTheWindowStillGiveTheExactDistance() {
    int[][] real = {{0, 300, -5}, {256, 256, 256}};
    int[][] generated = {{256, 0, 1000}, {-7, 256, 3}};
    try (Parallel p = new Parallel(2)) {
      long[][] cost = PairCosts.of(real, generated, 256, p);
      for (int r = 0; r < 2; r++) {
        for (int c = 0; c < 2; c++) {
          assertEquals(squaredDistance(real[r], generated[c]), cost[r][c]);
        }
      }
    }
  }

  @Test
  void vectorsOfDifferentLengthsAreRefused() {
    try (Parallel p = new Parallel(1)) {
      assertThrows(IllegalArgumentException.class, () -> PairCosts.of(new int[][] {{1, 2}}, new int[][] {{1}}, 256, p));
    }
  }

  /** The greedy rule written plainly: all pairs by (cost, r * n + c), a pair kept when both are free. */
  private static int[] plainGreedy(int[][] real, int[][] generated) {
    int n = real.length;
    List<long[]> pairs = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        pairs.add(new long[] {squaredDistance(real[r], generated[c]), (long) r * n + c});
      }
    }
    pairs.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
    int[] partner = new int[n];
    java.util.Arrays.fill(partner, -1);
    boolean[] taken = new boolean[n];
    for (long[] p : pairs) {
      int r = (int) (p[1] / n);
      int c = (int) (p[1] % n);
      if (!taken[r] && partner[c] < 0) {
        taken[r] = true;
        partner[c] = r;
      }
    }
    return partner;
  }

  @Test
  void greedyPairingMatchesThePlainRuleWithTiesAndWithCostsBeyond31Bits() {
    SplittableRandom rng = new SplittableRandom(9);
    for (int trial = 0; trial < 40; trial++) {
      int n = 1 + rng.nextInt(12);
      // few distinct times: many ties; every fourth trial huge times (costs above 2^31, the boxed path)
      int window = trial % 4 == 3 ? 200_000 : 3;
      int[][] real = digits(rng, n, 6, window, 0.5);
      int[][] generated = digits(rng, n, 6, window, 0.5);
      try (Parallel p = new Parallel(2)) {
        assertArrayEquals(plainGreedy(real, generated),
            SampleMatching.pair(real, generated, MatchingPairing.GREEDY, window, p), "trial " + trial);
      }
    }
  }
}
