package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.MatchingPairing;
import org.junit.jupiter.api.Test;

class SampleMatchingTest {
  @Test
  void pairsEachGeneratedDigitWithTheNearestFreeRealDigit() {
    int[][] real = {{0, 0}, {10, 10}, {20, 0}};
    // generated 0 is nearest real 1, generated 1 nearest real 2, generated 2 nearest real 0
    int[][] generated = {{9, 11}, {19, 1}, {1, 0}};
    assertArrayEquals(new int[] {1, 2, 0}, SampleMatching.pair(real, generated));
  }

  @Test
  void aCollapsedGeneratorIsSpreadOverDistinctRealDigits() {
    int[][] real = {{0}, {5}, {9}, {200}};
    int[][] generated = {{4}, {4}, {4}, {4}};
    int[] partner = SampleMatching.pair(real, generated);
    // costs: real 1 -> 1, real 2 -> 25, real 0 -> 16, real 3 -> 196^2; equal costs break by r * n + c
    assertArrayEquals(new int[] {1, 0, 2, 3}, partner);
  }

  @Test
  void greedyTakesTheCheapestPairFirstEvenWhenThatIsNotTheOptimalAssignment() {
    // costs: (r0,c0) 4, (r0,c1) 100, (r1,c0) 1, (r1,c1) 49. Greedy takes (r1,c0) first, leaving
    // (r0,c1): total 101, where the optimal assignment (r0,c0),(r1,c1) costs 53.
    int[][] real = {{0}, {3}};
    int[][] generated = {{2}, {10}};
    assertArrayEquals(new int[] {1, 0}, SampleMatching.pair(real, generated));
  }

  @Test
  void optimalPairingFindsTheMinimumTotalWhereGreedyDoesNot() {
    // the case above: greedy pays 1 + 100 = 101, the optimal pairing 4 + 49 = 53
    int[][] real = {{0}, {3}};
    int[][] generated = {{2}, {10}};
    assertArrayEquals(new int[] {0, 1}, SampleMatching.pair(real, generated, MatchingPairing.OPTIMAL));
    assertArrayEquals(new int[] {1, 0}, SampleMatching.pair(real, generated, MatchingPairing.GREEDY));
  }

  @Test
  void optimalPairingOfACollapsedGeneratorBreaksTiesByIndex() {
    // every generated digit is the same, so every pairing costs the same: generated c gets real c
    int[][] real = {{0}, {5}, {9}, {200}};
    int[][] generated = {{4}, {4}, {4}, {4}};
    assertArrayEquals(new int[] {0, 1, 2, 3}, SampleMatching.pair(real, generated, MatchingPairing.OPTIMAL));
    // real 0 and 1 alike, generated 0 and 1 each at distance 1 from both: the smaller index goes first
    int[][] twins = {{7, 7}, {7, 7}, {0, 0}};
    int[][] near = {{6, 7}, {7, 8}, {1, 0}};
    assertArrayEquals(new int[] {0, 1, 2}, SampleMatching.pair(twins, near, MatchingPairing.OPTIMAL));
  }

