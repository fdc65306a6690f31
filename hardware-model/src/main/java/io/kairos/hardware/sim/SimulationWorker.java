package io.kairos.hardware.sim;

import io.kairos.hardware.HardwareModelException;

import java.util.Arrays;

/**
 * Per-thread mutable state, reused across samples.
 *
 * <p>Work list: a compartment is updated in step t only if it received synaptic input for t
 * (a bit in {@code touched}), has a current that survives decay ({@code uNonzero}: u != 0 and
 * du + offset < 4096), or has a bias or leak ({@link NetworkImage#alwaysUpdate}). Any other
 * compartment's update changes nothing but u, which becomes 0: v is unchanged and cannot cross
 * the threshold. So u is stored lazily: the u a compartment holds at step t is {@code u[g]} if
 * it was updated at t-1 and 0 otherwise.
 *
 * <p>A skipped update still counts as active when v != 0 or its (cleared) current was non-zero
 * (docs/hardware-model.md). A refractory compartment always has v = 0 (its spike reset it), so
 * skipped active updates are counted per core from {@code vNonzero} and {@code uPending}, and
 * per compartment lazily from {@code lastUpdate}.
 */
final class SimulationWorker {
    private final NetworkImage n;
    private final int ring;
    private final int stride;
    private final int ringSize;
    private final int words;
    private final int[] acc;
    private final long[] touched;
    private final long[] uNonzero;
    private final int[] vNonzero;
    /** Per core: compartments updated last step with a current that this step clears, and v = 0. */
    private final int[] uPending;
    private final int[] lastUpdate;
    private final int[] u;
    private final int[] v;
    /** First step at which the compartment may fire again; MAX_VALUE once a one-shot fired. */
    private final int[] refEnd;
    private final int[] firstSpike;
    private final int[] spiked;
    private final int uShift;
    private final int vMax;
    private final int decayBits;
    /** Spikes appended to {@code spiked} so far in the current step. */
    private int nSpiked;
    /** Updates of the current core whose v was non-zero before the update. */
    private int vNonzeroSeen;
    /** Change of the current core's count of non-zero v. */
    private int vNonzeroDelta;
    /** Updates of the current core that were counted in its {@code uPending}. */
    private int uPendingSeen;
    /** The current core's {@code uPending} for the next step. */
    private int uPendingNext;
    private final IntList spikeStep = new IntList();
    private final IntList spikeComp = new IntList();
    private final IntList msgRoute = new IntList();

    SimulationWorker(NetworkImage n) {
        this.n = n;
        this.ring = n.maxDelay + 2;
        this.stride = n.accStride;
        this.ringSize = ring * stride;
        this.words = stride >> 6;
        this.acc = new int[ringSize];
        this.touched = new long[ring * words];
        this.uNonzero = new long[words];
        this.vNonzero = new int[n.nCores];
        this.uPending = new int[n.nCores];
        this.lastUpdate = new int[n.nComp];
        this.u = new int[n.nComp];
        this.v = new int[n.nComp];
        this.refEnd = new int[n.nComp];
        this.firstSpike = new int[n.nComp];
        this.spiked = new int[n.nComp];
        this.uShift = n.datapath.uShift();
        this.vMax = n.datapath.vMax();
        this.decayBits = n.datapath.decayBits();
    }

