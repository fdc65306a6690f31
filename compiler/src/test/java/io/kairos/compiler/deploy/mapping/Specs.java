package io.kairos.compiler.deploy.mapping;

import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;

/** Chip specs with small limits, for mapping tests. */
public final class Specs {
  private Specs() {}

  public static ChipSpec loihi1() {
    return ChipSpecLoader.preset("loihi1");
  }

  public static ChipSpec small(ChipSpec base, int compartments, long memoryBits, int axons, int edges, int maxChips) {
    var m = base.multiChip();
    return new ChipSpec(base.schemaVersion(), base.name() + "-small", base.description(), base.mesh(),
        new ChipSpec.CoreLimits(compartments, memoryBits, axons, edges), base.synapseFormat(), base.neuron(),
        new ChipSpec.MultiChip(maxChips, m.interChipHopTimeNs(), m.interChipHopEnergyPj(),
            m.interChipBandwidthFraction(), m.interChipBarrierNs()),
        base.timing(), base.energy());
  }

  /** A 2 x 1 mesh of 2-core tiles: 4 cores per chip. */
  public static ChipSpec tinyMesh(ChipSpec base, int compartments, int maxChips) {
    var s = small(base, compartments, base.core().synapseMemoryBits(), base.core().maxInputAxons(),
        base.core().maxOutputEdges(), maxChips);
    return new ChipSpec(s.schemaVersion(), s.name(), s.description(), new ChipSpec.Mesh(2, 1, 2), s.core(),
        s.synapseFormat(), s.neuron(), s.multiChip(), s.timing(), s.energy());
  }
}
