package io.kairos.hardware.spec;

/**
 * Everything the compiler and the simulators need to know about one Loihi-style chip: resource
 * limits, fixed-point widths, the mesh, multi-chip links and the per-operation time and energy
 * figures. Plain data; {@link ChipSpecLoader} parses and validates it, and the JSON keys are the
 * snake_case forms of the component names (units are part of the key: {@code synop_energy_pj}).
 *
 * @param schemaVersion format version of the spec file, currently {@value ChipSpecLoader#SCHEMA_VERSION}
 * @param name          short preset or user name, e.g. {@code loihi1}
 * @param description   one sentence: what chip and which sources
 */
public record ChipSpec(
        int schemaVersion,
        String name,
        String description,
        Mesh mesh,
        CoreLimits core,
        SynapseFormat synapseFormat,
        NeuronWidths neuron,
        MultiChip multiChip,
        Timing timing,
        Energy energy) {

    /** Cores on one chip: {@code mesh_cols * mesh_rows * cores_per_tile}. */
    public int coresPerChip() {
        return mesh.meshCols() * mesh.meshRows() * mesh.coresPerTile();
    }

    /** Bits needed to name one compartment of a core: {@code ceil(log2(compartments_per_core))}, at least 1. */
    public int compartmentIndexBits() {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(core.compartmentsPerCore() - 1));
    }

    /**
     * Bits of synapse memory one synapse occupies in the sparse synapse format:
     * {@code weight_bits + compartment index bits + delay_bits}. See docs/core-tables.md.
     */
    public int bitsPerSynapse() {
        return synapseFormat.weightBits() + compartmentIndexBits() + synapseFormat.delayBits();
    }

    /** Most synapses one core can hold: {@code floor(synapse_memory_bits / bitsPerSynapse())}. */
    public long maxSynapsesPerCore() {
        return core.synapseMemoryBits() / bitsPerSynapse();
    }

    /** Smallest weight mantissa: {@code -2^(weight_bits-1)} if signed, else 0. */
    public int weightMin() {
        return synapseFormat.weightSigned() ? -(1 << (synapseFormat.weightBits() - 1)) : 0;
    }

    /** Largest weight mantissa: {@code 2^(weight_bits-1) - 1} if signed, else {@code 2^weight_bits - 1}. */
    public int weightMax() {
        return synapseFormat.weightSigned()
                ? (1 << (synapseFormat.weightBits() - 1)) - 1
                : (1 << synapseFormat.weightBits()) - 1;
    }

    /** Largest synaptic delay in time steps: {@code 2^delay_bits - 1} (0 when delay_bits is 0). */
    public int maxDelay() {
        return (1 << synapseFormat.delayBits()) - 1;
    }

    /** 2D mesh of tiles on one chip. */
    public record Mesh(int meshCols, int meshRows, int coresPerTile) {
    }

    /** Per-core resource limits. */
    public record CoreLimits(
            int compartmentsPerCore,
            long synapseMemoryBits,
            int maxInputAxons,
            int maxOutputEdges) {
    }

    /**
     * The sparse synapse word: a weight mantissa of {@code weight_bits} (two's complement if
     * signed), a target compartment index and a delay of {@code delay_bits}; each input axon carries
     * one weight exponent in {@code [weight_exp_min, weight_exp_max]}.
     */
    public record SynapseFormat(
            int weightBits,
            boolean weightSigned,
            int weightExpMin,
            int weightExpMax,
            int delayBits) {
    }

    /**
     * Fixed-point widths of the CUBA compartment (docs/fixed-point.md).
     *
     * @param currentDecayOffset added to du before decaying u: Loihi 1 decays u by (du + 1) / 4096
     * @param weightShift        the {@code a << 6} of the current update
     * @param thresholdShift     the {@code vthMant << 6} of the spike test
     * @param oneShotNeuron      whether compartments may be marked fire-once (microcode on Loihi 2)
     */
    public record NeuronWidths(
            int uBits,
            int vBits,
            int decayBits,
            int currentDecayOffset,
            int weightShift,
            int thresholdMantBits,
            int thresholdShift,
            int biasMantBits,
            int biasExpBits,
            int refractoryMin,
            int refractoryMax,
            boolean oneShotNeuron) {
    }

    /** Multi-chip systems: how many chips and what a chip-to-chip link costs. */
    public record MultiChip(
            int maxChips,
            double interChipHopTimeNs,
            double interChipHopEnergyPj,
            double interChipBandwidthFraction,
            double interChipBarrierNs) {
    }

    /**
     * Time figures. Loihi has no clock; {@code clock_mhz} is the quantum in which the cycle model
     * counts, and every {@code *_ns} figure is rounded to whole cycles of it.
     */
    public record Timing(
            double clockMhz,
            double synopTimeNs,
            int synapseWordBits,
            double synapseWordTimeNs,
            double compartmentActiveTimeNs,
            double compartmentIdleTimeNs,
            double spikeInTileTimeNs,
            double hopEwTimeNs,
            double hopNsTimeNs,
            double linkSpikesPerNs,
            double barrierBaseNs,
            double barrierPerHopNs) {
    }

    /** Dynamic energy per operation, and static power as a separate term. */
    public record Energy(
            double synopEnergyPj,
            double compartmentActiveEnergyPj,
            double compartmentIdleEnergyPj,
            double spikeInTileEnergyPj,
            double hopEwEnergyPj,
            double hopNsEnergyPj,
            double barrierEnergyPj,
            double staticPowerPerChipW) {
    }
}
