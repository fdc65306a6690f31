package io.kairos.compiler.lang;

/**
 * The allowed interval of a numeric parameter. {@code min}/{@code max} may be infinite.
 *
 * @param phrase how the bound reads in a message, e.g. "> 0" or "in [0, 1]"
 */
public record Bound(double min, boolean minInclusive, double max, boolean maxInclusive, String phrase) {
  public static final Bound ANY =
      new Bound(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, "finite");
  public static final Bound POSITIVE =
      new Bound(0, false, Double.POSITIVE_INFINITY, true, "> 0");
  public static final Bound NON_NEGATIVE =
      new Bound(0, true, Double.POSITIVE_INFINITY, true, ">= 0");
  public static final Bound PROBABILITY = new Bound(0, true, 1, true, "in [0, 1]");
  /** A quantile that picks an element: 0 would pick none. */
  public static final Bound QUANTILE = new Bound(0, false, 1, true, "in (0, 1]");
  public static final Bound FRACTION_BELOW_ONE = new Bound(0, true, 1, false, "in [0, 1)");

  public static Bound atLeast(long min) {
    return new Bound(min, true, Double.POSITIVE_INFINITY, true, ">= " + min);
  }

  public static Bound between(long min, long max) {
    return new Bound(min, true, max, true, "between " + min + " and " + max);
  }

  public boolean contains(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return false;
    }
    boolean aboveMin = minInclusive ? v >= min : v > min;
    boolean belowMax = maxInclusive ? v <= max : v < max;
    return aboveMin && belowMax;
  }
}
