package io.kairos.hardware.sim;

import io.kairos.hardware.spec.ChipSpec;

/**
 * The integer rules of the fixed-point CUBA compartment (docs/fixed-point.md), as small pure
 * functions the simulator inlines and the tests check one by one. With the Loihi widths
 * (24-bit u and v, 12-bit decays, shifts of 6):
 * <pre>
 *   inc(w, e) = w * 2^(6 + e)                      exact for e >= -6; rounded toward zero below
 *   u'  = wrap24( RTZ(u * (4096 - (du + 1)) / 4096) + sum of inc )
 *   v'  = sat24 ( RTZ(v * (4096 - dv) / 4096) + u' + (biasMant << biasExp) )
 *   spike = v' > (vthMant << 6);  on spike v' = 0
 * </pre>
 */
public final class CubaDatapath {
    private final int decayBits;
    private final int currentDecayOffset;
    private final int uShift;
    private final int vMax;
    private final int weightShift;
    private final int thresholdShift;

    public CubaDatapath(ChipSpec spec) {
        ChipSpec.NeuronWidths n = spec.neuron();
        this.decayBits = n.decayBits();
        this.currentDecayOffset = n.currentDecayOffset();
        this.uShift = 32 - n.uBits();
        this.vMax = (1 << (n.vBits() - 1)) - 1;
        this.weightShift = n.weightShift();
        this.thresholdShift = n.thresholdShift();
    }

    /** Multiplier of u per step: {@code 2^decayBits - (du + offset)}, 0 when u is cleared. */
    public int currentFactor(int du) {
        return Math.max(0, (1 << decayBits) - (du + currentDecayOffset));
    }

    /** Multiplier of v per step: {@code 2^decayBits - dv}. */
    public int voltageFactor(int dv) {
        return (1 << decayBits) - dv;
    }

    /**
     * {@code RTZ(x * factor / 2^decayBits)}: the product is exact in 64 bits, then its magnitude is
     * shifted right, so negative values round toward zero as the hardware's sign-magnitude
     * decay unit does (an arithmetic shift would round toward minus infinity).
     */
    public int decay(int x, int factor) {
        long p = (long) x * factor;
        return (int) (p >= 0 ? p >> decayBits : -((-p) >> decayBits));
    }

    /**
     * The synaptic increment {@code w * 2^(weightShift + exp)}. For {@code weightShift + exp >= 0}
     * it is the exact left shift; for a negative total shift (exponents -7 and -8 on Loihi) the
     * magnitude is shifted right, i.e. rounded toward zero, per synapse, before summation.
     */
    public int synapticIncrement(int weight, int weightExp) {
        int s = weightShift + weightExp;
        if (s >= 0) {
            return weight << s;
        }
        return weight >= 0 ? weight >> -s : -((-weight) >> -s);
    }

    /**
     * Wraps to u_bits two's complement: keeps the low u_bits bits and sign-extends, i.e. the
     * result is {@code x mod 2^uBits} in {@code [-2^(uBits-1), 2^(uBits-1) - 1]}. Because
     * {@code 2^uBits} divides {@code 2^32}, sums that overflowed a Java int wrap to the same value.
     */
    public int wrapCurrent(int x) {
        return (x << uShift) >> uShift;
    }

    /** Saturates to {@code [-(2^(vBits-1) - 1), 2^(vBits-1) - 1]} (symmetric, as Lava's model). */
    public int saturateVoltage(long x) {
        return (int) Math.max(-vMax, Math.min(vMax, x));
    }

    /** The bias term {@code biasMant << biasExp} (an exact multiplication by 2^biasExp). */
    public int bias(int biasMant, int biasExp) {
        return biasMant << biasExp;
    }

    /** The value v must strictly exceed to spike: {@code vthMant << thresholdShift}. */
    public int threshold(int vthMant) {
        return vthMant << thresholdShift;
    }

    int vMax() {
        return vMax;
    }

    int uShift() {
        return uShift;
    }

    int decayBits() {
        return decayBits;
    }
}
