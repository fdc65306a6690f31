package io.kairos.hardware.cost;

/**
 * Timing of one time step, in cycles of the spec's clock.
 *
 * @param step          time step
 * @param coreCycles    slowest core: synaptic phase + compartment phase
 * @param criticalCore  global index of that core
 * @param nocCycles     last message arrival (0 without messages), measured from the step's start
 * @param barrierCycles the barrier that ends the step
 * @param totalCycles   {@code max(coreCycles, nocCycles) + barrierCycles}
 */
public record StepTiming(int step, long coreCycles, int criticalCore, long nocCycles, long barrierCycles, long totalCycles) {

    /** Whether the network, not a core, set this step's critical path. */
    public boolean nocBound() {
        return nocCycles > coreCycles;
    }
}
