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
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's network, end to end: mapping, simulation, early exit and pricing. */
class SyntheticNetworksTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");

    @Test
    void mnistSizedNetworkMapsSimulatesAndPrices() {
        Random rnd = new Random(1);
        CoreTables t = SyntheticNetworks.fullyConnected(LOIHI1, 784, 400, 10, 3000, rnd);
        ChipSimulator sim = new ChipSimulator(LOIHI1, t);
        // 49,932 synapses per core / 784 inputs = 63 hidden compartments per core -> 7 hidden cores + 1 output core
        assertEquals(8, sim.network().coreCount());
        assertEquals(410, sim.network().compartmentCount());
        SpikeInput in = SyntheticNetworks.sparseInput(784, 150, 256, rnd);
        assertEquals(150, Arrays.stream(in.ports()).distinct().count());
        SampleResult full = sim.run(in, RunOptions.window(256));
        assertTrue(Arrays.stream(full.firstSpikes("hidden")).filter(x -> x < 256).count() > 50);
        // Each input spike drives 400 synapses; each hidden spike one message that drives 10,
        // except messages sent in the last step, whose synaptic work would fall after the window.
        long performedMessages = full.messages() - full.events().messageCount(255);
        assertEquals(150L * 400 + 10 * performedMessages, full.synops());

        SampleResult early = sim.run(in, RunOptions.window(256).stopWhenFired("out"));
        int firstOut = Arrays.stream(full.firstSpikes("out")).min().getAsInt();
        assertEquals(firstOut + 1, early.stepsRun());
        assertEquals(400, early.firstSpikes("hidden").length);

        CostReport cost = new CostModel(LOIHI1).estimate(early);
        double uj = cost.energy().total().microjoules();
        assertTrue(uj > 0.1 && uj < 100, uj + " uJ");
    }
}
