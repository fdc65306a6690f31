package io.kairos.compiler.deploy.fixedpoint;

/**
 * The integer widths of a target's CUBA compartment and synapse format: everything the quantiser
 * and the reference simulator need to know about a chip, and nothing about its size or costs.
 * Built from a chip spec by the deployer; the presets here mirror the loihi1 and loihi2 specs so
 * that the quantiser and the reference can be used (and tested) on their own.
 *
 * @param weightBits bits of a signed two's complement weight mantissa: {@code [-2^(b-1), 2^(b-1)-1]}
 * @param weightExpMin smallest weight exponent
 * @param weightExpMax largest weight exponent
 * @param uBits width of the current u (two's complement, wraps)
 * @param vBits width of the voltage v (saturates at {@code +-(2^(vBits-1) - 1)})
 * @param decayBits width of du and dv; decays are multiplied by {@code (2^decayBits - d) / 2^decayBits}
 * @param currentDecayOffset added to du before decaying u (Loihi 1: 1, so du = 4095 clears u)
 * @param weightShift the 6 of {@code u += a << 6}
 * @param thresholdMantBits width of the unsigned threshold mantissa
 * @param thresholdShift the 6 of {@code v > vthMant << 6}
 * @param biasMantBits width of the signed bias mantissa
 * @param biasExpBits width of the unsigned bias exponent
 * @param oneShotNeuron whether a compartment can be flagged to fire at most once per window
 */
public record DatapathWidths(
    int weightBits,
    int weightExpMin,
    int weightExpMax,
    int uBits,
    int vBits,
    int decayBits,
    int currentDecayOffset,
    int weightShift,
    int thresholdMantBits,
    int thresholdShift,
    int biasMantBits,
    int biasExpBits,
    boolean oneShotNeuron) {

  /** The widths of a hardware-model chip spec. */
  public static DatapathWidths of(io.kairos.hardware.spec.ChipSpec spec) {
    var n = spec.neuron();
    var f = spec.synapseFormat();
    if (!f.weightSigned()) {
      throw new io.kairos.compiler.deploy.DeploymentException(
          "chip " + spec.name() + " has unsigned weights; the deployment compiler needs signed weight mantissas");
    }
    return new DatapathWidths(
        f.weightBits(), f.weightExpMin(), f.weightExpMax(), n.uBits(), n.vBits(), n.decayBits(),
        n.currentDecayOffset(), n.weightShift(), n.thresholdMantBits(), n.thresholdShift(),
        n.biasMantBits(), n.biasExpBits(), n.oneShotNeuron());
  }

  /** Loihi 1 (Davies et al. 2018; Lava's bit-accurate CUBA model). */
  public static final DatapathWidths LOIHI1 =
      new DatapathWidths(8, -8, 7, 24, 24, 12, 1, 6, 17, 6, 13, 3, false);

  /** Loihi 2: the Loihi 1 datapath plus a one-shot (fire-once) neuron. */
  public static final DatapathWidths LOIHI2 =
      new DatapathWidths(8, -8, 7, 24, 24, 12, 1, 6, 17, 6, 13, 3, true);

  public DatapathWidths {
    check(weightBits >= 2 && weightBits <= 16, "weight_bits", weightBits, "[2, 16]");
    check(weightExpMin <= weightExpMax, "weight_exp_min", weightExpMin, "<= weight_exp_max " + weightExpMax);
    check(uBits >= 8 && uBits <= 32, "u_bits", uBits, "[8, 32]");
    check(vBits >= 8 && vBits <= 32, "v_bits", vBits, "[8, 32]");
    check(decayBits >= 1 && decayBits <= 16, "decay_bits", decayBits, "[1, 16]");
    check(currentDecayOffset >= 0 && currentDecayOffset <= 1, "current_decay_offset", currentDecayOffset, "[0, 1]");
    check(weightShift >= 0 && weightShift <= 16, "weight_shift", weightShift, "[0, 16]");
    check(thresholdMantBits >= 1 && thresholdMantBits <= 24, "threshold_mant_bits", thresholdMantBits, "[1, 24]");
    check(thresholdShift >= 0 && thresholdShift <= 16, "threshold_shift", thresholdShift, "[0, 16]");
    check(biasMantBits >= 2 && biasMantBits <= 24, "bias_mant_bits", biasMantBits, "[2, 24]");
    check(biasExpBits >= 0 && biasExpBits <= 4, "bias_exp_bits", biasExpBits, "[0, 4]");
  }

  private static void check(boolean ok, String what, int value, String bound) {
    if (!ok) {
      throw new IllegalArgumentException(what + " must be in " + bound + ", got " + value);
    }
  }

  /** Smallest weight mantissa, {@code -2^(weightBits-1)}. */
  public int weightMin() {
    return -(1 << (weightBits - 1));
  }

  /** Largest weight mantissa, {@code 2^(weightBits-1) - 1}. */
  public int weightMax() {
    return (1 << (weightBits - 1)) - 1;
  }

  /** Largest threshold mantissa, {@code 2^thresholdMantBits - 1}. */
  public long thresholdMantMax() {
    return (1L << thresholdMantBits) - 1;
  }

  /** Largest |u| that never wraps: {@code 2^(uBits-1) - 1}. */
  public long uMax() {
    return (1L << (uBits - 1)) - 1;
  }

  /** The voltage saturates to {@code [-vMax, vMax]}, {@code vMax = 2^(vBits-1) - 1}. */
  public long vMax() {
    return (1L << (vBits - 1)) - 1;
  }

  /** {@code 2^decayBits}: the decay denominator (4096). */
  public int decayOne() {
    return 1 << decayBits;
  }

  /** The du that clears u every step (instantaneous synapse): {@code 2^decayBits - offset}. */
  public int duClear() {
    return decayOne() - currentDecayOffset;
  }

  /** Largest du or dv value, {@code 2^decayBits - 1}. */
  public int decayMax() {
    return decayOne() - 1;
  }

  public int biasMantMin() {
    return -(1 << (biasMantBits - 1));
  }

  public int biasMantMax() {
    return (1 << (biasMantBits - 1)) - 1;
  }

  public int biasExpMax() {
    return (1 << biasExpBits) - 1;
  }

  /** The same widths with another weight mantissa width (a deployment's {@code weight_bits}). */
  public DatapathWidths withWeightBits(int bits) {
    return new DatapathWidths(
        bits, weightExpMin, weightExpMax, uBits, vBits, decayBits, currentDecayOffset, weightShift,
        thresholdMantBits, thresholdShift, biasMantBits, biasExpBits, oneShotNeuron);
  }
}
