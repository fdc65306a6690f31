package io.kairos.runtime.engine;

import java.util.Arrays;

/**
 * A minimum-total-cost perfect assignment of {@code n} rows to {@code n} columns (the Hungarian
 * method of Kuhn and Munkres, O(n^3), in exact {@code long} arithmetic), used by sample matching's
 * {@code optimal} pairing (docs/gan.md, "Matching pairing").
 *
 * <p><b>Ties.</b> When several assignments share the minimum total cost, the result is the one
 * whose array {@code (column of row 0, column of row 1, ...)} is lexicographically smallest: row 0
 * gets the smallest column any optimal assignment gives it, then row 1 the smallest column left to
 * it, and so on. The result is thus a function of the cost matrix alone, never of how it was
 * computed (and the computation is single-threaded anyway).
 *
 * <p>How the tie rule is met in O(n^3): the Hungarian method ends with dual potentials {@code u, v}
 * ({@code u_i + v_j <= cost_ij}); an assignment is optimal exactly when all its pairs are tight
 * ({@code u_i + v_j = cost_ij}), by complementary slackness. So the optimal assignments are the
 * perfect matchings of the tight pairs, and for each row in order the smallest column whose pair
 * lies in one of them is found from the current matching: a tight pair outside it belongs to some
 * perfect matching exactly when it lies on an alternating cycle (one backward search per row),
 * along which the matching is then rotated.
 */
public final class OptimalAssignment {
  private OptimalAssignment() {}

  /**
   * The minimum-total-cost assignment of {@code cost} ({@code n x n}, {@code cost[row][column]}):
   * {@code result[row]} is the row's column, every column used once. Ties as in the class comment.
   *
   * @throws IllegalArgumentException if the matrix is not square or a cost is so large in magnitude
   *     that sums of {@code n + 1} of them could overflow
   */
  public static int[] solve(long[][] cost) {
    int n = cost.length;
    long limit = Long.MAX_VALUE / 4 / (n + 1);
    for (long[] row : cost) {
      if (row.length != n) {
        throw new IllegalArgumentException("the cost matrix must be square: " + n + " rows, a row of " + row.length);
      }
      for (long c : row) {
        if (c > limit || c < -limit) {
          throw new IllegalArgumentException("cost " + c + " is too large for an assignment of " + n);
        }
      }
    }
    if (n == 0) {
      return new int[0];
    }
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] assignment = hungarian(cost, u, v);
    lexicographicallySmallest(cost, u, v, assignment);
    return assignment;
  }

  /** Total cost of {@code assignment} ({@code assignment[row]} = column). */
  public static long cost(long[][] cost, int[] assignment) {
    long total = 0;
    for (int i = 0; i < assignment.length; i++) {
      total += cost[i][assignment[i]];
    }
    return total;
  }

  /**
   * The shortest-augmenting-path Hungarian method with potentials (rows and columns 1-based inside,
   * column 0 a sentinel); leaves optimal duals in {@code u} (rows) and {@code v} (columns).
   */
  private static int[] hungarian(long[][] a, long[] u, long[] v) {
    int n = a.length;
    long inf = Long.MAX_VALUE / 2;
    int[] owner = new int[n + 1]; // owner[j]: the row (1-based) holding column j, 0 = none
    int[] way = new int[n + 1];
    long[] minv = new long[n + 1];
    boolean[] used = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      owner[0] = i;
      int j0 = 0;
      Arrays.fill(minv, inf);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = owner[j0];
        long delta = inf;
        int j1 = 0;
        long[] row = a[i0 - 1];
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = row[j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[owner[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (owner[j0] != 0);
      do {
        int j1 = way[j0];
        owner[j0] = owner[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assignment = new int[n];
    for (int j = 1; j <= n; j++) {
      assignment[owner[j] - 1] = j - 1;
    }
    return assignment;
  }

  /**
   * Turns the optimal {@code assignment} into the lexicographically smallest optimal one (class
   * comment), row by row; a fixed row and its column take no further part.
   */
  private static void lexicographicallySmallest(long[][] a, long[] u, long[] v, int[] assignment) {
    int n = a.length;
    int[] owner = new int[n];
    for (int i = 0; i < n; i++) {
      owner[assignment[i]] = i;
    }
    boolean[] fixedRow = new boolean[n];
    boolean[] fixedColumn = new boolean[n];
    int[] next = new int[n]; // next[x]: x can take next[x]'s column, one step nearer the current row
    boolean[] reaches = new boolean[n]; // rows that can reach the current row (it takes their columns' places)
    int[] queue = new int[n];
    int[] path = new int[n];
    for (int i = 0; i < n; i++) {
      // Backward search from i: row x reaches i when x can take the column of a row that reaches i.
      Arrays.fill(reaches, false);
      reaches[i] = true;
      int head = 0;
      int tail = 0;
      queue[tail++] = i;
      while (head < tail) {
        int y = queue[head++];
        int column = assignment[y];
        for (int x = 0; x < n; x++) {
          if (!fixedRow[x] && !reaches[x] && tight(a, u, v, x, column)) {
            reaches[x] = true;
            next[x] = y;
            queue[tail++] = x;
          }
        }
      }
      int chosen = assignment[i];
      for (int j = 0; j < chosen; j++) {
        if (!fixedColumn[j] && tight(a, u, v, i, j) && reaches[owner[j]]) {
          chosen = j;
          break;
        }
      }
      if (chosen != assignment[i]) {
        // Rotate along the cycle i -> owner[chosen] -> next ... -> i: each row takes its next's column.
        int length = 0;
        for (int x = owner[chosen]; x != i; x = next[x]) {
          path[length++] = x;
        }
        int freed = assignment[i];
        for (int k = 0; k < length; k++) {
          int x = path[k];
          int column = k + 1 < length ? assignment[path[k + 1]] : freed;
          assignment[x] = column;
          owner[column] = x;
        }
        assignment[i] = chosen;
        owner[chosen] = i;
      }
      fixedRow[i] = true;
      fixedColumn[assignment[i]] = true;
    }
  }

  private static boolean tight(long[][] a, long[] u, long[] v, int row, int column) {
    return a[row][column] - u[row + 1] - v[column + 1] == 0;
  }
}
