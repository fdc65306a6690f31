package io.kairos.hardware.sim;

/**
 * One sample's external input: spike {@code i} arrives on input port {@code ports[i]} at time step
 * {@code steps[i]}. Order does not matter. Arrays are copied.
 */
public record SpikeInput(int[] ports, int[] steps) {
    public SpikeInput {
        if (ports.length != steps.length) {
            throw new io.kairos.hardware.HardwareModelException("spike input: " + ports.length + " ports but "
                    + steps.length + " steps; both arrays must have one entry per spike");
        }
        ports = ports.clone();
        steps = steps.clone();
    }

    /**
     * From TTFS spike times: port {@code p} spikes once at {@code times[p]}, and not at all when
     * {@code times[p] >= noSpike} (the "did not fire" value, e.g. the window length).
     */
    public static SpikeInput fromFirstSpikeTimes(int[] times, int noSpike) {
        int n = 0;
        for (int t : times) {
            if (t < noSpike) {
                n++;
            }
        }
        int[] ports = new int[n];
        int[] steps = new int[n];
        int k = 0;
        for (int p = 0; p < times.length; p++) {
            if (times[p] < noSpike) {
                ports[k] = p;
                steps[k++] = times[p];
            }
        }
        return new SpikeInput(ports, steps);
    }

    public int size() {
        return ports.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpikeInput s && java.util.Arrays.equals(ports, s.ports) && java.util.Arrays.equals(steps, s.steps);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(ports) + java.util.Arrays.hashCode(steps);
    }

    @Override
    public String toString() {
        return "SpikeInput[" + ports.length + " spikes]";
    }
}
