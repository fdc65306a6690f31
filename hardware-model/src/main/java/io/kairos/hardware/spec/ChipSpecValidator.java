package io.kairos.hardware.spec;

import io.kairos.hardware.HardwareModelException;

/**
 * Range checks for every field of a {@link ChipSpec}. The bounds are those of the hardware where
 * it has one, and otherwise the widths the integer datapath supports (u, v and weights in 32-bit
 * ints), so that a spec that passes can be simulated without overflow.
 */
final class ChipSpecValidator {
    private final String source;

    ChipSpecValidator(String source) {
        this.source = source;
    }

    void validate(ChipSpec s) {
        if (s.schemaVersion() != ChipSpecLoader.SCHEMA_VERSION) {
            fail("field 'schema_version' must be " + ChipSpecLoader.SCHEMA_VERSION + ", got " + s.schemaVersion());
        }
        if (s.name().isBlank()) {
            fail("field 'name' must not be blank");
        }
        var m = s.mesh();
        range("mesh.mesh_cols", m.meshCols(), 1, 256);
        range("mesh.mesh_rows", m.meshRows(), 1, 256);
        range("mesh.cores_per_tile", m.coresPerTile(), 1, 64);
        range("mesh (cores per chip = mesh_cols * mesh_rows * cores_per_tile)", (long) s.coresPerChip(), 1, 65_536);

        var c = s.core();
        range("core.compartments_per_core", c.compartmentsPerCore(), 1, 1 << 20);
        range("core.synapse_memory_bits", c.synapseMemoryBits(), 1, 1L << 40);
        range("core.max_input_axons", c.maxInputAxons(), 1, 1 << 20);
        range("core.max_output_edges", c.maxOutputEdges(), 1, 1 << 20);

        var f = s.synapseFormat();
        range("synapse_format.weight_bits", f.weightBits(), 1, 16);
        range("synapse_format.weight_exp_min", f.weightExpMin(), -16, 16);
        range("synapse_format.weight_exp_max", f.weightExpMax(), f.weightExpMin(), 16);
        range("synapse_format.delay_bits", f.delayBits(), 0, 8);

        var n = s.neuron();
        range("neuron.u_bits", n.uBits(), 2, 31);
        range("neuron.v_bits", n.vBits(), 2, 31);
        range("neuron.decay_bits", n.decayBits(), 1, 16);
        range("neuron.current_decay_offset", n.currentDecayOffset(), 0, 1);
        range("neuron.weight_shift", n.weightShift(), 0, 16);
        // The largest synaptic increment w * 2^(weight_shift + exp) must fit in an int.
        range("synapse_format.weight_exp_max + neuron.weight_shift + synapse_format.weight_bits",
                f.weightExpMax() + n.weightShift() + f.weightBits(), 0, 30);
        range("neuron.threshold_mant_bits", n.thresholdMantBits(), 1, 30);
        range("neuron.threshold_shift", n.thresholdShift(), 0, 16);
        // The shifted threshold must be a representable positive voltage.
        range("neuron.threshold_mant_bits + neuron.threshold_shift", n.thresholdMantBits() + n.thresholdShift(),
                1, n.vBits() - 1);
        range("neuron.bias_mant_bits", n.biasMantBits(), 2, 24);
        range("neuron.bias_exp_bits", n.biasExpBits(), 0, 3);
        range("neuron.bias_mant_bits - 1 + (2^bias_exp_bits - 1)",
                n.biasMantBits() - 1 + (1 << n.biasExpBits()) - 1, 1, 30);
        range("neuron.refractory_min", n.refractoryMin(), 1, 1 << 16);
        range("neuron.refractory_max", n.refractoryMax(), n.refractoryMin(), 1 << 16);

        var x = s.multiChip();
        range("multi_chip.max_chips", x.maxChips(), 1, 1 << 16);
        nonNegative("multi_chip.inter_chip_hop_time_ns", x.interChipHopTimeNs());
        nonNegative("multi_chip.inter_chip_hop_energy_pj", x.interChipHopEnergyPj());
        fraction("multi_chip.inter_chip_bandwidth_fraction", x.interChipBandwidthFraction());
        nonNegative("multi_chip.inter_chip_barrier_ns", x.interChipBarrierNs());

        var t = s.timing();
        positive("timing.clock_mhz", t.clockMhz());
        if (t.clockMhz() > 1e6) {
            fail("field 'timing.clock_mhz' must be <= 1000000, got " + t.clockMhz());
        }
        nonNegative("timing.synop_time_ns", t.synopTimeNs());
        range("timing.synapse_word_bits", t.synapseWordBits(), s.bitsPerSynapse(), 4096);
        nonNegative("timing.synapse_word_time_ns", t.synapseWordTimeNs());
        nonNegative("timing.compartment_active_time_ns", t.compartmentActiveTimeNs());
        nonNegative("timing.compartment_idle_time_ns", t.compartmentIdleTimeNs());
        nonNegative("timing.spike_in_tile_time_ns", t.spikeInTileTimeNs());
        nonNegative("timing.hop_ew_time_ns", t.hopEwTimeNs());
        nonNegative("timing.hop_ns_time_ns", t.hopNsTimeNs());
        positive("timing.link_spikes_per_ns", t.linkSpikesPerNs());
        nonNegative("timing.barrier_base_ns", t.barrierBaseNs());
        nonNegative("timing.barrier_per_hop_ns", t.barrierPerHopNs());

        var e = s.energy();
        nonNegative("energy.synop_energy_pj", e.synopEnergyPj());
        nonNegative("energy.compartment_active_energy_pj", e.compartmentActiveEnergyPj());
        nonNegative("energy.compartment_idle_energy_pj", e.compartmentIdleEnergyPj());
        nonNegative("energy.spike_in_tile_energy_pj", e.spikeInTileEnergyPj());
        nonNegative("energy.hop_ew_energy_pj", e.hopEwEnergyPj());
        nonNegative("energy.hop_ns_energy_pj", e.hopNsEnergyPj());
        nonNegative("energy.barrier_energy_pj", e.barrierEnergyPj());
        nonNegative("energy.static_power_per_chip_w", e.staticPowerPerChipW());
    }

    private void range(String field, long value, long min, long max) {
        if (value < min) {
            fail("field '" + field + "' must be >= " + min + ", got " + value);
        }
        if (value > max) {
            fail("field '" + field + "' must be <= " + max + ", got " + value);
        }
    }

    private void nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            fail("field '" + field + "' must be a finite number >= 0, got " + value);
        }
    }

    private void positive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            fail("field '" + field + "' must be a finite number > 0, got " + value);
        }
    }

    private void fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            fail("field '" + field + "' must be in (0, 1], got " + value);
        }
    }

    private void fail(String message) {
        throw new HardwareModelException("chip spec " + source + ": " + message);
    }
}
