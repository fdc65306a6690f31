package io.kairos.hardware.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * What the functional simulation did in each time step of one sample: the work the cost models
 * price. Flat arrays indexed {@code [step * cores + core]}. Phase order within step t
 * (docs/hardware-model.md): synaptic processing of the messages that arrive for t (spikes sent at
 * t-1 and external input at t), compartment updates, then spike messages sent during t.
 */
public final class EventTrace {
    private final NetworkImage net;
    private final int steps;
    private final int[] synops;
    private final int[] axonEvents;
    private final int[] synapseWords;
    private final int[] active;
    private final int[] msgStart;
    private final int[] msgRoute;
    private final long[] layerSynops;
    private final int[] activeSteps;

    EventTrace(NetworkImage net, int steps, int[] synops, int[] axonEvents, int[] synapseWords, int[] active,
               int[] msgStart, int[] msgRoute, long[] layerSynops, int[] activeSteps) {
        this.net = net;
        this.steps = steps;
        this.synops = synops;
        this.axonEvents = axonEvents;
        this.synapseWords = synapseWords;
        this.active = active;
        this.msgStart = msgStart;
        this.msgRoute = msgRoute;
        this.layerSynops = layerSynops;
        this.activeSteps = activeSteps;
    }

    public NetworkImage network() {
        return net;
    }

    /** Steps the sample ran (the window, or fewer after an early exit). */
    public int steps() {
        return steps;
    }

    public int cores() {
        return net.nCores;
    }

    /** Synaptic operations core {@code core} performed in step {@code t}. */
    public int synops(int t, int core) {
        return synops[t * net.nCores + core];
    }

    /** Spike messages (axon events) core {@code core} processed in step {@code t}. */
    public int axonEvents(int t, int core) {
        return axonEvents[t * net.nCores + core];
    }

    /** Synapse-memory words core {@code core} fetched in step {@code t}. */
    public int synapseWords(int t, int core) {
        return synapseWords[t * net.nCores + core];
    }

    /** Active compartment updates of core {@code core} in step {@code t}. */
    public int activeCompartments(int t, int core) {
        return active[t * net.nCores + core];
    }

    /** Idle compartment updates: every mapped compartment is serviced every step. */
    public int idleCompartments(int t, int core) {
        return net.compartmentsOnCore(core) - active[t * net.nCores + core];
    }

    /** Number of spike messages sent in step {@code t}. */
    public int messageCount(int t) {
        return msgStart[t + 1] - msgStart[t];
    }

    /** Route index (see {@link NetworkImage}) of the {@code i}-th message of step {@code t}, in send order. */
    public int messageRoute(int t, int i) {
        return msgRoute[msgStart[t] + i];
    }

    /** Synaptic operations on synapses whose target is in {@code layer} over the whole sample. */
    public long layerSynops(int layer) {
        return layerSynops[layer];
    }

    /** Steps in which global compartment {@code g} had an active update. */
    public int activeSteps(int g) {
        return activeSteps[g];
    }

    /** The messages of step {@code t} as records (convenient, allocates; cost models use the indices). */
    public List<SpikeMessage> messages(int t) {
        List<SpikeMessage> list = new ArrayList<>(messageCount(t));
        for (int i = 0; i < messageCount(t); i++) {
            int r = messageRoute(t, i);
            list.add(new SpikeMessage(net.routeSourceCompartment(r), net.routeSrcCore[r], net.routeDstCore[r],
                    net.routeAxon[r] - net.axonOffset[net.routeDstCore[r]],
                    net.routeEw[r], net.routeNs[r], net.routeChipCross[r]));
        }
        return list;
    }

    /**
     * One spike message.
     *
     * @param sourceCompartment global compartment that spiked
     * @param sourceCore        global core index of the sender
     * @param destinationCore   global core index of the receiver
     * @param destinationAxon   axon on the destination core
     * @param ewHops            east-west tile hops
     * @param nsHops            north-south tile hops
     * @param chipCrossings     chip-to-chip links crossed (0 or 1)
     */
    public record SpikeMessage(int sourceCompartment, int sourceCore, int destinationCore, int destinationAxon,
                               int ewHops, int nsHops, int chipCrossings) {
    }
}
