package io.kairos.hardware.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kairos.hardware.sim.ChipSimulator;
import io.kairos.hardware.sim.RunOptions;
import io.kairos.hardware.sim.SampleResult;
import io.kairos.hardware.sim.SpikeInput;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.TinyNets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnergyModelTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");

    private static CostReport priced() {
        SampleResult r = new ChipSimulator(LOIHI1, TinyNets.twoLayer())
                .run(new SpikeInput(new int[]{0, 1, 0}, new int[]{0, 0, 2}), RunOptions.window(6));
        return new CostModel(LOIHI1).estimate(r);
    }

    @Test
    void handCountedSingleSpike() {
        // Input 0 at step 0 (3 synops on core 0); hidden 0 fires at 0 and sends 1 message (1 EW hop)
        // that drives 2 synops on core 1 at step 1. Window 1 step: the message is sent, its synops never happen.
        SampleResult r = new ChipSimulator(LOIHI1, TinyNets.twoLayer())
                .run(new SpikeInput(new int[]{0}, new int[]{0}), RunOptions.window(1));
        EnergyReport e = new CostModel(LOIHI1).estimate(r).energy();
        // 3 synops, 2 active (hidden 0, 1), 3 idle (hidden 2, out 0, out 1), 1 message with 1 EW hop
        double expected = 3 * 23.6 + 2 * 81 + 3 * 52 + 1.7 + 3.0;
        assertEquals(expected, e.dynamic().value(), 1e-9);
        // static: 0.1 W x 1 chip x latency
        assertEquals(0.1 * e.latency().value() * 1e3, e.staticEnergy().value(), 1e-9);
        assertEquals(e.dynamic().value() + e.staticEnergy().value(), e.total().value(), 1e-9);
    }

    @Test
    void breakdownsSumToTheTotal() {
        EnergyReport e = priced().energy();
        double kinds = e.byKind().stream().mapToDouble(k -> k.energy().value()).sum();
        double layers = e.byLayer().stream().mapToDouble(g -> g.total().value()).sum();
        double cores = e.byCore().stream().mapToDouble(g -> g.total().value()).sum();
        double steps = e.perStep().stream().mapToDouble(Picojoules::value).sum();
        assertEquals(e.dynamic().value(), kinds, 1e-6);
        assertEquals(e.dynamic().value(), layers, 1e-6); // barrier energy is 0 in the preset
        assertEquals(e.dynamic().value(), cores, 1e-6);
        assertEquals(e.dynamic().value(), steps, 1e-6);
        assertEquals(6, e.perStep().size());
        // 5 compartments x 6 steps are serviced, active or idle
        long updates = e.byKind().stream().filter(k -> k.kind().name().startsWith("COMPARTMENT")).mapToLong(EnergyReport.KindLine::count).sum();
        assertEquals(30, updates);
    }

    @Test
    void reportIsTextAndJson() throws Exception {
        EnergyReport e = priced().energy();
        String text = e.toText();
        assertTrue(text.startsWith("Energy ESTIMATE for one inference on loihi1 (6 steps"), text);
        assertTrue(text.contains("synop"));
        assertTrue(text.contains("Static energy = 0.1 W per chip x 1 chip(s) x latency"));
        JsonNode json = new ObjectMapper().readTree(e.toJson());
        assertEquals(e.total().value(), json.get("total").asDouble(), 1e-9);
        assertEquals("SYNOP", json.get("by_kind").get(0).get("kind").asText());
        assertEquals("hidden", json.get("by_layer").get(0).get("name").asText());
    }

    @Test
    void unitTypesKeepEnergyAndTimeApart() {
        // Watts x Nanoseconds is the only bridge: 0.1 W for 1000 ns = 100 nJ = 100,000 pJ.
        assertEquals(100_000, new Watts(0.1).over(new Nanoseconds(1000)).value(), 1e-9);
        assertEquals(new Picojoules(3), new Picojoules(1).plus(new Picojoules(2)));
    }
}
