package io.kairos.hardware.tables;

import io.kairos.hardware.sim.NetworkImage;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceUsageTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");

    @Test
    void countsEveryResourceOfEveryCore() {
        ResourceUsage r = ResourceUsage.of(TinyNets.twoLayer(), LOIHI1);
        assertEquals(1, r.chipsUsed());
        ResourceUsage.CoreUsage c0 = r.cores().get(0);
        assertEquals(new ResourceUsage.CoreUsage(0, 0, 0, 0, 3, 1024, 2, 4096, 3, 4096, 5, 5 * 21, 1048576), c0);
        ResourceUsage.CoreUsage c1 = r.cores().get(1);
        assertEquals(6, c1.synapses());
        assertEquals(0, c1.outputEdges());
        assertTrue(r.toText().contains("chip 0 core 4"), r.toText());
    }

    @Test
    void globalCompartmentsMapBackToTheirCore() {
        NetworkImage net = new NetworkImage(LOIHI1, TinyNets.twoLayer());
        assertEquals(new CompartmentRef(0, 0, 2), net.compartmentRef(2));
        assertEquals(new CompartmentRef(0, 4, 1), net.compartmentRef(4));
    }
}