  @Test
  void optimalPairingMatchesBruteForceOnRandomDigits() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    for (int trial = 0; trial < 30; trial++) {
      int n = 1 + trial % 6;
      int[][] real = new int[n][4];
      int[][] generated = new int[n][4];
      for (int k = 0; k < n; k++) {
        for (int p = 0; p < 4; p++) {
          real[k][p] = rnd.nextInt(3) * 100; // coarse times: many equal distances
          generated[k][p] = rnd.nextInt(3) * 100;
        }
      }
      long total = totalOf(real, generated, SampleMatching.pair(real, generated, MatchingPairing.OPTIMAL));
      assertEquals(bestTotal(real, generated, new boolean[n], 0), total, "trial " + trial);
      assertTrue(total <= totalOf(real, generated, SampleMatching.pair(real, generated)), "trial " + trial);
    }
  }

  private static long bestTotal(int[][] real, int[][] generated, boolean[] used, int c) {
    if (c == generated.length) {
      return 0;
    }
    long best = Long.MAX_VALUE;
    for (int r = 0; r < real.length; r++) {
      if (!used[r]) {
        used[r] = true;
        best = Math.min(best, PairCostsTest.squaredDistance(real[r], generated[c])
            + bestTotal(real, generated, used, c + 1));
        used[r] = false;
      }
    }
    return best;
  }

  private static long totalOf(int[][] real, int[][] generated, int[] partner) {
    long total = 0;
    for (int c = 0; c < partner.length; c++) {
      total += PairCostsTest.squaredDistance(real[partner[c]], generated[c]);
    }
    return total;
  }

  @Test
  void refusesUnequalBatches() {
    assertThrows(IllegalArgumentException.class, () -> SampleMatching.pair(new int[][] {{1}}, new int[][] {{1}, {2}}));
  }

  @Test
  void errorIsTheNormalisedTimeDifferenceTowardsThePartner() {
    double[] out = new double[3];
    assertTrue(SampleMatching.error(new int[] {10, 256, 0}, new int[] {13, 252, 0}, 256, out));
    // (3, -4, 0) / 256, normalised: (0.6, -0.8, 0)
    assertEquals(0.6, out[0], 1e-12);
    assertEquals(-0.8, out[1], 1e-12);
    assertEquals(0.0, out[2], 0.0);
    assertFalse(SampleMatching.error(new int[] {5, 6}, new int[] {5, 6}, 256, new double[2]));
  }

  /**
   * Window 100, threshold 100, margin 0.1. Pixels: 0 black in both, potential 95 (inside the margin,
   * x = (0.95 - 0.9) / 0.1 = 0.5): error +0.25; 1 black in both, potential 85 (outside): 0; 2 lit in
   * both at the same time, potential 104 (inside, x = (1.1 - 1.04) / 0.1 = 0.6): -0.3; 3 lit in both,
   * potential 130 (outside): 0; 4 lit in both, generated at 40, real at 10, potential 101 (inside,
   * x = 0.9): min(-0.3, -0.45) = -0.45; 5 lit here, black there, potential 101: the plain (100 - 20) /
   * 100 = 0.8, the margin never applies across sides; 6 black in both, potential 130 >> threshold
   * cannot happen for a silent neuron but caps at x = 1: +0.5.
   */
  @Test
  void theMarginPushesPixelsNearThresholdAwayFromItOnTheirOwnSide() {
    int w = 100;
    int[] t = {w, w, 5, 5, 40, 20, w};
    int[] target = {w, w, 5, 5, 10, w, w};
    float[] u = {95, 85, 104, 130, 101, 101, 130};
    double[] out = new double[7];
    assertTrue(SampleMatching.error(t, target, u, 100, 0.1, w, out));
    double[] raw = {0.25, 0, -0.3, 0, -0.45, 0.8, 0.5};
    double norm = 0;
    for (double r : raw) {
      norm += r * r;
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < raw.length; k++) {
      assertEquals(raw[k] / norm, out[k], 1e-12, "pixel " + k);
    }
  }

  @Test
  void marginZeroIsThePlainMatchingErrorAndMarginsOutsideZeroToOneAreRefused() {
    int[] t = {3, 100, 50};
    int[] target = {100, 100, 10};
    float[] u = {120, 99, 101};
    double[] plain = new double[3];
    double[] zero = new double[3];
    SampleMatching.error(t, target, 100, plain);
    SampleMatching.error(t, target, u, 100, 0, 100, zero);
    assertArrayEquals(plain, zero, 0);
    assertThrows(IllegalArgumentException.class, () -> SampleMatching.error(t, target, u, 100, 1.5, 100, zero));
    assertThrows(UnsupportedModelException.class, () -> new GanLearner.Options(0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1));
  }

  @Test
  void marginGStepsAreTheSameForAnyThreadCountAndDifferFromPlainMatching() {
    var margin = new GanLearner.Options(0.1, 0.5, 0, 0, 0, 0, 0, 0.5, 0.8, 0.1);
    var one = GanLearnerTest.trainTiny(1, 4, margin);
    var three = GanLearnerTest.trainTiny(3, 4, margin);
    for (int k = 0; k < one.size(); k++) {
      assertArrayEquals(one.get(k).data(), three.get(k).data(), 0f, "weights " + k);
    }
    var plain = GanLearnerTest.trainTiny(1, 4, new GanLearner.Options(0.1, 0.5, 0, 0, 0, 0, 0, 0.5, 0.8, 0));
    assertFalse(java.util.Arrays.equals(one.get(0).data(), plain.get(0).data()), "the margin changed nothing");
  }
}
