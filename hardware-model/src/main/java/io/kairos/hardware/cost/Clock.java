package io.kairos.hardware.cost;

/**
 * Converts between the spec's nanosecond figures and whole cycles of its {@code clock_mhz}.
 * Loihi is asynchronous; the clock is the counting quantum of the cycle model, and the presets
 * choose 10 GHz (0.1 ns) so every published time is a whole number of cycles.
 */
public record Clock(double mhz) {
    /** Nearest whole number of cycles to {@code ns}: {@code round(ns * mhz / 1000)}. */
    public long cycles(double ns) {
        return Math.round(ns * mhz / 1e3);
    }

    /** Like {@link #cycles} but at least 1, for occupancies that must advance time. */
    public long atLeastOneCycle(double ns) {
        return Math.max(1, cycles(ns));
    }

    public Nanoseconds toNanoseconds(long cycles) {
        return new Nanoseconds(cycles * 1e3 / mhz);
    }
}
