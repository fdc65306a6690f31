package io.kairos.runtime.engine;

import io.kairos.compiler.ir.MatchingPairing;
import java.util.Arrays;

/**
 * Sample matching (docs/gan.md, "Sample matching"): each generated digit of a G step is paired with
 * one real digit of the same step, and the pair's spike-time difference is an error at G's output,
 * mixed with the adversarial error. After implicit maximum-likelihood estimation (Li and Malik 2018)
 * and minibatch optimal-transport matching (Salimans et al. 2018): every real digit pulls a distinct
 * generated digit towards itself, so a G that draws one digit for every noise vector is pulled
 * apart, which the adversarial error alone does not do.
 *
 * <p>Pairing: the cost of (real {@code r}, generated {@code c}) is {@code sum_k (t_c,k - t_r,k)^2}
 * over the output spike times (silent = window). With {@code n} real and {@code n} generated digits
 * every generated digit gets exactly one partner. {@link MatchingPairing#GREEDY}: pairs are taken
 * greedily in increasing cost, ties by smaller {@code r * n + c}; a pair is kept when neither member
 * is paired yet. {@link MatchingPairing#OPTIMAL}: the pairing of minimum total cost ({@link
 * OptimalAssignment}); among equal totals, the one whose partners {@code (partner of generated 0,
 * partner of generated 1, ...)} are lexicographically smallest.
 *
 * <p>Error of generated digit {@code c} paired with real {@code r}: {@code e_k = (t_r,k - t_c,k) /
 * window}, L2-normalised as S4NN normalises its errors.
 *
 * <p>With a <b>margin</b> {@code m > 0} (docs/gan.md, "Matching margin") a pixel that is on the
 * right side of its threshold but close to it also gets an error, from its final membrane potential
 * {@code u} (threshold {@code theta}): black in both digits and {@code u > (1 - m) theta}: {@code
 * e_k = MARGIN_ERROR * min(1, (u / theta - (1 - m)) / m)} (later: lower the potential); lit in both
 * and {@code u < (1 + m) theta}: {@code e_k = min(e_k, -MARGIN_ERROR * min(1, ((1 + m) - u / theta) /
 * m))} (earlier: raise it). Lit in one and black in the other: unchanged.
 */
public final class SampleMatching {
  /** The error of a pixel at the far edge of the margin (before normalisation); half a window. */
  public static final double MARGIN_ERROR = 0.5;

  /** Any value works for the cost identity ({@link PairCosts}); 256 is the shipped window. */
  private static final int WINDOW_FOR_COSTS = 256;

  private SampleMatching() {}

  /**
   * The real partner of every generated digit by greedy pairing: {@code result[c]} indexes {@code
   * real}. Both arrays hold {@code n} spike-time vectors of equal length.
   */
  public static int[] pair(int[][] real, int[][] generated) {
    return pair(real, generated, MatchingPairing.GREEDY);
  }

  /** The real partner of every generated digit by {@code pairing}: {@code result[c]} indexes {@code real}. */
  public static int[] pair(int[][] real, int[][] generated, MatchingPairing pairing) {
    try (Parallel one = new Parallel(1)) {
      return pair(real, generated, pairing, WINDOW_FOR_COSTS, one);
    }
  }

  /**
   * The same pairing, its cost matrix computed on {@code parallel}'s threads; {@code window} is the
   * time of a silent output (the result does not depend on it, nor on the thread count: it only
   * makes the cost computation skip black pixels, {@link PairCosts}).
   */
  public static int[] pair(int[][] real, int[][] generated, MatchingPairing pairing, int window, Parallel parallel) {
    int n = generated.length;
    if (real.length != n) {
      throw new IllegalArgumentException("sample matching needs as many real as generated digits: " + real.length
          + " vs " + n);
    }
    long[][] cost = PairCosts.of(real, generated, window, parallel); // [real][generated]
    return switch (pairing) {
      case GREEDY -> greedy(cost);
      case OPTIMAL -> optimal(cost);
    };
  }

