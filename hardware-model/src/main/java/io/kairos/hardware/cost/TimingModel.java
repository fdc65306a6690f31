package io.kairos.hardware.cost;

import io.kairos.hardware.sim.EventTrace;
import io.kairos.hardware.sim.NetworkImage;
import io.kairos.hardware.spec.ChipSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices the events of an {@link EventTrace} in cycles (docs/hardware-model.md). Per step:
 * <pre>
 *   syn(c)   = W + max(words(c) * W, synops(c) * S)       if the core received messages, else 0
 *   cmp(c)   = active(c) * A + idle(c) * I
 *   core(c)  = syn(c) + cmp(c)
 *   message k of core c leaves at core(c) + k * L, pays the in-tile latency, then every link of its
 *   X-then-Y route: start = max(ready, linkFree); linkFree = start + L; ready = start + hop latency
 *   step     = max(max_c core(c), last arrival) + barrier
 * </pre>
 * W, S, A, I, L: {@link TimingParameters}. Links are free again at each step's start, since the
 * barrier waits for the network to drain.
 */
public final class TimingModel {
    private static final int EAST = 0;
    private static final int WEST = 1;
    private static final int NORTH = 2;
    private static final int SOUTH = 3;

    private final ChipSpec spec;
    private final TimingParameters p;

    public TimingModel(ChipSpec spec) {
        this.spec = spec;
        this.p = TimingParameters.of(spec);
    }

    public TimingParameters parameters() {
        return p;
    }

    /** Barrier cycles for the mapping of {@code net}: extent of the tiles its cores occupy. */
    public long barrierCycles(NetworkImage net) {
        int minX = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int c = 0; c < net.coreCount(); c++) {
            minX = Math.min(minX, net.coreTileX(c));
            maxX = Math.max(maxX, net.coreTileX(c));
            minY = Math.min(minY, net.coreTileY(c));
            maxY = Math.max(maxY, net.coreTileY(c));
        }
        if (net.coreCount() == 0) {
            return p.barrier(1, 1, 1);
        }
        return p.barrier(maxX - minX + 1, maxY - minY + 1, net.chipsUsed());
    }

    public TimingReport time(EventTrace trace) {
        NetworkImage net = trace.network();
        int nCores = trace.cores();
        long barrier = barrierCycles(net);
        long[] coreEnd = new long[nCores];
        int[] sentByCore = new int[nCores];
        Links links = new Links(net);
        List<StepTiming> steps = new ArrayList<>(trace.steps());
        long total = 0;
        for (int t = 0; t < trace.steps(); t++) {
            long coreMax = 0;
            int critical = 0;
            for (int c = 0; c < nCores; c++) {
                long syn = trace.axonEvents(t, c) == 0 ? 0
                        : p.wordFetch() + Math.max(trace.synapseWords(t, c) * p.wordFetch(), trace.synops(t, c) * p.synop());
                long cmp = trace.activeCompartments(t, c) * p.compActive() + trace.idleCompartments(t, c) * p.compIdle();
                coreEnd[c] = syn + cmp;
                if (coreEnd[c] > coreMax) {
                    coreMax = coreEnd[c];
                    critical = c;
                }
            }
            long noc = route(trace, t, net, coreEnd, sentByCore, links);
            long stepCycles = Math.max(coreMax, noc) + barrier;
            steps.add(new StepTiming(t, coreMax, critical, noc, barrier, stepCycles));
            total += stepCycles;
        }
        return new TimingReport(p.clock().mhz(), total, p.clock().toNanoseconds(total), steps);
    }

    /** Replays step {@code t}'s messages through the mesh; returns the last arrival (0 if none). */
    private long route(EventTrace trace, int t, NetworkImage net, long[] coreEnd, int[] sentByCore, Links links) {
        int n = trace.messageCount(t);
        if (n == 0) {
            return 0;
        }
        Arrays.fill(sentByCore, 0);
        links.reset();
        // Injection times: each core's output port sends one message per link occupancy, in send order.
        long[] inject = new long[n];
        // Sort keys (inject time, send index) packed in one long: no boxing.
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            int src = net.routeSourceCore(trace.messageRoute(t, i));
            inject[i] = coreEnd[src] + (long) sentByCore[src]++ * p.linkOccupancy();
            order[i] = (inject[i] << 32) | i;
        }
        // Links are reserved first-injected, first-served (ties: send order).
        if (Arrays.stream(inject).max().getAsLong() < (1L << 31)) {
            Arrays.sort(order);
        } else { // a step longer than 2^31 cycles: the packed key would overflow
            order = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((a, b) -> inject[a] != inject[b] ? Long.compare(inject[a], inject[b]) : Integer.compare(a, b))
                    .mapToLong(Integer::longValue).toArray();
        }
        long last = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) order[k];
            int r = trace.messageRoute(t, i);
            int src = net.routeSourceCore(r);
            int dst = net.routeDestinationCore(r);
            long ready = inject[i] + p.inTile();
            int sc = net.coreChip(src);
            int dc = net.coreChip(dst);
            if (sc == dc) {
                ready = travel(links, sc, net.coreTileX(src), net.coreTileY(src), net.coreTileX(dst), net.coreTileY(dst), ready);
            } else {
                ready = travel(links, sc, net.coreTileX(src), net.coreTileY(src), 0, 0, ready);
                long start = Math.max(ready, links.chipFree(sc, dc));
                links.setChipFree(sc, dc, start + p.chipOccupancy());
                ready = start + p.chipHop();
                ready = travel(links, dc, 0, 0, net.coreTileX(dst), net.coreTileY(dst), ready);
            }
            last = Math.max(last, ready);
        }
        return last;
    }

    /** Dimension-order route on one chip: X first, then Y, reserving each directed link. */
    private long travel(Links links, int chip, int x, int y, int tx, int ty, long ready) {
        while (x != tx) {
            int dir = tx > x ? EAST : WEST;
            ready = hop(links, links.index(chip, x, y, dir), ready, p.hopEw());
            x += tx > x ? 1 : -1;
        }
        while (y != ty) {
            int dir = ty > y ? NORTH : SOUTH;
            ready = hop(links, links.index(chip, x, y, dir), ready, p.hopNs());
            y += ty > y ? 1 : -1;
        }
        return ready;
    }

    private long hop(Links links, int link, long ready, long latency) {
        long start = Math.max(ready, links.free[link]);
        links.free[link] = start + p.linkOccupancy();
        return start + latency;
    }

    /** When each directed link is next free. Chips are numbered densely in order of first use. */
    private final class Links {
        final long[] free;
        final Map<Integer, Integer> chipIndex = new HashMap<>();
        final Map<Long, Long> chipFree = new HashMap<>();
        final int cols = spec.mesh().meshCols();
        final int rows = spec.mesh().meshRows();

        Links(NetworkImage net) {
            for (int c = 0; c < net.coreCount(); c++) {
                chipIndex.putIfAbsent(net.coreChip(c), chipIndex.size());
            }
            free = new long[chipIndex.size() * cols * rows * 4];
        }

        int index(int chip, int x, int y, int dir) {
            return ((chipIndex.get(chip) * rows + y) * cols + x) * 4 + dir;
        }

        long chipFree(int from, int to) {
            return chipFree.getOrDefault(((long) from << 32) | to, 0L);
        }

        void setChipFree(int from, int to, long when) {
            chipFree.put(((long) from << 32) | to, when);
        }

        void reset() {
            Arrays.fill(free, 0);
            chipFree.clear();
        }
    }
}
