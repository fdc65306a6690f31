package io.kairos.hardware.sim;

import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.Compartment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of docs/fixed-point.md, checked on hand-computed integers (Loihi 1 widths). */
class CubaDatapathTest {
    private final CubaDatapath dp = new CubaDatapath(ChipSpecLoader.preset("loihi1"));
    private static final int TWO23 = 1 << 23;

    @Test
    void decayRoundsTowardZeroForNegativeValues() {
        // -4097 * 4095 = -16,777,215; |.| >> 12 = 4095 (4095.99...), so -4095; an arithmetic shift would give -4096.
        assertEquals(-4095, dp.decay(-4097, 4095));
        assertEquals(4095, dp.decay(4097, 4095));
        assertEquals(-1, dp.decay(-3, 2048)); // -1.5 -> -1
        assertEquals(0, dp.decay(-1, 4095)); // -0.99... -> 0
        assertEquals(-TWO23 + 2048, dp.decay(-TWO23, 4095)); // exact: -2^23 * 4095 / 4096
    }

    @Test
    void decayFactorsFollowTheOffsets() {
        assertEquals(0, dp.currentFactor(4095)); // du = 4095 clears u (Loihi 1 offset 1)
        assertEquals(4095, dp.currentFactor(0)); // du = 0 still decays u by 1/4096
        assertEquals(4096, dp.voltageFactor(0)); // dv = 0: no leak
        assertEquals(1, dp.voltageFactor(4095));
    }

    @Test
    void synapticIncrementIsExactDownToExponentMinus6AndRoundsTowardZeroBelow() {
        assertEquals(80, dp.synapticIncrement(5, -2)); // 5 * 2^4
        assertEquals(5, dp.synapticIncrement(5, -6)); // 5 * 2^0
        assertEquals(2, dp.synapticIncrement(5, -7)); // 2.5 -> 2
        assertEquals(-2, dp.synapticIncrement(-5, -7)); // -2.5 -> -2, not -3
        assertEquals(0, dp.synapticIncrement(-1, -8)); // -0.25 -> 0
        assertEquals(-32, dp.synapticIncrement(-128, -8));
        assertEquals(127 << 13, dp.synapticIncrement(127, 7));
        assertEquals(-128 << 13, dp.synapticIncrement(-128, 7));
    }

    @Test
    void currentWrapsTo24BitTwosComplement() {
        assertEquals(TWO23 - 1, dp.wrapCurrent(TWO23 - 1));
        assertEquals(-TWO23, dp.wrapCurrent(TWO23)); // 2^23 is not representable: wraps to -2^23
        assertEquals(-TWO23, dp.wrapCurrent(-TWO23));
        assertEquals(TWO23 - 1, dp.wrapCurrent(-TWO23 - 1));
        assertEquals(5, dp.wrapCurrent((1 << 24) + 5));
        assertEquals(-TWO23 + 99, dp.wrapCurrent(3 * TWO23 + 99)); // several periods away still wraps
    }

    @Test
    void voltageSaturatesSymmetrically() {
        assertEquals(TWO23 - 1, dp.saturateVoltage(TWO23));
        assertEquals(TWO23 - 1, dp.saturateVoltage(Long.MAX_VALUE / 2));
        assertEquals(-(TWO23 - 1), dp.saturateVoltage(-TWO23));
        assertEquals(-12, dp.saturateVoltage(-12));
    }

    @Test
    void thresholdAndBiasShifts() {
        assertEquals(64 * 100, dp.threshold(100));
        assertEquals(((1 << 17) - 1) << 6, dp.threshold((1 << 17) - 1));
        assertEquals(-4096 * 128, dp.bias(-4096, 7));
    }

    private CubaCompartment ifNeuron(int vth, int refractory, boolean oneShot) {
        return new CubaCompartment(dp, Compartment.integrateAndFire(vth, refractory, oneShot));
    }

    @Test
    void thresholdIsStrict() {
        CubaCompartment c = ifNeuron(1, 1, false); // fires when v > 64
        assertFalse(c.step(0, 64));
        assertEquals(64, c.v());
        assertTrue(c.step(1, 1)); // 65 > 64
        assertEquals(0, c.v()); // reset to 0
    }

    @Test
    void resetKeepsTheCurrent() {
        // du = 0: u decays by 4095/4096 and survives the spike.
        CubaCompartment c = new CubaCompartment(dp, new Compartment(1, 0, 0, 0, 0, 1, false));
        assertTrue(c.step(0, 10_000));
        assertEquals(10_000, c.u());
        assertEquals(0, c.v());
        assertTrue(c.step(1, 0)); // u = RTZ(10000 * 4095 / 4096) = 9997
        assertEquals(9997, c.u());
    }

    @Test
    void voltageSaturatesInsteadOfWrapping() {
        CubaCompartment c = new CubaCompartment(dp, new Compartment((1 << 17) - 1, 4095, 0, 0, 0, 1, false));
        // threshold = 2^23 - 64; inputs of 2^22 (u wraps? no: 2^22 fits) push v to the cap, never past it
        assertFalse(c.step(0, 1 << 22));
        assertTrue(c.step(1, 1 << 22)); // 2^23 saturates to 2^23 - 1 > 2^23 - 64
    }

    @Test
    void negativeVoltageDecayRoundsTowardZero() {
        CubaCompartment c = new CubaCompartment(dp, new Compartment(100, 4095, 2048, 0, 0, 1, false));
        c.step(0, -3); // v = -3
        assertEquals(-3, c.v());
        c.step(1, 0); // RTZ(-3 * 2048 / 4096) = RTZ(-1.5) = -1
        assertEquals(-1, c.v());
        c.step(2, 0); // RTZ(-0.5) = 0
        assertEquals(0, c.v());
    }

    @Test
    void biasIsAddedEveryStep() {
        CubaCompartment c = new CubaCompartment(dp, new Compartment(1, 4095, 0, 3, 4, 1, false)); // +48 per step
        assertFalse(c.step(0, 0));
        assertEquals(48, c.v());
        assertTrue(c.step(1, 0)); // 96 > 64
    }

    @Test
    void refractoryHoldsVoltageAndSkipsIntegration() {
        CubaCompartment c = ifNeuron(1, 3, false);
        assertTrue(c.step(0, 1000));
        assertFalse(c.step(1, 1000)); // refractory steps 1 and 2
        assertEquals(0, c.v());
        assertFalse(c.step(2, 1000));
        assertEquals(0, c.v());
        assertTrue(c.step(3, 1000)); // refractory_delay 3: may fire again at t + 3
        CubaCompartment r1 = ifNeuron(1, 1, false);
        assertTrue(r1.step(0, 1000));
        assertTrue(r1.step(1, 1000)); // refractory_delay 1 = no refractory period
    }

    @Test
    void oneShotFiresOnceUntilReset() {
        CubaCompartment c = ifNeuron(1, 1, true);
        assertTrue(c.step(0, 1000));
        for (int t = 1; t < 100; t++) {
            assertFalse(c.step(t, 1000));
        }
        c.reset();
        assertTrue(c.step(0, 1000));
    }
}
