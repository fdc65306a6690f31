package io.kairos.hardware.sim;

import io.kairos.hardware.tables.Compartment;

/**
 * One fixed-point CUBA compartment stepped on its own: the readable reference for the rules of
 * docs/fixed-point.md. {@link ChipSimulator} inlines the same arithmetic into flat-array loops and
 * is tested against this class.
 */
public final class CubaCompartment {
    private final CubaDatapath dp;
    private final Compartment params;
    private int u;
    private int v;
    private int refEnd;

    public CubaCompartment(CubaDatapath dp, Compartment params) {
        this.dp = dp;
        this.params = params;
    }

    /**
     * Advances to step {@code t} with {@code input} = the sum of synaptic increments arriving for
     * step t (already shifted, see {@link CubaDatapath#synapticIncrement}). Returns whether the
     * compartment spikes at step t.
     */
    public boolean step(int t, int input) {
        u = dp.wrapCurrent(dp.decay(u, dp.currentFactor(params.du())) + input);
        if (t < refEnd) {
            return false; // refractory or spent one-shot: v is held and does not integrate
        }
        int vNext = dp.saturateVoltage((long) dp.decay(v, dp.voltageFactor(params.dv())) + u
                + dp.bias(params.biasMant(), params.biasExp()));
        if (vNext > dp.threshold(params.vthMant())) {
            v = 0;
            refEnd = params.oneShot() ? Integer.MAX_VALUE : t + params.refractoryDelay();
            return true;
        }
        v = vNext;
        return false;
    }

    /**
     * Whether the update of step {@code t} with this input counts as active (docs/hardware-model.md):
     * it has input or current, or, when not refractory, a voltage or bias. Call before {@link #step}.
     */
    public boolean isActive(int t, int input) {
        boolean frozen = t < refEnd;
        return input != 0 || u != 0 || (!frozen && (v != 0 || dp.bias(params.biasMant(), params.biasExp()) != 0));
    }

    /** Back to power-on state: u = v = 0, not refractory, one-shot re-armed. */
    public void reset() {
        u = 0;
        v = 0;
        refEnd = 0;
    }

    public int u() {
        return u;
    }

    public int v() {
        return v;
    }
}
