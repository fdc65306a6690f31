package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {
  /** The lexicographically smallest of the minimum-cost permutations, by trying all n! of them. */
  private static int[] bruteForce(long[][] cost) {
    int n = cost.length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    int[] best = perm.clone();
    long bestCost = OptimalAssignment.cost(cost, perm);
    // permutations in lexicographic order: the first of equal cost is the lexicographically smallest
    while (nextPermutation(perm)) {
      long c = OptimalAssignment.cost(cost, perm);
      if (c < bestCost) {
        bestCost = c;
        best = perm.clone();
      }
    }
    return best;
  }

  private static boolean nextPermutation(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
    for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
      t = a[l];
      a[l] = a[r];
      a[r] = t;
    }
    return true;
  }

  private static long[][] random(SplittableRandom rnd, int n, long bound, boolean negative) {
    long[][] c = new long[n][n];
    for (long[] row : c) {
      for (int j = 0; j < n; j++) {
        row[j] = rnd.nextLong(bound) - (negative ? bound / 2 : 0);
      }
    }
    return c;
  }

  @Test
  void equalsBruteForceOnRandomMatricesUpToSeven() {
    SplittableRandom rnd = new SplittableRandom(42);
    int checked = 0;
    for (int n = 1; n <= 7; n++) {
      // bound 3: many ties, so the tie rule is what is tested; 1e9: few ties; negatives too
      for (long bound : new long[] {2, 3, 10, 1_000_000_000L}) {
        for (int trial = 0; trial < (n <= 5 ? 40 : 8); trial++) {
          long[][] cost = random(rnd, n, bound, trial % 2 == 1);
          assertArrayEquals(bruteForce(cost), OptimalAssignment.solve(cost), "n " + n + ", bound " + bound + ", trial "
              + trial);
          checked++;
        }
      }
    }
    assertTrue(checked > 500);
  }

  @Test
  void handCases() {
    assertArrayEquals(new int[0], OptimalAssignment.solve(new long[0][0]));
    assertArrayEquals(new int[] {0}, OptimalAssignment.solve(new long[][] {{7}}));
    // the cheapest entry (1) is not in the optimum: 4 + 49 = 53 beats 1 + 100
    assertArrayEquals(new int[] {0, 1}, OptimalAssignment.solve(new long[][] {{4, 100}, {1, 49}}));
    // anti-diagonal is cheapest
    assertArrayEquals(new int[] {2, 1, 0}, OptimalAssignment.solve(new long[][] {{9, 9, 1}, {9, 1, 9}, {1, 9, 9}}));
  }

  @Test
  void tiesGoToTheLexicographicallySmallestAssignment() {
    // every assignment costs the same: the identity
    long[][] flat = new long[5][5];
    for (long[] row : flat) {
      java.util.Arrays.fill(row, 3);
    }
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, OptimalAssignment.solve(flat));
    // rows equal: cost depends on the column only, so again every assignment ties
    assertArrayEquals(new int[] {0, 1, 2}, OptimalAssignment.solve(new long[][] {{5, 1, 9}, {5, 1, 9}, {5, 1, 9}}));
    // row 1 must take column 0; rows 0 and 2 then cost 1 + 0 either way: optima {1, 0, 2} and {2, 0, 1}
    long[][] two = {{9, 1, 1}, {1, 9, 9}, {9, 0, 0}};
    assertEquals(2, OptimalAssignment.cost(two, OptimalAssignment.solve(two)));
    assertArrayEquals(new int[] {1, 0, 2}, OptimalAssignment.solve(two));
    // transposed: row 0 must take column 1; optima {1, 0, 2} and {1, 2, 0}
    long[][] transposed = {{9, 1, 9}, {1, 9, 0}, {1, 9, 0}};
    assertArrayEquals(new int[] {1, 0, 2}, OptimalAssignment.solve(transposed));
  }

  @Test
  void aFewHundredRowsAreAPermutationNoWorseThanGreedy() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 300;
    long[][] cost = random(rnd, n, 1_000_000, false);
    int[] a = OptimalAssignment.solve(cost);
    boolean[] seen = new boolean[n];
    for (int j : a) {
      assertTrue(!seen[j], "column " + j + " used twice");
      seen[j] = true;
    }
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    assertTrue(OptimalAssignment.cost(cost, a) <= OptimalAssignment.cost(cost, identity));
    // greedy (by increasing cost) is a valid assignment too; the optimum cannot cost more
    assertTrue(OptimalAssignment.cost(cost, a) <= OptimalAssignment.cost(cost, greedy(cost)));
    assertArrayEquals(a, OptimalAssignment.solve(cost), "the same matrix gives the same assignment");
  }

  private static int[] greedy(long[][] cost) {
    int n = cost.length;
    Integer[] byCost = new Integer[n * n];
    for (int k = 0; k < n * n; k++) {
      byCost[k] = k;
    }
    java.util.Arrays.sort(byCost, (x, y) -> Long.compare(cost[x / n][x % n], cost[y / n][y % n]));
    int[] a = new int[n];
    java.util.Arrays.fill(a, -1);
    boolean[] taken = new boolean[n];
    for (int k : byCost) {
      if (a[k / n] < 0 && !taken[k % n]) {
        a[k / n] = k % n;
        taken[k % n] = true;
      }
    }
    return a;
  }

  @Test
  void refusesNonSquareMatricesAndCostsThatCouldOverflow() {
    assertThrows(IllegalArgumentException.class, () -> OptimalAssignment.solve(new long[][] {{1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> OptimalAssignment.solve(new long[][] {{Long.MAX_VALUE / 4}}));
  }
}
