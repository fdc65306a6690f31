package io.kairos.hardware.cost;

import java.util.List;
import java.util.Locale;

/**
 * Latency ESTIMATE of one sample: the sum of its steps' critical paths.
 *
 * @param clockMhz    the counting clock
 * @param totalCycles sum of every step's {@link StepTiming#totalCycles()}
 * @param latency     {@code totalCycles} in nanoseconds
 * @param steps       per-step breakdown
 */
public record TimingReport(double clockMhz, long totalCycles, Nanoseconds latency, List<StepTiming> steps) {
    public TimingReport {
        steps = List.copyOf(steps);
    }

    /** Cycles converted to nanoseconds at this report's clock. */
    public Nanoseconds toNanoseconds(long cycles) {
        return new Clock(clockMhz).toNanoseconds(cycles);
    }

    /** A short plain-text summary: totals and where the time goes. */
    public String toText() {
        long core = 0;
        long noc = 0;
        long barrier = 0;
        int nocBound = 0;
        long worst = 0;
        int worstStep = -1;
        for (StepTiming s : steps) {
            core += s.coreCycles();
            noc += Math.max(0, s.nocCycles() - s.coreCycles());
            barrier += s.barrierCycles();
            nocBound += s.nocBound() ? 1 : 0;
            if (s.totalCycles() > worst) {
                worst = s.totalCycles();
                worstStep = s.step();
            }
        }
        return String.format(Locale.ROOT,
                "Latency ESTIMATE: %.3f us over %d steps (%d cycles at %.0f MHz)%n"
                        + "  cores %.3f us, network beyond cores %.3f us (%d NoC-bound steps), barriers %.3f us%n"
                        + "  slowest step %d: %.1f ns%n",
                latency.microseconds(), steps.size(), totalCycles, clockMhz, toNanoseconds(core).microseconds(),
                toNanoseconds(noc).microseconds(), nocBound, toNanoseconds(barrier).microseconds(), worstStep,
                toNanoseconds(worst).value());
    }
}
