package io.kairos.hardware.spec;

import io.kairos.hardware.HardwareModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipSpecLoaderTest {

    @Test
    void loihi1PresetCarriesThePublishedFigures() {
        ChipSpec s = ChipSpecLoader.preset("loihi1");
        assertEquals(128, s.coresPerChip());
        assertEquals(1024, s.core().compartmentsPerCore());
        assertEquals(128 * 1024 * 8, s.core().synapseMemoryBits());
        assertEquals(23.6, s.energy().synopEnergyPj());
        assertEquals(3.5, s.timing().synopTimeNs());
        assertEquals(-128, s.weightMin());
        assertEquals(127, s.weightMax());
        assertEquals(7, s.maxDelay());
        // 8 weight + 10 compartment index + 3 delay bits
        assertEquals(21, s.bitsPerSynapse());
        assertEquals(1048576 / 21, s.maxSynapsesPerCore());
        assertEquals(false, s.neuron().oneShotNeuron());
    }

    @Test
    void loihi2PresetHasOneShotNeuronsAndMoreMemory() {
        ChipSpec s = ChipSpecLoader.preset("loihi2");
        assertEquals(128, s.coresPerChip());
        assertEquals(192 * 1024 * 8, s.core().synapseMemoryBits());
        assertTrue(s.neuron().oneShotNeuron());
    }

    @Test
    void specRoundTripsThroughJson() {
        for (String name : ChipSpecLoader.PRESETS) {
            ChipSpec s = ChipSpecLoader.preset(name);
            assertEquals(s, ChipSpecLoader.parse(ChipSpecLoader.toJson(s), "round trip"));
        }
    }

    @Test
    void userFileLoadsAndResolveAcceptsPathsOrPresets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my.json");
        Files.writeString(file, ChipSpecLoader.toJson(ChipSpecLoader.preset("loihi1")).replace("\"loihi1\"", "\"mine\""));
        assertEquals("mine", ChipSpecLoader.load(file).name());
        assertEquals("mine", ChipSpecLoader.resolve(file.toString()).name());
        assertEquals("loihi2", ChipSpecLoader.resolve("loihi2").name());
    }

    @Test
    void unknownPresetIsAnError() {
        var e = assertThrows(HardwareModelException.class, () -> ChipSpecLoader.preset("truenorth"));
        assertEquals("unknown chip preset 'truenorth'; known presets: loihi1, loihi2", e.getMessage());
    }

    @Test
    void missingFileIsAUserError() {
        var e = assertThrows(HardwareModelException.class, () -> ChipSpecLoader.load(Path.of("/no/such/spec.json")));
        assertTrue(e.getMessage().startsWith("chip spec /no/such/spec.json: cannot read the file"), e.getMessage());
    }

    private static String loihi1Json() {
        return ChipSpecLoader.toJson(ChipSpecLoader.preset("loihi1"));
    }

    private static String error(String json) {
        return assertThrows(HardwareModelException.class, () -> ChipSpecLoader.parse(json, "my.json")).getMessage();
    }

    @Test
    void unknownKeyIsAnErrorNamingTheField() {
        String msg = error(loihi1Json().replace("\"compartments_per_core\" : 1024",
                "\"compartments_per_core\" : 1024, \"compartments_per_kore\" : 1"));
        assertTrue(msg.startsWith("chip spec my.json: unknown field 'core.compartments_per_kore' at line "), msg);
        assertTrue(msg.contains("known fields here: compartments_per_core"), msg);
    }

    @Test
    void missingKeyIsAnError() {
        String msg = error(loihi1Json().replace("\"synop_energy_pj\" : 23.6,", ""));
        assertTrue(msg.startsWith("chip spec my.json: missing field 'energy.synop_energy_pj'"), msg);
    }

    @Test
    void wrongTypeIsAnError() {
        String msg = error(loihi1Json().replace("\"mesh_cols\" : 8", "\"mesh_cols\" : \"eight\""));
        assertTrue(msg.startsWith("chip spec my.json: field 'mesh.mesh_cols' has the wrong type"), msg);
    }

    @Test
    void nullIsAnError() {
        assertTrue(error(loihi1Json().replace("\"mesh_rows\" : 4", "\"mesh_rows\" : null"))
                .startsWith("chip spec my.json: field 'mesh.mesh_rows' must not be null"));
        assertTrue(error(loihi1Json().replace("\"name\" : \"loihi1\"", "\"name\" : null"))
                .startsWith("chip spec my.json: field 'name' must not be null"));
    }

    @Test
    void invalidJsonIsAnError() {
        String msg = error("{ \"schema_version\": 1,, }");
        assertTrue(msg.startsWith("chip spec my.json: not valid JSON at line 1"), msg);
    }

    @Test
    void outOfRangeValuesNameFieldAndBound() {
        assertEquals("chip spec my.json: field 'core.compartments_per_core' must be >= 1, got 0",
                error(loihi1Json().replace("\"compartments_per_core\" : 1024", "\"compartments_per_core\" : 0")));
        assertEquals("chip spec my.json: field 'energy.synop_energy_pj' must be a finite number >= 0, got -1.0",
                error(loihi1Json().replace("\"synop_energy_pj\" : 23.6", "\"synop_energy_pj\" : -1.0")));
        assertEquals("chip spec my.json: field 'synapse_format.weight_exp_max' must be >= -8, got -9",
                error(loihi1Json().replace("\"weight_exp_max\" : 7", "\"weight_exp_max\" : -9")));
        assertEquals("chip spec my.json: field 'neuron.threshold_mant_bits + neuron.threshold_shift' must be <= 23, got 24",
                error(loihi1Json().replace("\"threshold_mant_bits\" : 17", "\"threshold_mant_bits\" : 18")));
        assertEquals("chip spec my.json: field 'timing.synapse_word_bits' must be >= 21, got 16",
                error(loihi1Json().replace("\"synapse_word_bits\" : 64", "\"synapse_word_bits\" : 16")));
        assertEquals("chip spec my.json: field 'schema_version' must be 1, got 2",
                error(loihi1Json().replace("\"schema_version\" : 1", "\"schema_version\" : 2")));
    }
}
