package io.kairos.hardware.sim;

/**
 * Outcome of one sample: first spike times of every compartment, all spikes, totals, and (if
 * recorded) the per-step {@link EventTrace}.
 *
 * <p>Spike times are time steps; a compartment that did not fire has time {@link #noSpike()},
 * which is the window length (the "t_max" convention of the spike-time type).
 */
public final class SampleResult {
    private final NetworkImage net;
    private final int window;
    private final int stepsRun;
    private final int[] firstSpike;
    private final int[] spikeStep;
    private final int[] spikeComp;
    private final long synops;
    private final long activeUpdates;
    private final long messages;
    private final EventTrace events;

    SampleResult(NetworkImage net, int window, int stepsRun, int[] firstSpike, int[] spikeStep, int[] spikeComp,
                 long synops, long activeUpdates, long messages, EventTrace events) {
        this.net = net;
        this.window = window;
        this.stepsRun = stepsRun;
        this.firstSpike = firstSpike;
        this.spikeStep = spikeStep;
        this.spikeComp = spikeComp;
        this.synops = synops;
        this.activeUpdates = activeUpdates;
        this.messages = messages;
        this.events = events;
    }

    public int window() {
        return window;
    }

    /** Steps simulated: the window, or fewer after an early exit. */
    public int stepsRun() {
        return stepsRun;
    }

    /** The "did not fire" time: the window length. */
    public int noSpike() {
        return window;
    }

    /** First spike time of global compartment {@code g}. */
    public int firstSpike(int g) {
        return firstSpike[g];
    }

    /** First spike times of all global compartments (a copy). */
    public int[] firstSpikes() {
        return firstSpike.clone();
    }

    /** First spike times of a layer's neurons, in neuron order. */
    public int[] firstSpikes(String layer) {
        int[] comps = net.layerComps[net.layerIndex(layer)];
        int[] out = new int[comps.length];
        for (int i = 0; i < comps.length; i++) {
            out[i] = firstSpike[comps[i]];
        }
        return out;
    }

    /** First spike times of the output ports, in port order. */
    public int[] outputFirstSpikes() {
        int[] out = new int[net.outputComp.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = firstSpike[net.outputComp[i]];
        }
        return out;
    }

    /** Number of spikes (all compartments, all steps). */
    public int spikeCount() {
        return spikeStep.length;
    }

    /** Step of the {@code i}-th spike; spikes are ordered by step, then by global compartment. */
    public int spikeStep(int i) {
        return spikeStep[i];
    }

    /** Global compartment of the {@code i}-th spike. */
    public int spikeCompartment(int i) {
        return spikeComp[i];
    }

    public long synops() {
        return synops;
    }

    public long activeUpdates() {
        return activeUpdates;
    }

    /** Compartment updates that were idle: {@code compartments * stepsRun - active}. */
    public long idleUpdates() {
        return (long) net.nComp * stepsRun - activeUpdates;
    }

    public long messages() {
        return messages;
    }

    /** The per-step events, or null if the run did not record them. */
    public EventTrace events() {
        return events;
    }

    public NetworkImage network() {
        return net;
    }
}
