package io.kairos.hardware.cost;

/** The operations the energy model prices, each with its spec key. */
public enum OpKind {
    SYNOP("synop_energy_pj"),
    COMPARTMENT_ACTIVE("compartment_active_energy_pj"),
    COMPARTMENT_IDLE("compartment_idle_energy_pj"),
    SPIKE_IN_TILE("spike_in_tile_energy_pj"),
    HOP_EW("hop_ew_energy_pj"),
    HOP_NS("hop_ns_energy_pj"),
    CHIP_LINK("inter_chip_hop_energy_pj"),
    BARRIER("barrier_energy_pj");

    private final String specKey;

    OpKind(String specKey) {
        this.specKey = specKey;
    }

    public String specKey() {
        return specKey;
    }
}
