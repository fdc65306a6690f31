package io.kairos.hardware.bench;

import io.kairos.hardware.cost.CostModel;
import io.kairos.hardware.cost.CostReport;
import io.kairos.hardware.sim.ChipSimulator;
import io.kairos.hardware.sim.RunOptions;
import io.kairos.hardware.sim.SampleResult;
import io.kairos.hardware.sim.SpikeInput;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.CoreTables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Throughput of {@link ChipSimulator} on a synthetic 784-400-10 network on the loihi1 preset with
 * ~150 input spikes per sample over a 256-step window. Prints the median over repetitions of
 * synaptic events per second and wall time per inference, for 1 and 2 threads, with and without
 * event recording, then one sample's cost estimate.
 *
 * <p>Run: {@code java -cp hardware-model/target/classes:<jackson jars> io.kairos.hardware.bench.SimulatorBenchmark [samples] [repeats]}
 */
public final class SimulatorBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private SimulatorBenchmark() {
    }

    public static void main(String[] args) {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int window = 256;
        ChipSpec spec = ChipSpecLoader.preset("loihi1");
        Random rnd = new Random(2026);
        CoreTables tables = SyntheticNetworks.fullyConnected(spec, 784, 400, 10, 3000, rnd);
        List<SpikeInput> inputs = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            inputs.add(SyntheticNetworks.sparseInput(784, 150, window, rnd));
        }
        measure(spec, tables, "784-400-10 (synthetic)", inputs, window, repeats, new java.io.PrintWriter(System.out, true));
    }

    /**
     * Measures {@code tables} on {@code inputs}: warm-up, then for events off/on and 1/2 threads the
     * median over {@code repeats} of synaptic events per second and wall time per inference, then
     * one sample's cost estimate and the pricing time. Prints to {@code out}.
     *
     * @param label how to name the network in the output
     */
    public static void measure(ChipSpec spec, CoreTables tables, String label, List<SpikeInput> inputs, int window,
                               int repeats, java.io.PrintWriter out) {
        int samples = inputs.size();
        ChipSimulator sim = new ChipSimulator(spec, tables);
        out.printf(Locale.ROOT, "host: %d processors, system load average %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "network %s on %s: %d cores, %d compartments; %d samples x %d steps, %d repeats%n",
                label, spec.name(), sim.network().coreCount(), sim.network().compartmentCount(), samples, window, repeats);

        // Warm-up: let the JIT compile the hot loops (C2) before measuring. On a loaded machine the
        // compiler threads are slow too, so warm up for a fixed time rather than a fixed count.
        long warmEnd = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            sim.runBatch(inputs.subList(0, Math.min(samples, 200)), RunOptions.window(window), 1);
            sim.runBatch(inputs.subList(0, Math.min(samples, 200)), RunOptions.window(window).withoutEvents(), 1);
        }

        for (boolean events : new boolean[]{false, true}) {
            for (int threads : new int[]{1, 2}) {
                RunOptions opt = events ? RunOptions.window(window) : RunOptions.window(window).withoutEvents();
                double[] rate = new double[repeats];
                double[] perInference = new double[repeats];
                double[] cpuRate = new double[repeats];
                long synops = 0;
                long spikes = 0;
                for (int k = 0; k < repeats; k++) {
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    List<SampleResult> results = sim.runBatch(inputs, opt, threads);
                    long dt = System.nanoTime() - t0;
                    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
                    synops = results.stream().mapToLong(SampleResult::synops).sum();
                    spikes = results.stream().mapToLong(SampleResult::spikeCount).sum();
                    rate[k] = synops / (dt / 1e9);
                    perInference[k] = dt / 1e3 / samples;
                    cpuRate[k] = synops / (cpu / 1e9);
                }
                // With one thread the batch runs on this thread, so its CPU time is the work itself:
                // a figure that does not depend on what else the (shared) machine is doing.
                String perCpu = threads == 1 ? String.format(Locale.ROOT, ", %.1f M/s per CPU-second", median(cpuRate) / 1e6) : "";
                out.printf(Locale.ROOT,
                        "events=%-5s threads=%d: median %.1f M synaptic events/s wall%s, %.1f us wall per inference"
                                + " (%.0f synops and %.1f spikes per sample)%n",
                        events, threads, median(rate) / 1e6, perCpu, median(perInference), (double) synops / samples,
                        (double) spikes / samples);
            }
        }

        SampleResult one = sim.run(inputs.get(0), RunOptions.window(window));
        CostReport cost = new CostModel(spec).estimate(one);
        out.printf(Locale.ROOT, "sample 0 on-chip estimate: latency %.2f us, energy %.3f uJ (dynamic %.3f + static %.3f)%n",
                cost.timing().latency().microseconds(), cost.energy().total().microjoules(),
                cost.energy().dynamic().microjoules(), cost.energy().staticEnergy().microjoules());
        // Pricing alone (timing + energy of recorded events), after its own warm-up.
        int n = Math.min(200, samples);
        List<SampleResult> recorded = sim.runBatch(inputs.subList(0, n), RunOptions.window(window), 1);
        CostModel model = new CostModel(spec);
        long pricingWarmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < pricingWarmEnd) {
            recorded.forEach(model::estimate);
        }
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        recorded.forEach(model::estimate);
        out.printf(Locale.ROOT, "pricing (timing + energy) of one recorded sample: %.1f us wall, %.1f us CPU%n",
                (System.nanoTime() - t0) / 1e3 / n, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / n);
        out.flush();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
