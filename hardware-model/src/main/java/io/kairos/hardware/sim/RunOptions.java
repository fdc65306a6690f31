package io.kairos.hardware.sim;

import io.kairos.hardware.HardwareModelException;

/**
 * How to run one sample.
 *
 * @param window       number of time steps, steps {@code 0 .. window-1}
 * @param stopLayer    if not null, stop after the first step in which any compartment of this
 *                     layer fired (TTFS early exit); the sample then ends at that step
 * @param recordEvents record per-step, per-core events and every spike message (needed by the
 *                     timing and energy models; costs some speed)
 */
public record RunOptions(int window, String stopLayer, boolean recordEvents) {
    public RunOptions {
        if (window < 1) {
            throw new HardwareModelException("simulation window must be >= 1 time step, got " + window);
        }
    }

    public static RunOptions window(int window) {
        return new RunOptions(window, null, true);
    }

    public RunOptions stopWhenFired(String layer) {
        return new RunOptions(window, layer, recordEvents);
    }

    public RunOptions withoutEvents() {
        return new RunOptions(window, stopLayer, false);
    }
}
