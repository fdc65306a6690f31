package io.kairos.hardware.tables;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per kind of problem; each checks the exact sentence. */
class CoreTablesValidatorTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");
    private static final String PREFIX = "core tables t.json are not valid for chip loihi1: ";

    private static String error(CoreTables t) {
        return assertThrows(HardwareModelException.class, () -> CoreTablesValidator.validate(t, LOIHI1, "t.json"))
                .getMessage();
    }

    /** The two-layer net with one change made through the builder. */
    private static CoreTables twoLayerWith(Consumer<CoreTablesBuilder> change) {
        CoreTablesBuilder b = new CoreTablesBuilder();
        var c0 = b.core(0, 0, 0, 0);
        c0.compartment(Compartment.integrateAndFire(100, 1, false));
        int ax = c0.axon(0);
        c0.synapse(ax, 0, 10, 0);
        b.input(List.of(c0.axonRef(ax)));
        change.accept(b);
        return b.build();
    }

    @Test
    void validTablesPass() {
        CoreTablesValidator.validate(TinyNets.twoLayer(), LOIHI1, "t.json");
        CoreTablesValidator.validate(twoLayerWith(b -> { }), LOIHI1, "t.json");
    }

    @Test
    void routeToMissingCore() {
        assertEquals(PREFIX + "core (chip 0, core 0) compartment 0 route 0: no core (chip 0, core 9)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).route(0, new AxonRef(0, 9, 0)))));
    }

    @Test
    void axonOutOfRange() {
        assertEquals(PREFIX + "input port 1 destination 0: axon 3 is out of range; core (chip 0, core 0) has 1 axons",
                error(twoLayerWith(b -> b.input(List.of(new AxonRef(0, 0, 3))))));
    }

    @Test
    void synapseCompartmentOutOfRange() {
        assertEquals(PREFIX + "core (chip 0, core 0) axon 0 synapse 1: compartment = 1 is outside [0, 0] (compartments on this core)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).synapse(0, 1, 5, 0))));
    }

    @Test
    void weightOutsideWidth() {
        assertEquals(PREFIX + "core (chip 0, core 0) axon 0 synapse 1: weight = 128 is outside [-128, 127] (signed 8-bit weight)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).synapse(0, 0, 128, 0))));
    }

    @Test
    void delayOutsideWidth() {
        assertEquals(PREFIX + "core (chip 0, core 0) axon 0 synapse 1: delay = 8 is outside [0, 7] (synapse_format.delay_bits)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).synapse(0, 0, 1, 8))));
    }

    @Test
    void weightExponentOutsideRange() {
        assertEquals(PREFIX + "core (chip 0, core 0) axon 1: weight_exp = 8 is outside [-8, 7] (synapse_format.weight_exp_min/max)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).axon(8))));
    }

    @Test
    void compartmentFieldOutsideWidth() {
        assertEquals(PREFIX + "core (chip 0, core 0) compartment 1: vth_mant = 131072 is outside [0, 131071] (17-bit unsigned)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).compartment(new Compartment(1 << 17, 0, 0, 0, 0, 1, false)))));
        assertEquals(PREFIX + "core (chip 0, core 0) compartment 1: bias_mant = -4097 is outside [-4096, 4095] (13-bit signed)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).compartment(new Compartment(1, 0, 0, -4097, 0, 1, false)))));
        assertEquals(PREFIX + "core (chip 0, core 0) compartment 1: refractory_delay = 65 is outside [1, 64] (neuron.refractory_min/max)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).compartment(new Compartment(1, 0, 0, 0, 0, 65, false)))));
    }

    @Test
    void oneShotNeedsTheChipFeature() {
        assertEquals(PREFIX + "core (chip 0, core 0) compartment 1: one_shot is set but chip loihi1 has no one-shot neuron ('neuron.one_shot_neuron' is false)",
                error(twoLayerWith(b -> b.core(0, 0, 0, 0).compartment(Compartment.integrateAndFire(1, 1, true)))));
        CoreTablesValidator.validate(twoLayerWith(b -> b.core(0, 0, 0, 0).compartment(Compartment.integrateAndFire(1, 1, true))),
                ChipSpecLoader.preset("loihi2"), "t.json");
    }

    @Test
    void compartmentLimitSaysByHowMuch() {
        assertEquals(PREFIX + "core (chip 0, core 0): 1030 compartments exceed 'core.compartments_per_core' = 1024 by 6",
                error(twoLayerWith(b -> {
                    for (int i = 0; i < 1029; i++) {
                        b.core(0, 0, 0, 0).compartment(Compartment.integrateAndFire(1, 1, false));
                    }
                })));
    }

    @Test
    void synapseMemoryLimitSaysByHowMuch() {
        // 49,932 synapses of 21 bits fit in 1,048,576 bits; 50,000 need 1,050,000 bits.
        assertEquals(PREFIX + "core (chip 0, core 0): 50000 synapses x 21 bits = 1050000 bits of synapse memory exceed "
                        + "'core.synapse_memory_bits' = 1048576 by 1424 bits",
                error(twoLayerWith(b -> {
                    for (int i = 1; i < 50_000; i++) {
                        b.core(0, 0, 0, 0).synapse(0, 0, 1, 0);
                    }
                })));
    }

    @Test
    void fanOutLimit() {
        assertEquals(PREFIX + "core (chip 0, core 0): 4097 output edges exceed 'core.max_output_edges' = 4096 by 1",
                error(twoLayerWith(b -> {
                    for (int i = 0; i < 4097; i++) {
                        b.core(0, 0, 0, 0).route(0, new AxonRef(0, 0, 0));
                    }
                })));
    }

    @Test
    void placementProblems() {
        assertEquals(PREFIX + "core (chip 0, core 1): tile_x = 8 is outside [0, 7] (mesh.mesh_cols)",
                error(twoLayerWith(b -> b.core(0, 1, 8, 0))));
        assertEquals(PREFIX + "core (chip 0, core 128): core = 128 is outside [0, 127] (cores per chip)",
                error(twoLayerWith(b -> b.core(0, 128, 0, 0))));
        String tile = error(twoLayerWith(b -> {
            for (int i = 1; i <= 4; i++) {
                b.core(0, i, 0, 0);
            }
        }));
        assertEquals(PREFIX + "tile (0, 0) of chip 0 holds more than 'mesh.cores_per_tile' = 4 cores", tile);
    }

    @Test
    void layerAndOutputReferences() {
        assertEquals(PREFIX + "layer 0 'h' segment 0: compartments 0..1 are outside core (chip 0, core 0) which has 1 compartments",
                error(twoLayerWith(b -> b.layer("h", List.of(new Segment(0, 0, 0, 2))))));
        assertEquals(PREFIX + "output 0: compartment 4 is out of range; core (chip 0, core 0) has 1 compartments",
                error(twoLayerWith(b -> b.output(new CompartmentRef(0, 0, 4)))));
        assertEquals(PREFIX + "layer name 'h' is used twice", error(twoLayerWith(b -> b.layer("h", List.of()).layer("h", List.of()))));
    }

    @Test
    void manyProblemsAreListedTogether() {
        String msg = error(twoLayerWith(b -> b.core(0, 0, 0, 0).synapse(0, 0, 500, 9)));
        assertTrue(msg.startsWith(PREFIX + "2 problems:\n  - core (chip 0, core 0) axon 0 synapse 1: weight"), msg);
    }
}
