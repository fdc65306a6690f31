package io.kairos.compiler.deploy.mapping;

import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.hardware.spec.ChipSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits each layer into contiguous blocks of neurons, one block per core, within every per-core
 * limit (docs/quantisation.md, "Partitioning"). A core holds neurons of one layer only. A neuron's
 * needs on a core: its compartment; one input axon per source neuron with a nonzero weight into
 * the block (shared by the block's neurons) plus one for its self-inhibition; its synapses
 * (nonzero weights and self-synapses); and one output edge per core of the next layer it reaches
 * plus one for its self-inhibition. Layers are partitioned last to first, because a neuron's
 * output edges depend on how the next layer is split. Blocks grow greedily.
 */
public final class Partitioner {
  private Partitioner() {}

  /** Blocks per layer, feed-forward order. */
  public static List<List<Block>> partition(FixedPointNetwork net, ChipSpec spec) {
    int layers = net.layers().size();
    List<List<Block>> result = new ArrayList<>();
    for (int k = 0; k < layers; k++) {
      result.add(null);
    }
    for (int k = layers - 1; k >= 0; k--) {
      FixedPointLayer l = net.layers().get(k);
      long[] outDegree = new long[l.size()];
      if (k + 1 < layers) {
        FixedPointLayer next = net.layers().get(k + 1);
        for (Block b : result.get(k + 1)) {
          for (int j = 0; j < l.size(); j++) {
            for (int t = b.first(); t < b.first() + b.count(); t++) {
              if (next.weight(t, j) != 0) {
                outDegree[j]++;
                break;
              }
            }
          }
        }
      }
      for (int j = 0; j < l.size(); j++) {
        outDegree[j] += l.selfMant()[j].length > 0 ? 1 : 0;
      }
      result.set(k, partitionLayer(net.name(), k, l, outDegree, spec));
    }
    return result;
  }

  private static List<Block> partitionLayer(String network, int k, FixedPointLayer l, long[] outDegree, ChipSpec spec) {
    ChipSpec.CoreLimits lim = spec.core();
    long bits = spec.bitsPerSynapse();
    List<Block> blocks = new ArrayList<>();
    boolean[] used = new boolean[l.fanIn()];
    int first = 0;
    int axons = 0;
    long synapses = 0;
    long edges = 0;
    int count = 0;
    for (int j = 0; j < l.size(); j++) {
      int newSources = 0;
      int ownSources = 0;
      long ownSynapses = l.selfMant()[j].length;
      for (int i = 0; i < l.fanIn(); i++) {
        if (l.weight(j, i) != 0) {
          ownSources++;
          ownSynapses++;
          newSources += used[i] ? 0 : 1;
        }
      }
      int selfAxon = l.selfMant()[j].length > 0 ? 1 : 0;
      String where = "network " + network + ", layer " + l.name() + ", neuron " + j;
      check(where, "input axons per core", ownSources + selfAxon, lim.maxInputAxons());
      check(where, "synapse memory bits per core (" + ownSynapses + " synapses of " + bits + " bits)",
          ownSynapses * bits, lim.synapseMemoryBits());
      check(where, "output edges per core", outDegree[j], lim.maxOutputEdges());
      check(where, "compartments per core", 1, lim.compartmentsPerCore());
      boolean fits = count + 1 <= lim.compartmentsPerCore()
          && axons + newSources + selfAxon <= lim.maxInputAxons()
          && (synapses + ownSynapses) * bits <= lim.synapseMemoryBits()
          && edges + outDegree[j] <= lim.maxOutputEdges();
      if (!fits) {
        blocks.add(new Block(k, first, count));
        Arrays.fill(used, false);
        first = j;
        axons = 0;
        synapses = 0;
        edges = 0;
        count = 0;
        newSources = ownSources;
      }
      for (int i = 0; i < l.fanIn(); i++) {
        if (l.weight(j, i) != 0) {
          used[i] = true;
        }
      }
      axons += newSources + selfAxon;
      synapses += ownSynapses;
      edges += outDegree[j];
      count++;
    }
    blocks.add(new Block(k, first, count));
    return blocks;
  }

  private static void check(String where, String limit, long need, long max) {
    if (need > max) {
      throw new DeploymentException(
          where + " does not fit on any core: it needs " + need + " " + limit + " but the limit is " + max
              + " (over by " + (need - max) + ")");
    }
  }
}
