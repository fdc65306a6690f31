package io.kairos.hardware.cost;

import io.kairos.hardware.spec.ChipSpec;

/**
 * The spec's time figures as whole cycles of its clock (docs/hardware-model.md, "Parameters").
 *
 * @param synop           accumulating one synapse into the dendritic accumulator
 * @param wordFetch       reading one synapse-memory word
 * @param compActive      updating a compartment that has input or state
 * @param compIdle        servicing a compartment with nothing to do
 * @param inTile          core -> tile router -> core, paid by every message
 * @param hopEw           one east-west tile hop
 * @param hopNs           one north-south tile hop
 * @param linkOccupancy   cycles a message holds an on-chip link or a core's output port (1 / bandwidth)
 * @param chipHop         latency of the chip-to-chip link
 * @param chipOccupancy   cycles a message holds the chip-to-chip link (on-chip occupancy / bandwidth fraction)
 */
public record TimingParameters(
        Clock clock,
        long synop,
        long wordFetch,
        long compActive,
        long compIdle,
        long inTile,
        long hopEw,
        long hopNs,
        long linkOccupancy,
        long chipHop,
        long chipOccupancy,
        double barrierBaseNs,
        double barrierPerHopNs,
        double barrierPerExtraChipNs) {

    public static TimingParameters of(ChipSpec spec) {
        ChipSpec.Timing t = spec.timing();
        Clock clock = new Clock(t.clockMhz());
        double occupancyNs = 1.0 / t.linkSpikesPerNs();
        return new TimingParameters(clock,
                clock.cycles(t.synopTimeNs()),
                clock.cycles(t.synapseWordTimeNs()),
                clock.cycles(t.compartmentActiveTimeNs()),
                clock.cycles(t.compartmentIdleTimeNs()),
                clock.cycles(t.spikeInTileTimeNs()),
                clock.cycles(t.hopEwTimeNs()),
                clock.cycles(t.hopNsTimeNs()),
                clock.atLeastOneCycle(occupancyNs),
                clock.cycles(spec.multiChip().interChipHopTimeNs()),
                clock.atLeastOneCycle(occupancyNs / spec.multiChip().interChipBandwidthFraction()),
                t.barrierBaseNs(),
                t.barrierPerHopNs(),
                spec.multiChip().interChipBarrierNs());
    }

    /**
     * Barrier cycles for a mapping whose cores span {@code cols x rows} tiles on {@code chips} chips:
     * {@code base + perHop * ((cols - 1) + (rows - 1)) + perExtraChip * (chips - 1)}, rounded once.
     */
    public long barrier(int cols, int rows, int chips) {
        return clock.cycles(barrierBaseNs + barrierPerHopNs * ((cols - 1) + (rows - 1))
                + barrierPerExtraChipNs * (chips - 1));
    }
}
