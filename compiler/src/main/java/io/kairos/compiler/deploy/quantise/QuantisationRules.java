package io.kairos.compiler.deploy.quantise;

import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;

/**
 * Each quantisation rule of docs/quantisation.md as a pure function. Range errors are {@link
 * DeploymentException}s whose message quotes the bound and the value.
 */
public final class QuantisationRules {
  private QuantisationRules() {}

  /** A weight's mantissa, whether it was clipped, and its error {@code m / scale - w} in float units. */
  public record Mantissa(int value, boolean clipped, double error) {}

  /** A threshold mantissa and the float threshold it represents, {@code vthMant / (scale * 2^exp)}. */
  public record Threshold(int vthMant, double represented) {}

  /** A bias {@code biasMant << biasExp} and the float bias it represents. */
  public record Bias(int mant, int exp, double represented) {}

  /** Rounds half away from zero: 2.5 -> 3, -2.5 -> -3. */
  public static long roundHalfAwayFromZero(double x) {
    double r = Math.floor(Math.abs(x) + 0.5);
    return (long) Math.copySign(r, x);
  }

  /**
   * The scale (mantissa units per float unit) that maps {@code reference} (the largest |w|, or a
   * quantile of |w|) onto the largest positive mantissa {@code 2^(b-1) - 1}.
   */
  public static double fullRangeScale(double reference, DatapathWidths w) {
    if (!(reference > 0) || Double.isInfinite(reference)) {
      throw new DeploymentException("the weight scale reference must be a positive finite number, got " + reference);
    }
    return w.weightMax() / reference;
  }

  /** {@code m = clip(roundHalfAwayFromZero(w * scale), weightMin, weightMax)}. */
  public static Mantissa mantissa(double weight, double scale, DatapathWidths w) {
    if (!Double.isFinite(weight)) {
      throw new DeploymentException("weight " + weight + " is not a finite number");
    }
    long r = roundHalfAwayFromZero(weight * scale);
    boolean clipped = r < w.weightMin() || r > w.weightMax();
    int m = (int) Math.max(w.weightMin(), Math.min(w.weightMax(), r));
    return new Mantissa(m, clipped, m / scale - weight);
  }

  /**
   * {@code vthMant = floor(theta * scale) * 2^exp}. With integer mantissas {@code m_i} and a
   * non-negative exponent, {@code sum(m_i) * 2^(exp+6) > vthMant << 6} holds exactly when {@code
   * sum(m_i) > theta * scale}: the floor (not rounding) makes the integer crossing identical to
   * the crossing of the scaled threshold.
   *
   * @throws DeploymentException when the mantissa exceeds {@code 2^thresholdMantBits - 1}
   */
  public static Threshold threshold(double theta, double scale, int exp, DatapathWidths w) {
    if (!(theta > 0) || !Double.isFinite(theta)) {
      throw new DeploymentException("threshold must be a positive finite number, got " + theta);
    }
    if (exp < 0) {
      throw new DeploymentException("weight exponent must be >= 0 for an exact threshold, got " + exp);
    }
    double mant = Math.floor(theta * scale) * Math.pow(2, exp);
    if (mant > w.thresholdMantMax()) {
      throw new DeploymentException(
          "threshold mantissa " + (long) mant + " (threshold " + theta + " at scale " + scale
              + ") exceeds the " + w.thresholdMantBits() + "-bit bound " + w.thresholdMantMax());
    }
    return new Threshold((int) mant, mant / (scale * Math.pow(2, exp)));
  }

  /**
   * du for a float current decay fraction c: {@code round(c * 2^decayBits) - offset}, clamped to
   * {@code [0, 2^decayBits - 1]}; c = 1 gives the du that clears u every step.
   */
  public static int currentDecay(double fraction, DatapathWidths w) {
    checkFraction("current decay", fraction);
    long d = roundHalfAwayFromZero(fraction * w.decayOne()) - w.currentDecayOffset();
    return (int) Math.max(0, Math.min(w.decayMax(), d));
  }

  /** dv for a float voltage decay fraction: {@code round(c * 2^decayBits)}, at most {@code 2^decayBits - 1}. */
  public static int voltageDecay(double fraction, DatapathWidths w) {
    checkFraction("voltage decay", fraction);
    long d = roundHalfAwayFromZero(fraction * w.decayOne());
    return (int) Math.min(w.decayMax(), d);
  }

  private static void checkFraction(String what, double f) {
    if (!(f >= 0 && f <= 1)) {
      throw new DeploymentException(what + " must be in [0, 1], got " + f);
    }
  }

  /**
   * A float bias in voltage units {@code round(bias * vPerUnit)} written as {@code biasMant <<
   * biasExp} with the smallest exponent whose mantissa fits (low bits rounded away).
   *
   * @throws DeploymentException when even the largest exponent cannot hold it
   */
  public static Bias bias(double bias, double vPerUnit, DatapathWidths w) {
    long target = roundHalfAwayFromZero(bias * vPerUnit);
    for (int e = 0; e <= w.biasExpMax(); e++) {
      long m = roundHalfAwayFromZero(target / Math.pow(2, e));
      if (m >= w.biasMantMin() && m <= w.biasMantMax()) {
        return new Bias((int) m, e, (m << e) / vPerUnit);
      }
    }
    throw new DeploymentException(
        "bias " + bias + " is " + target + " in voltage units, beyond the largest bias "
            + ((long) w.biasMantMax() << w.biasExpMax()));
  }

  /**
   * The self-inhibition one compartment needs (voltage units) for the fire-once proof: {@code P -
   * 2 * vth - 1}, where P is the sum of its positive incoming increments and vth the threshold in
   * voltage units; zero or less means it cannot fire twice and needs none.
   */
  public static long selfInhibitionNeed(long positiveSum, long vth) {
    return positiveSum - 2 * vth - 1;
  }

  /**
   * The exponent of a layer's self-inhibitory synapses: the smallest exponent in {@code [max(0,
   * expMin), expMax]} at which one synapse of the most negative mantissa reaches {@code maxNeed};
   * {@code expMax} when none does (then compartments get several synapses).
   */
  public static int selfExponent(long maxNeed, DatapathWidths w) {
    long unit = -(long) w.weightMin();
    for (int e = Math.max(0, w.weightExpMin()); e <= w.weightExpMax(); e++) {
      if (unit << (e + w.weightShift()) >= maxNeed) {
        return e;
      }
    }
    return w.weightExpMax();
  }

  /**
   * Self-inhibitory mantissas whose total effect {@code sum(m) << (exp + weightShift)} is at most
   * {@code -need}: as few synapses as possible, all of the most negative mantissa except the last,
   * which takes the remainder rounded away from zero. Empty when {@code need <= 0}.
   */
  public static int[] selfInhibition(long need, int exp, DatapathWidths w) {
    if (need <= 0) {
      return new int[0];
    }
    long step = 1L << (exp + w.weightShift());
    long unitsNeeded = (need + step - 1) / step;
    long most = -(long) w.weightMin();
    int count = (int) ((unitsNeeded + most - 1) / most);
    int[] m = new int[count];
    java.util.Arrays.fill(m, w.weightMin());
    m[count - 1] = (int) -(unitsNeeded - (count - 1) * most);
    return m;
  }

  /** The effect in voltage units of synapses with these mantissas at this exponent. */
  public static long effect(int[] mantissas, int exp, DatapathWidths w) {
    long s = 0;
    for (int m : mantissas) {
      s += m;
    }
    return s << (exp + w.weightShift());
  }
}
