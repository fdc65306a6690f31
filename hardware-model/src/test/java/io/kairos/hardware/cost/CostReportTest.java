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

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostReportTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");

    @Test
    void combinedReportHasTextAndJson() throws Exception {
        SampleResult r = new ChipSimulator(LOIHI1, TinyNets.twoLayer())
                .run(new SpikeInput(new int[]{0, 1}, new int[]{0, 1}), RunOptions.window(5));
        CostReport c = new CostModel(LOIHI1).estimate(r);
        assertTrue(c.toText().startsWith("Latency ESTIMATE: "), c.toText());
        assertTrue(c.toText().contains("Energy ESTIMATE for one inference on loihi1"));
        JsonNode json = new ObjectMapper().readTree(c.toJson());
        assertEquals(c.timing().totalCycles(), json.get("timing").get("total_cycles").asLong());
        assertEquals(5, json.get("timing").get("steps").size());
        assertEquals(c.energy().total().value(), json.get("energy").get("total").asDouble(), 1e-9);
    }

    @Test
    void summaryOverSamples() {
        ChipSimulator sim = new ChipSimulator(LOIHI1, TinyNets.twoLayer());
        CostModel model = new CostModel(LOIHI1);
        List<CostReport> reports = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            reports.add(model.estimate(sim.run(new SpikeInput(new int[]{0}, new int[]{0}), RunOptions.window(k))));
        }
        CostSummary s = CostSummary.of(reports);
        assertEquals(4, s.samples());
        double[] lat = reports.stream().mapToDouble(r -> r.timing().latency().value()).toArray();
        assertEquals((lat[0] + lat[1] + lat[2] + lat[3]) / 4, s.latencyNs().mean(), 1e-9);
        assertEquals(lat[1], s.latencyNs().median(), 1e-9); // nearest rank: 2nd of 4 (latency grows with the window)
        assertEquals(lat[3], s.latencyNs().p95(), 1e-9);
        assertTrue(s.toText().contains("over 4 samples"));
    }

    @Test
    void samplesWithoutEventsCannotBePriced() {
        SampleResult r = new ChipSimulator(LOIHI1, TinyNets.twoLayer())
                .run(new SpikeInput(new int[]{0}, new int[]{0}), RunOptions.window(3).withoutEvents());
        assertThrows(io.kairos.hardware.HardwareModelException.class, () -> new CostModel(LOIHI1).estimate(r));
    }
}
