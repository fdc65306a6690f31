package io.kairos.hardware.sim;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.tables.CoreTables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bit-exact functional simulation of core tables on a chip (docs/fixed-point.md). Each sample
 * starts from reset state (u = v = 0, no refractory, one-shot compartments re-armed, no pending
 * input). Samples are independent, so {@link #runBatch} runs them on several threads and still
 * returns exactly what sequential runs return, in input order.
 *
 * <p>Timing semantics, step t = 0 .. window-1:
 * <ol>
 *   <li>external input spikes with step t are delivered: a synapse with delay d adds its increment
 *       to the target's input for step t + d;</li>
 *   <li>every compartment updates with the input accumulated for step t;</li>
 *   <li>each spike of step t sends one message per routing entry; a synapse with delay d on the
 *       destination axon adds to the target's input for step t + 1 + d (one step per hop).</li>
 * </ol>
 * Implementation: pending input lives in a ring of {@code maxDelay + 2} rows of one int per
 * compartment; the synaptic increments are precomputed, so a synaptic event is one add (and one
 * bit set in the step's work list). Only compartments with input, current, bias or leak are
 * updated; the rest are provably unchanged (see {@link SimulationWorker}).
 */
public final class ChipSimulator {
    private final NetworkImage net;

    public ChipSimulator(ChipSpec spec, CoreTables tables) {
        this(new NetworkImage(spec, tables));
    }

    public ChipSimulator(NetworkImage net) {
        this.net = net;
    }

    public NetworkImage network() {
        return net;
    }

    /** Runs one sample from reset state. Safe to call from several threads: each call has its own state. */
    public SampleResult run(SpikeInput input, RunOptions options) {
        return new SimulationWorker(net).run(input, options);
    }

    /**
     * Runs many samples on {@code threads} threads; result {@code i} belongs to input {@code i} and
     * is identical to {@code run(inputs.get(i), options)}.
     */
    public List<SampleResult> runBatch(List<SpikeInput> inputs, RunOptions options, int threads) {
        if (threads < 1) {
            throw new HardwareModelException("thread count must be >= 1, got " + threads);
        }
        SampleResult[] results = new SampleResult[inputs.size()];
        if (threads == 1 || inputs.size() < 2) {
            SimulationWorker w = new SimulationWorker(net);
            for (int i = 0; i < results.length; i++) {
                results[i] = w.run(inputs.get(i), options);
            }
            return Arrays.asList(results);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chip-simulator");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                futures.add(pool.submit(() -> {
                    SimulationWorker w = new SimulationWorker(net);
                    for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                        results[i] = w.run(inputs.get(i), options);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(results);
    }
}
