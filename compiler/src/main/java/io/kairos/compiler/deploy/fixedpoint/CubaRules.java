package io.kairos.compiler.deploy.fixedpoint;

/**
 * The integer rules of one CUBA compartment update, as pure functions (docs/quantisation.md,
 * "Fixed-point semantics"; the same rules as Lava's bit-accurate LIF model). Written here, apart
 * from the hardware model's datapath, so that this reference is an independent oracle for it.
 */
public final class CubaRules {
  private CubaRules() {}

  /** Round toward zero of {@code x / 2^bits}: {@code sign(x) * (|x| >> bits)}. */
  public static long rtzShift(long x, int bits) {
    return x >= 0 ? x >> bits : -((-x) >> bits);
  }

  /** {@code RTZ(u * (2^decayBits - (du + offset)) / 2^decayBits)}. */
  public static long decayCurrent(long u, int du, DatapathWidths w) {
    long keep = w.decayOne() - (long) (du + w.currentDecayOffset());
    return rtzShift(u * Math.max(0, keep), w.decayBits());
  }

  /** {@code RTZ(v * (2^decayBits - dv) / 2^decayBits)}. */
  public static long decayVoltage(long v, int dv, DatapathWidths w) {
    return rtzShift(v * (w.decayOne() - (long) dv), w.decayBits());
  }

  /**
   * Wraps u to the {@code uBits} two's complement range: {@code u mod 2^uBits} taken in {@code
   * [-2^(uBits-1), 2^(uBits-1) - 1]} (the register keeps its low bits). The deployment compiler
   * proves that its networks never wrap; the rule matters only for the reference's own tests.
   */
  public static long wrapCurrent(long u, DatapathWidths w) {
    long half = 1L << (w.uBits() - 1);
    long full = 1L << w.uBits();
    return Math.floorMod(u + half, full) - half;
  }

  /** Clamps v to {@code [-(2^(vBits-1) - 1), 2^(vBits-1) - 1]}. */
  public static long saturateVoltage(long v, DatapathWidths w) {
    long max = w.vMax();
    return Math.max(-max, Math.min(max, v));
  }

  /** The synaptic input {@code a}: a mantissa sum shifted by its (non-negative) exponent. */
  public static long shiftedInput(long mantissaSum, int exp) {
    if (exp < 0) {
      throw new IllegalArgumentException("negative weight exponents are not used (got " + exp + ")");
    }
    return mantissaSum << exp;
  }

  /** The new current: {@code wrap(decay(u) + (a << weightShift))}. */
  public static long nextCurrent(long u, long a, int du, DatapathWidths w) {
    return wrapCurrent(decayCurrent(u, du, w) + (a << w.weightShift()), w);
  }

  /** The new voltage before the spike test: {@code saturate(decay(v) + u + (biasMant << biasExp))}. */
  public static long nextVoltage(long v, long u, int dv, int biasMant, int biasExp, DatapathWidths w) {
    return saturateVoltage(decayVoltage(v, dv, w) + u + ((long) biasMant << biasExp), w);
  }

  /** The threshold in voltage units, {@code vthMant << thresholdShift}. */
  public static long threshold(int vthMant, DatapathWidths w) {
    return (long) vthMant << w.thresholdShift();
  }

  /** The strict spike test {@code v > vthMant << thresholdShift}. */
  public static boolean spikes(long v, int vthMant, DatapathWidths w) {
    return v > threshold(vthMant, w);
  }
}
