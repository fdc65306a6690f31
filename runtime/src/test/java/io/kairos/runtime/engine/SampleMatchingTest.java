package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
