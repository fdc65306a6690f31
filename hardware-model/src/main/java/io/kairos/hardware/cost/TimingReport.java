package io.kairos.hardware.cost;

import java.util.List;

/**
 * Latency estimate of one sample: the sum of its steps' critical paths.
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
}