    SampleResult run(SpikeInput input, RunOptions opt) {
        final int window = opt.window();
        final boolean rec = opt.recordEvents();
        final int nCores = n.nCores;
        final int stopLayer = opt.stopLayer() == null ? -1 : n.layerIndex(opt.stopLayer());

        // Bucket the input by step (counting sort), checking ports and steps.
        int[] inStart = new int[window + 1];
        int[] ports = input.ports();
        int[] steps = input.steps();
        int nPorts = n.inputPortCount();
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] < 0 || ports[i] >= nPorts) {
                throw new HardwareModelException("spike input: spike " + i + " is on port " + ports[i]
                        + " but the tables have " + nPorts + " input ports");
            }
            if (steps[i] < 0 || steps[i] >= window) {
                throw new HardwareModelException("spike input: spike " + i + " is at step " + steps[i]
                        + ", outside the window [0, " + (window - 1) + "]");
            }
            inStart[steps[i] + 1]++;
        }
        for (int t = 0; t < window; t++) {
            inStart[t + 1] += inStart[t];
        }
        int[] inPort = new int[ports.length];
        int[] fill = Arrays.copyOf(inStart, window);
        for (int i = 0; i < ports.length; i++) {
            inPort[fill[steps[i]]++] = ports[i];
        }

        // Reset state: every sample starts from power-on state.
        Arrays.fill(acc, 0);
        Arrays.fill(touched, 0);
        Arrays.fill(uNonzero, 0);
        Arrays.fill(vNonzero, 0);
        Arrays.fill(uPending, 0);
        Arrays.fill(lastUpdate, -1);
        Arrays.fill(u, 0);
        Arrays.fill(v, 0);
        Arrays.fill(refEnd, 0);
        Arrays.fill(firstSpike, window);
        spikeStep.clear();
        spikeComp.clear();
        msgRoute.clear();

        // Event arrays: one extra step row absorbs work aimed past the end of the sample.
        int[] synops = rec ? new int[(window + 1) * nCores] : null;
        int[] axonEvents = rec ? new int[(window + 1) * nCores] : null;
        int[] words = rec ? new int[(window + 1) * nCores] : null;
        int[] active = rec ? new int[window * nCores] : null;
        int[] msgStart = rec ? new int[window + 1] : null;
        long[] layerSynops = rec ? new long[n.nLayers + 1] : null;
        int[] activeSteps = rec ? new int[n.nComp] : null;

        long totalSynops = 0;
        long pendingSynops = 0;
        long totalActive = 0;
        long totalMessages = 0;
        int stepsRun = window;

        for (int t = 0; t < window; t++) {
            totalSynops += pendingSynops;
            pendingSynops = 0;
            int slotRow = t % ring;
            int slot = slotRow * stride;

            // 1. External input for step t.
            for (int i = inStart[t]; i < inStart[t + 1]; i++) {
                int p = inPort[i];
                for (int q = n.inputStart[p]; q < n.inputStart[p + 1]; q++) {
                    int ax = n.inputAxon[q];
                    int nSyn = deliver(ax, slot);
                    totalSynops += nSyn;
                    if (rec) {
                        count(ax, t, nSyn, synops, axonEvents, words, layerSynops);
                    }
                }
            }

            // 2. Compartment updates.
            nSpiked = 0;
            int bitBase = slotRow * this.words;
            for (int c = 0; c < nCores; c++) {
                vNonzeroSeen = 0;
                vNonzeroDelta = 0;
                uPendingSeen = 0;
                uPendingNext = 0;
                int activeUpdated = updateCore(n.compOffset[c], n.compOffset[c + 1], slot, bitBase, t, window, activeSteps);
                // Skipped compartments of this core are active exactly when v != 0 or u was pending.
                int activeHere = activeUpdated + (vNonzero[c] - vNonzeroSeen) + (uPending[c] - uPendingSeen);
                vNonzero[c] += vNonzeroDelta;
                uPending[c] = uPendingNext;
                totalActive += activeHere;
                if (rec) {
                    active[t * nCores + c] = activeHere;
                }
            }
            Arrays.fill(touched, bitBase, bitBase + this.words, 0L);

            // 3. Spike messages: delivered for step t + 1 (+ delay).
            int nextSlot = ((t + 1) % ring) * stride;
            boolean stop = false;
            if (rec) {
                msgStart[t] = msgRoute.size();
            }
            for (int k = 0; k < nSpiked; k++) {
                int g = spiked[k];
                spikeStep.add(t);
                spikeComp.add(g);
                if (n.compLayer[g] == stopLayer) {
                    stop = true;
                }
                for (int r = n.routeStart[g]; r < n.routeStart[g + 1]; r++) {
                    int ax = n.routeAxon[r];
                    int nSyn = deliver(ax, nextSlot);
                    pendingSynops += nSyn;
                    totalMessages++;
                    if (rec) {
                        msgRoute.add(r);
                        count(ax, t + 1, nSyn, synops, axonEvents, words, layerSynops);
                    }
                }
            }
            if (stop) {
                stepsRun = t + 1;
                break;
            }
        }

        EventTrace trace = null;
        if (rec) {
            // Skipped steps since each compartment's last update (see updateCore).
            for (int g = 0; g < n.nComp; g++) {
                activeSteps[g] += skippedActive(stepsRun - 1 - lastUpdate[g], v[g], u[g]);
            }
            msgStart[stepsRun] = msgRoute.size();
            // Work aimed at step stepsRun never happens: the sample has ended.
            for (int c = 0; c < nCores; c++) {
                int i = stepsRun * nCores + c;
                synops[i] = 0;
                axonEvents[i] = 0;
                words[i] = 0;
            }
            trace = new EventTrace(n, stepsRun, synops, axonEvents, words, active,
                    Arrays.copyOf(msgStart, stepsRun + 1), msgRoute.toArray(), layerSynops, activeSteps);
            subtractUnperformedLayerSynops(trace, layerSynops, stepsRun);
        }
        return new SampleResult(n, window, stepsRun, firstSpike.clone(), spikeStep.toArray(), spikeComp.toArray(),
                totalSynops, totalActive, totalMessages, trace);
    }

    /**
     * Updates the compartments {@code g0 .. g1-1} of one core that are on the work list for step
     * t (docs/fixed-point.md); appends spikes to {@code spiked}; returns the number of active
     * updates among them.
     */
    private int updateCore(int g0, int g1, int slot, int bitBase, int t, int window, int[] activeSteps) {
        if (g0 == g1) {
            return 0;
        }
        // Everything the loop touches in locals: the JIT keeps them in registers.
        final long[] touched = this.touched;
        final long[] always = n.alwaysUpdate;
        final long[] uNonzero = this.uNonzero;
        final int[] acc = this.acc;
        final int[] u = this.u;
        final int[] v = this.v;
        final int[] refEnd = this.refEnd;
        final int[] lastUpdate = this.lastUpdate;
        final int[] uFactor = n.uFactor;
        final int[] vFactor = n.vFactor;
        final int[] bias = n.bias;
        final int[] threshold = n.threshold;
        final int shift = decayBits;
        final long mask = (1L << shift) - 1;
        final int us = uShift;
        final int vmax = vMax;
        int active = 0;
        int seen = 0;
        int delta = 0;
        int pendingSeen = 0;
        int pendingNext = 0;
        int wLast = (g1 - 1) >>> 6;
        for (int w = g0 >>> 6; w <= wLast; w++) {
            long bits = touched[bitBase + w] | uNonzero[w] | always[w];
            if (w == g0 >>> 6) {
                bits &= -1L << g0; // drop compartments of the previous core
            }
            if (w == wLast && (g1 & 63) != 0) {
                bits &= -1L >>> (64 - (g1 & 63)); // drop compartments of the next core
            }
            long uBits = uNonzero[w];
            while (bits != 0) {
                int g = (w << 6) + Long.numberOfTrailingZeros(bits);
                long bit = bits & -bits;
                bits ^= bit;
                int a = acc[slot + g];
                acc[slot + g] = 0;
                int last = lastUpdate[g];
                int uStored = u[g];
                int u0 = last == t - 1 ? uStored : 0; // lazily stored u: cleared by skipped updates
                int uf = uFactor[g];
                int v0 = v[g];
                int b = bias[g];
                boolean frozen = t < refEnd[g];
                // Active: input or current, or (if not frozen) voltage or bias.
                boolean isActive = ((a | u0) != 0) | (!frozen & ((v0 | b) != 0));
                active += isActive ? 1 : 0;
                if (activeSteps != null) {
                    activeSteps[g] += skippedActive(t - last - 1, v0, uStored) + (isActive ? 1 : 0);
                }
                lastUpdate[g] = t;
                // u: decay rounded toward zero (adding 2^shift - 1 to a negative product before the
                // arithmetic shift turns floor into ceil), add input, wrap to u_bits.
                long pu = (long) u0 * uf;
                int u1 = (int) ((pu + ((pu >> 63) & mask)) >> shift) + a;
                u1 = (u1 << us) >> us;
                u[g] = u1;
                // Only a current that survives its decay keeps the compartment on the work list.
                uBits = (u1 != 0 & uf != 0) ? uBits | bit : uBits & ~bit;
                int vs = v0;
                if (!frozen) { // refractory or spent one-shot: v is held and does not integrate
                    long pv = (long) v0 * vFactor[g];
                    long v1 = ((pv + ((pv >> 63) & mask)) >> shift) + u1 + b;
                    vs = (int) Math.max(-vmax, Math.min(vmax, v1));
                    if (vs > threshold[g]) {
                        vs = 0;
                        refEnd[g] = n.oneShot[g] ? Integer.MAX_VALUE : t + n.refractory[g];
                        if (firstSpike[g] == window) {
                            firstSpike[g] = t;
                        }
                        spiked[nSpiked++] = g;
                    }
                    v[g] = vs;
                }
                seen += v0 != 0 ? 1 : 0;
                delta += (vs != 0 ? 1 : 0) - (v0 != 0 ? 1 : 0);
                pendingSeen += (u0 != 0 & uf == 0 & v0 == 0) ? 1 : 0;
                pendingNext += (u1 != 0 & uf == 0 & vs == 0) ? 1 : 0;
            }
            uNonzero[w] = uBits;
        }
        vNonzeroSeen = seen;
        vNonzeroDelta = delta;
        uPendingSeen = pendingSeen;
        uPendingNext = pendingNext;
        return active;
    }

    /**
     * Active updates among {@code gap} skipped steps of a compartment whose v was {@code v} and
     * whose stored u was {@code uStored} throughout: all of them if v != 0; otherwise only the
     * first, if it cleared a non-zero current.
     */
    private static int skippedActive(int gap, int v, int uStored) {
        if (gap <= 0) {
            return 0;
        }
        return v != 0 ? gap : (uStored != 0 ? 1 : 0);
    }

    /** Adds axon {@code ax}'s synaptic increments into the ring at {@code slot}; returns the synapse count. */
    private int deliver(int ax, int slot) {
        final int[] acc = this.acc;
        final long[] touched = this.touched;
        final int[] synTargetOff = n.synTargetOff;
        final int[] synInc = n.synInc;
        final int size = ringSize;
        int s0 = n.synStart[ax];
        int s1 = n.synStart[ax + 1];
        for (int s = s0; s < s1; s++) {
            int i = slot + synTargetOff[s];
            if (i >= size) {
                i -= size;
            }
            acc[i] += synInc[s];
            touched[i >>> 6] |= 1L << i; // rows are whole words, so bit i of the ring is (row, compartment)
        }
        return s1 - s0;
    }

    private void count(int ax, int t, int nSyn, int[] synops, int[] axonEvents, int[] words, long[] layerSynops) {
        int i = t * n.nCores + n.axonCore[ax];
        synops[i] += nSyn;
        axonEvents[i]++;
        words[i] += n.axonWords[ax];
        for (int p = n.axonLayerStart[ax]; p < n.axonLayerStart[ax + 1]; p++) {
            layerSynops[n.axonLayerId[p]] += n.axonLayerCount[p];
        }
    }

    /** Per-layer synops were counted when sent; remove those of messages sent in the last step run. */
    private void subtractUnperformedLayerSynops(EventTrace trace, long[] layerSynops, int stepsRun) {
        int last = stepsRun - 1;
        for (int i = 0; i < trace.messageCount(last); i++) {
            int ax = n.routeAxon[trace.messageRoute(last, i)];
            for (int p = n.axonLayerStart[ax]; p < n.axonLayerStart[ax + 1]; p++) {
                layerSynops[n.axonLayerId[p]] -= n.axonLayerCount[p];
            }
        }
    }
}