  private static int[] optimal(long[][] costByReal) {
    int n = costByReal.length;
    long[][] cost = new long[n][n]; // [generated][real]: rows are what gets a partner
    for (int c = 0; c < n; c++) {
      for (int r = 0; r < n; r++) {
        cost[c][r] = costByReal[r][c];
      }
    }
    return OptimalAssignment.solve(cost);
  }

  /**
   * Pairs in increasing cost, ties by smaller {@code r * n + c}. The order is a primitive sort of
   * {@code cost << 32 | (r * n + c)} (exactly the same order) when every cost fits 31 bits, which
   * it does for digits; a boxed sort otherwise.
   */
  private static int[] greedy(long[][] cost) {
    int n = cost.length;
    long[] byCost = new long[n * n];
    boolean packable = (long) n * n <= 0xFFFF_FFFFL;
    for (int r = 0; r < n && packable; r++) {
      for (int c = 0; c < n; c++) {
        long v = cost[r][c];
        if (v < 0 || v > Integer.MAX_VALUE) {
          packable = false;
          break;
        }
        byCost[r * n + c] = v << 32 | (r * n + c);
      }
    }
    int[] order = new int[n * n];
    if (packable) {
      Arrays.sort(byCost);
      for (int q = 0; q < n * n; q++) {
        order[q] = (int) (byCost[q] & 0xFFFF_FFFFL);
      }
    } else {
      Integer[] boxed = new Integer[n * n];
      for (int q = 0; q < n * n; q++) {
        boxed[q] = q;
      }
      Arrays.sort(boxed, (x, y) -> {
        long cx = cost[x / n][x % n];
        long cy = cost[y / n][y % n];
        return cx != cy ? Long.compare(cx, cy) : Integer.compare(x, y);
      });
      for (int q = 0; q < n * n; q++) {
        order[q] = boxed[q];
      }
    }
    int[] partner = new int[n];
    Arrays.fill(partner, -1);
    boolean[] realTaken = new boolean[n];
    int paired = 0;
    for (int q : order) {
      int r = q / n;
      int c = q % n;
      if (!realTaken[r] && partner[c] < 0) {
        realTaken[r] = true;
        partner[c] = r;
        if (++paired == n) {
          break;
        }
      }
    }
    return partner;
  }

  /**
   * The normalised matching error {@code (target - t) / window} of one generated digit with output
   * times {@code t}; returns false when it is all zero (the digit equals its partner).
   */
  public static boolean error(int[] t, int[] target, int window, double[] out) {
    return error(t, target, null, 1, 0, window, out);
  }

  /**
   * The matching error with a margin {@code margin} in [0, 1] around the threshold {@code threshold}
   * of the generated digit's output neurons, whose final potentials are {@code potential} (true
   * units, {@link TtfsNetwork#finalPotentials}; not read, and may be null, when {@code margin = 0},
   * which is the plain matching error).
   */
  public static boolean error(int[] t, int[] target, float[] potential, double threshold, double margin, int window,
      double[] out) {
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("the matching margin must be in [0, 1], got " + margin);
    }
    for (int k = 0; k < t.length; k++) {
      double e = (target[k] - t[k]) / (double) window;
      if (margin > 0) {
        boolean litHere = t[k] < window;
        boolean litThere = target[k] < window;
        double r = potential[k] / threshold;
        if (!litHere && !litThere) {
          double x = (r - (1 - margin)) / margin;
          if (x > 0) {
            e = MARGIN_ERROR * Math.min(1, x);
          }
        } else if (litHere && litThere) {
          double x = ((1 + margin) - r) / margin;
          if (x > 0) {
            e = Math.min(e, -MARGIN_ERROR * Math.min(1, x));
          }
        }
      }
      out[k] = e;
    }
    return TemporalBackprop.normalise(out, t.length);
  }
}
