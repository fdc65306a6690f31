package io.kairos.hardware.cost;

/** Timing and energy of one inference, priced from one sample's events. */
public record CostReport(TimingReport timing, EnergyReport energy) {
}
