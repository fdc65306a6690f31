package io.kairos.hardware.sim;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.Compartment;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesBuilder;
import io.kairos.hardware.tables.Segment;
import io.kairos.hardware.tables.TinyNets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipSimulatorTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");
    private static final ChipSpec LOIHI2 = ChipSpecLoader.preset("loihi2");

    /** A chain input -> a -> b, one compartment each on two cores; {@code delay} on the a -> b synapse. */
    private static CoreTables chain(int delay, boolean oneShot) {
        CoreTablesBuilder b = new CoreTablesBuilder();
        var c0 = b.core(0, 0, 0, 0);
        var c1 = b.core(0, 1, 0, 0);
        int a = c0.compartment(Compartment.integrateAndFire(1, 1, oneShot));
        int bb = c1.compartment(Compartment.integrateAndFire(1, 1, oneShot));
        int in = c0.axon(0);
        c0.synapse(in, a, 2, 0); // 2 << 6 = 128 > 64: fires on one input
        int ab = c1.axon(0);
        c1.synapse(ab, bb, 2, delay);
        c0.route(a, c1.axonRef(ab));
        b.input(List.of(c0.axonRef(in)));
        b.layer("a", List.of(new Segment(0, 0, 0, 1)));
        b.layer("b", List.of(new Segment(0, 1, 0, 1)));
        b.output(c1.ref(bb));
        return b.build();
    }

    private static SpikeInput spikes(int... steps) {
        return new SpikeInput(new int[steps.length], steps);
    }

    @Test
    void inputIsIntegratedInItsOwnStepAndEachHopAddsOneStep() {
        SampleResult r = new ChipSimulator(LOIHI1, chain(0, false)).run(spikes(3), RunOptions.window(10));
        assertArrayEquals(new int[]{3}, r.firstSpikes("a"));
        assertArrayEquals(new int[]{4}, r.firstSpikes("b"));
        assertArrayEquals(new int[]{4}, r.outputFirstSpikes());
    }

    @Test
    void synapticDelayAddsSteps() {
        SampleResult r = new ChipSimulator(LOIHI1, chain(5, false)).run(spikes(0), RunOptions.window(10));
        assertArrayEquals(new int[]{6}, r.firstSpikes("b")); // 0 + 1 hop + 5 delay
        SampleResult late = new ChipSimulator(LOIHI1, chain(5, false)).run(spikes(4), RunOptions.window(10));
        assertArrayEquals(new int[]{10}, late.firstSpikes("b")); // would be step 10: did not fire in the window
        assertEquals(10, late.noSpike());
    }

    @Test
    void spikesListsEverySpikeAndOneShotFiresOnce() {
        SampleResult plain = new ChipSimulator(LOIHI1, chain(0, false)).run(spikes(0, 1, 2), RunOptions.window(6));
        assertEquals(6, plain.spikeCount()); // a at 0,1,2 and b at 1,2,3
        assertEquals(0, plain.spikeStep(0));
        assertEquals(3, plain.spikeStep(5));
        SampleResult once = new ChipSimulator(LOIHI2, chain(0, true)).run(spikes(0, 1, 2), RunOptions.window(6));
        assertEquals(2, once.spikeCount());
    }

    @Test
    void stateIsResetBetweenSamples() {
        ChipSimulator sim = new ChipSimulator(LOIHI2, chain(0, true));
        SampleResult r1 = sim.run(spikes(2), RunOptions.window(5));
        SampleResult r2 = sim.run(spikes(2), RunOptions.window(5));
        assertArrayEquals(r1.firstSpikes(), r2.firstSpikes());
        List<SampleResult> batch = sim.runBatch(List.of(spikes(2), spikes(2)), RunOptions.window(5), 1);
        assertArrayEquals(r1.firstSpikes(), batch.get(1).firstSpikes());
    }

    @Test
    void earlyExitStopsAfterTheStepInWhichTheLayerFired() {
        ChipSimulator sim = new ChipSimulator(LOIHI1, chain(0, false));
        SampleResult r = sim.run(spikes(3), RunOptions.window(50).stopWhenFired("b"));
        assertEquals(5, r.stepsRun()); // b fires at step 4, the sample ends after it
        assertArrayEquals(new int[]{4}, r.firstSpikes("b"));
        assertEquals(5, r.events().steps());
        assertEquals(0, r.events().synops(4, 0)); // nothing beyond the last step is counted
    }

    @Test
    void eventsCountSynopsCompartmentsAndMessagesPerStep() {
        SampleResult r = new ChipSimulator(LOIHI1, TinyNets.twoLayer())
                .run(new SpikeInput(new int[]{0}, new int[]{0}), RunOptions.window(4));
        EventTrace e = r.events();
        assertEquals(3, e.synops(0, 0)); // input 0 drives 3 synapses on core 0 in step 0
        assertEquals(1, e.axonEvents(0, 0));
        // 3 * 21 bits = 63 bits: one 64-bit word
        assertEquals(1, e.synapseWords(0, 0));
        // hidden 0 gets 120 << 6 > 100 << 6 and fires at 0; hidden 1 gets 60 << 6, no spike; hidden 2 gets -3 at step 1
        assertEquals(2, e.activeCompartments(0, 0));
        assertEquals(1, e.idleCompartments(0, 0));
        assertEquals(1, e.messageCount(0));
        var m = e.messages(0).get(0);
        assertEquals(new EventTrace.SpikeMessage(0, 0, 1, 0, 1, 0, 0), m);
        assertEquals(2, e.synops(1, 1)); // the message drives 2 synapses on core 1 in step 1
        assertEquals(r.synops(), 3 + 2);
        long idle = 0;
        for (int t = 0; t < e.steps(); t++) {
            for (int c = 0; c < e.cores(); c++) {
                idle += e.idleCompartments(t, c);
            }
        }
        assertEquals(r.idleUpdates(), idle);
        assertEquals(5L * 4, r.idleUpdates() + r.activeUpdates());
    }

    @Test
    void badInputIsAUserError() {
        ChipSimulator sim = new ChipSimulator(LOIHI1, chain(0, false));
        assertEquals("spike input: spike 0 is on port 1 but the tables have 1 input ports",
                assertThrows(HardwareModelException.class,
                        () -> sim.run(new SpikeInput(new int[]{1}, new int[]{0}), RunOptions.window(5))).getMessage());
        assertEquals("spike input: spike 0 is at step 5, outside the window [0, 4]",
                assertThrows(HardwareModelException.class, () -> sim.run(spikes(5), RunOptions.window(5))).getMessage());
        assertEquals("no layer named 'z'; layers: a, b", assertThrows(HardwareModelException.class,
                () -> sim.run(spikes(1), RunOptions.window(5).stopWhenFired("z"))).getMessage());
    }

    /** Random recurrent network with delays, leaks, biases, refractory periods and one-shot compartments. */
    static CoreTables randomNetwork(Random rnd, int cores, int compsPerCore, int axonsPerCore) {
        CoreTablesBuilder b = new CoreTablesBuilder();
        List<CoreTablesBuilder.CoreBuilder> cbs = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
            var cb = b.core(c / 3, c % 3, c % 8, (c / 8) % 4);
            cbs.add(cb);
            for (int k = 0; k < compsPerCore; k++) {
                boolean oneShot = rnd.nextInt(5) == 0;
                int refractory = 1 + rnd.nextInt(4);
                cb.compartment(switch (rnd.nextInt(3)) {
                    // leaky with bias: updated every step
                    case 0 -> new Compartment(rnd.nextInt(400), rnd.nextInt(4096), rnd.nextInt(600),
                            rnd.nextInt(200) - 100, rnd.nextInt(3), refractory, oneShot);
                    // IF: updated only when input arrives
                    case 1 -> Compartment.integrateAndFire(rnd.nextInt(400), refractory, oneShot);
                    // no leak, no bias, decaying current: updated while u != 0
                    default -> new Compartment(rnd.nextInt(400), rnd.nextInt(4096), 0, 0, 0, refractory, oneShot);
                });
            }
            for (int a = 0; a < axonsPerCore; a++) {
                int ax = cb.axon(rnd.nextInt(16) - 8);
                for (int s = 0; s < 1 + rnd.nextInt(compsPerCore); s++) {
                    cb.synapse(ax, rnd.nextInt(compsPerCore), rnd.nextInt(240) - 112, rnd.nextInt(4) == 0 ? rnd.nextInt(8) : 0);
                }
            }
        }
        for (var cb : cbs) {
            for (int k = 0; k < compsPerCore; k++) {
                for (int r = 0; r < rnd.nextInt(3); r++) {
                    cb.route(k, cbs.get(rnd.nextInt(cores)).axonRef(rnd.nextInt(axonsPerCore)));
                }
            }
        }
        for (int p = 0; p < 6; p++) {
            b.input(List.of(cbs.get(rnd.nextInt(cores)).axonRef(rnd.nextInt(axonsPerCore))));
        }
        b.layer("first", List.of(new Segment(0, 0, 0, compsPerCore)));
        return b.build();
    }

    static SpikeInput randomInput(Random rnd, int n, int ports, int window) {
        int[] p = new int[n];
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = rnd.nextInt(ports);
            s[i] = rnd.nextInt(window);
        }
        return new SpikeInput(p, s);
    }

    @Test
    void matchesTheNaiveReferenceOnRandomNetworks() {
        Random rnd = new Random(42);
        int fired = 0;
        int silent = 0;
        for (int trial = 0; trial < 20; trial++) {
            CoreTables t = randomNetwork(rnd, 4, 12, 8);
            ChipSimulator sim = new ChipSimulator(LOIHI2, t);
            ReferenceSimulator ref = new ReferenceSimulator(LOIHI2, t);
            for (int k = 0; k < 3; k++) {
                SpikeInput in = randomInput(rnd, 40, 6, 60);
                ReferenceSimulator.Result oracle = ref.run(in, 60);
                int[] expected = oracle.firstSpikes();
                SampleResult got = sim.run(in, RunOptions.window(60));
                assertArrayEquals(expected, got.firstSpikes(), "trial " + trial + " sample " + k);
                // Active/idle accounting of the work-list simulator equals the per-compartment definition.
                for (int step = 0; step < 60; step++) {
                    for (int c = 0; c < t.cores().size(); c++) {
                        assertEquals(oracle.activePerStepAndCore()[step][c], got.events().activeCompartments(step, c),
                                "trial " + trial + " step " + step + " core " + c);
                    }
                }
                for (int g = 0; g < expected.length; g++) {
                    assertEquals(oracle.activeSteps()[g], got.events().activeSteps(g), "compartment " + g);
                }
                for (int e : expected) {
                    if (e < 60) {
                        fired++;
                    } else {
                        silent++;
                    }
                }
            }
        }
        // The comparison means something only if the random networks both fire and stay silent.
        assertTrue(fired > 300 && silent > 300, fired + " fired, " + silent + " silent");
    }

    @Test
    void parallelBatchIsDeterministicAndEqualsSequentialRuns() {
        Random rnd = new Random(7);
        CoreTables t = randomNetwork(rnd, 6, 30, 20);
        ChipSimulator sim = new ChipSimulator(LOIHI2, t);
        List<SpikeInput> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(randomInput(rnd, 100, 6, 80));
        }
        List<SampleResult> two = sim.runBatch(inputs, RunOptions.window(80), 2);
        List<SampleResult> again = sim.runBatch(inputs, RunOptions.window(80), 2);
        for (int i = 0; i < inputs.size(); i++) {
            SampleResult seq = sim.run(inputs.get(i), RunOptions.window(80));
            assertArrayEquals(seq.firstSpikes(), two.get(i).firstSpikes());
            assertArrayEquals(seq.firstSpikes(), again.get(i).firstSpikes());
            assertEquals(seq.synops(), two.get(i).synops());
            assertEquals(seq.messages(), two.get(i).messages());
        }
    }
}
