package io.kairos.compiler.deploy.tables;

import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.deploy.mapping.Block;
import io.kairos.compiler.deploy.mapping.CoreUsage;
import io.kairos.compiler.deploy.mapping.MappingSummary;
import io.kairos.compiler.deploy.mapping.Placement;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.tables.AxonRef;
import io.kairos.hardware.tables.Compartment;
import io.kairos.hardware.tables.Core;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesBuilder;
import io.kairos.hardware.tables.CoreTablesValidator;
import io.kairos.hardware.tables.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes partitioned fixed-point networks as the hardware model's {@link CoreTables}
 * (docs/core-tables.md; choices in docs/quantisation.md, "Core tables"): one core per block;
 * per core, its compartments in neuron order, one input axon per source neuron with a nonzero
 * weight into the block (exponent = the projection's), then one axon per self-inhibited
 * compartment; synapses from external inputs carry delay 1 so that an input spike of step t is
 * integrated at step t + 1 like every other hop; layers are named {@code network/population}.
 */
public final class CoreTablesAssembler {
  private CoreTablesAssembler() {}

  /** The tables and the mapping summary. */
  public record Mapped(CoreTables tables, MappingSummary summary) {}

  private record BlockCore(
      FixedPointLayer layer, String layerName, Block block, Placement placement,
      CoreTablesBuilder.CoreBuilder builder, int[] sourceAxon, int[] selfAxon) {}

  public static Mapped assemble(List<FixedPointNetwork> nets, List<List<List<Block>>> partitions, ChipSpec spec) {
    if (spec.maxDelay() < 1) {
      throw new DeploymentException(
          "chip " + spec.name() + " has no synaptic delay (delay_bits 0); the input synapses need delay 1");
    }
    int refractory = spec.neuron().refractoryMin();
    if (refractory != 1) {
      throw new DeploymentException(
          "chip " + spec.name() + " has a shortest refractory delay of " + refractory
              + " steps; the deployment needs 1 (no refractory period)");
    }
    int totalCores = 0;
    long totalCompartments = 0;
    for (int n = 0; n < nets.size(); n++) {
      for (List<Block> bl : partitions.get(n)) {
        totalCores += bl.size();
      }
      for (FixedPointLayer l : nets.get(n).layers()) {
        totalCompartments += l.size();
      }
    }
    Placement.checkFits(totalCores, totalCompartments, spec);

    CoreTablesBuilder tb = new CoreTablesBuilder();
    List<BlockCore> all = new ArrayList<>();
    List<MappingSummary.NetworkPorts> ports = new ArrayList<>();
    int global = 0;
    int inputPort = 0;
    int outputPort = 0;
    long selfSynapses = 0;
    long selfAxons = 0;
    for (int n = 0; n < nets.size(); n++) {
      FixedPointNetwork net = nets.get(n);
      List<List<BlockCore>> byLayer = new ArrayList<>();
      List<String> layerNames = new ArrayList<>();
      for (int k = 0; k < net.layers().size(); k++) {
        FixedPointLayer l = net.layers().get(k);
        String name = net.name() + "/" + l.name();
        layerNames.add(name);
        List<BlockCore> cores = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (Block b : partitions.get(n).get(k)) {
          Placement p = Placement.of(global++, spec);
          var cb = tb.core(p.chip(), p.core(), p.tileX(), p.tileY());
          BlockCore bc = fill(l, name, b, p, cb, k == 0 ? 1 : 0);
          cores.add(bc);
          all.add(bc);
          segments.add(new Segment(p.chip(), p.core(), 0, b.count()));
          for (int[] s : Arrays.copyOfRange(l.selfMant(), b.first(), b.first() + b.count())) {
            selfSynapses += s.length;
            selfAxons += s.length > 0 ? 1 : 0;
          }
        }
        tb.layer(name, segments);
        byLayer.add(cores);
      }
      for (int k = 0; k < byLayer.size(); k++) {
        List<BlockCore> next = k + 1 < byLayer.size() ? byLayer.get(k + 1) : List.of();
        for (BlockCore bc : byLayer.get(k)) {
          for (int c = 0; c < bc.block().count(); c++) {
            int j = bc.block().first() + c;
            for (BlockCore nb : next) {
              if (nb.sourceAxon()[j] >= 0) {
                bc.builder().route(c, nb.builder().axonRef(nb.sourceAxon()[j]));
              }
            }
            if (bc.selfAxon()[c] >= 0) {
              bc.builder().route(c, bc.builder().axonRef(bc.selfAxon()[c]));
            }
          }
        }
      }
      for (int i = 0; i < net.inputSize(); i++) {
        List<AxonRef> dest = new ArrayList<>();
        for (BlockCore bc : byLayer.get(0)) {
          if (bc.sourceAxon()[i] >= 0) {
            dest.add(bc.builder().axonRef(bc.sourceAxon()[i]));
          }
        }
        tb.input(dest);
      }
      for (BlockCore bc : byLayer.get(byLayer.size() - 1)) {
        for (int c = 0; c < bc.block().count(); c++) {
          tb.output(bc.builder().ref(c));
        }
      }
      ports.add(new MappingSummary.NetworkPorts(
          net.name(), inputPort, net.inputSize(), outputPort, net.output().size(), layerNames));
      inputPort += net.inputSize();
      outputPort += net.output().size();
    }
    CoreTables tables = tb.build();
    try {
      CoreTablesValidator.validate(tables, spec, "deployment tables");
    } catch (io.kairos.hardware.HardwareModelException e) {
      // the partitioner and quantiser keep every limit and width: a failure here is a compiler bug
      throw new IllegalStateException("the deployment compiler built invalid core tables: " + e.getMessage(), e);
    }
    return new Mapped(tables, summarise(spec, tables, all, ports, selfSynapses, selfAxons));
  }

  private static BlockCore fill(
      FixedPointLayer l, String name, Block b, Placement p, CoreTablesBuilder.CoreBuilder cb, int delay) {
    boolean oneShot = l.fireOnce() == FireOnce.ONE_SHOT_FLAG;
    for (int c = 0; c < b.count(); c++) {
      cb.compartment(new Compartment(l.vthMant(), l.du(), l.dv(), l.biasMant(), l.biasExp(), 1, oneShot));
    }
    int[] sourceAxon = new int[l.fanIn()];
    Arrays.fill(sourceAxon, -1);
    for (int i = 0; i < l.fanIn(); i++) {
      int axon = -1;
      for (int c = 0; c < b.count(); c++) {
        int w = l.weight(b.first() + c, i);
        if (w != 0) {
          if (axon < 0) {
            axon = cb.axon(l.weightExp());
          }
          cb.synapse(axon, c, w, delay);
        }
      }
      sourceAxon[i] = axon;
    }
    int[] selfAxon = new int[b.count()];
    Arrays.fill(selfAxon, -1);
    for (int c = 0; c < b.count(); c++) {
      int[] self = l.selfMant()[b.first() + c];
      if (self.length > 0) {
        selfAxon[c] = cb.axon(l.selfExp());
        for (int m : self) {
          cb.synapse(selfAxon[c], c, m, 0);
        }
      }
    }
    return new BlockCore(l, name, b, p, cb, sourceAxon, selfAxon);
  }

  private static MappingSummary summarise(
      ChipSpec spec, CoreTables tables, List<BlockCore> blocks, List<MappingSummary.NetworkPorts> ports,
      long selfSynapses, long selfAxons) {
    ChipSpec.CoreLimits lim = spec.core();
    List<CoreUsage> usage = new ArrayList<>();
    long comps = 0;
    long syn = 0;
    long axons = 0;
    long edges = 0;
    int maxChip = 0;
    for (int k = 0; k < blocks.size(); k++) {
      BlockCore bc = blocks.get(k);
      Core core = tables.cores().get(k);
      if (core.chip() != bc.placement().chip() || core.core() != bc.placement().core()) {
        throw new IllegalStateException("core order changed while building the tables");
      }
      long s = core.synapseCount();
      long bits = s * spec.bitsPerSynapse();
      long e = core.outputEdgeCount();
      int a = core.axons().size();
      int c = core.compartments().size();
      usage.add(new CoreUsage(core.chip(), core.core(), core.tileX(), core.tileY(), bc.layerName(),
          bc.block().first(), c, s, bits, a, e,
          (double) c / lim.compartmentsPerCore(), (double) bits / lim.synapseMemoryBits(),
          (double) a / lim.maxInputAxons(), (double) e / lim.maxOutputEdges()));
      comps += c;
      syn += s;
      axons += a;
      edges += e;
      maxChip = Math.max(maxChip, core.chip());
    }
    return new MappingSummary(spec.name(), blocks.isEmpty() ? 0 : maxChip + 1, blocks.size(), comps, syn,
        syn * spec.bitsPerSynapse(), axons, edges, selfSynapses, selfAxons, selfAxons, ports, usage);
  }
}
