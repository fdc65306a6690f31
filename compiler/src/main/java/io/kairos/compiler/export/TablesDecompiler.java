package io.kairos.compiler.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.ir.Network;
import io.kairos.hardware.tables.Axon;
import io.kairos.hardware.tables.AxonRef;
import io.kairos.hardware.tables.Compartment;
import io.kairos.hardware.tables.Core;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.Layer;
import io.kairos.hardware.tables.Segment;
import io.kairos.hardware.tables.Synapse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Core tables back to the fixed-point network they realise: the inverse of the deployment
 * compiler's table assembly (docs/quantisation.md, "Core tables"). Every synapse is attributed to
 * its source by following input ports and routes to the axon that holds it; a synapse from the
 * previous layer (or an input port) becomes a weight mantissa, one from the compartment itself a
 * self-inhibitory mantissa. Tables that do not have the deployer's layout (mixed exponents or
 * compartment parameters within a layer, other delays, synapses from elsewhere) are refused.
 */
final class TablesDecompiler {
  private TablesDecompiler() {}

  /** Where a spike that reaches an axon came from: an input port or a compartment. */
  private record Source(int inputPort, long compartment) {
    static Source port(int p) {
      return new Source(p, -1);
    }

    static Source compartment(int chip, int core, int c) {
      return new Source(-1, key(chip, core, c));
    }
  }

  /** A layer neuron: layer index and neuron index. */
  private record Neuron(int layer, int index) {}

  private static long key(int chip, int core, int c) {
    return ((long) chip << 42) | ((long) core << 21) | c;
  }

  static FixedPointNetwork decompile(
      CoreTables tables, DatapathWidths widths, int window, Network ir, NetworkPorts ports, JsonNode report) {
    String net = ir.name();
    int firstInput = ports.firstInputPort();
    int inputs = ports.inputs();
    List<String> layerNames = ports.layers();
    if (layerNames.size() != ir.populations().size()) {
      throw bad(net, "the tables list " + layerNames.size() + " layers but the model has " + ir.populations().size());
    }
    Map<Long, Neuron> neuronOf = new HashMap<>();
    List<Layer> layers = new ArrayList<>();
    for (int k = 0; k < layerNames.size(); k++) {
      Layer layer = layerOrFail(tables, net, layerNames.get(k));
      layers.add(layer);
      int j = 0;
      for (Segment s : layer.segments()) {
        for (int c = s.first(); c < s.first() + s.count(); c++) {
          neuronOf.put(key(s.chip(), s.core(), c), new Neuron(k, j++));
        }
      }
    }
    Map<Long, List<Source>> sourcesOf = new HashMap<>();
    for (int p = firstInput; p < firstInput + inputs; p++) {
      for (AxonRef a : tables.inputs().get(p).destinations()) {
        sourcesOf.computeIfAbsent(key(a.chip(), a.core(), a.axon()), x -> new ArrayList<>()).add(Source.port(p));
      }
    }
    Map<Long, Core> cores = new HashMap<>();
    for (Core core : tables.cores()) {
      cores.put(key(core.chip(), core.core(), 0), core);
      for (int c = 0; c < core.routes().size(); c++) {
        for (AxonRef a : core.routes().get(c)) {
          sourcesOf.computeIfAbsent(key(a.chip(), a.core(), a.axon()), x -> new ArrayList<>())
              .add(Source.compartment(core.chip(), core.core(), c));
        }
      }
    }
    List<FixedPointLayer> out = new ArrayList<>();
    int fanIn = inputs;
    for (int k = 0; k < layers.size(); k++) {
      JsonNode q = report.path("layers").path(k);
      String pop = ir.populations().get(k).name();
      if (!q.path("layer").asText().equals(pop)) {
        throw bad(net, "quantisation.json layer " + k + " is '" + q.path("layer").asText() + "', expected " + pop);
      }
      LayerBuilder b = new LayerBuilder(net, pop, layers.get(k).size(), fanIn,
          q.path("weightExp").asInt(), q.path("selfExp").asInt());
      for (Segment s : layers.get(k).segments()) {
        Core core = cores.get(key(s.chip(), s.core(), 0));
        if (core == null) {
          throw bad(net, "layer " + pop + " names a core that is not in the tables");
        }
        for (int c = s.first(); c < s.first() + s.count(); c++) {
          b.compartment(core.compartments().get(c));
        }
        for (int a = 0; a < core.axons().size(); a++) {
          Axon axon = core.axons().get(a);
          List<Source> from = sourcesOf.getOrDefault(key(core.chip(), core.core(), a), List.of());
          for (Synapse syn : axon.synapses()) {
            Neuron target = neuronOf.get(key(core.chip(), core.core(), syn.compartment()));
            if (target == null || target.layer() != k) {
              continue;
            }
            for (Source src : from) {
              b.synapse(target.index(), src, syn, axon.weightExp(), k, firstInput, neuronOf,
                  key(core.chip(), core.core(), syn.compartment()));
            }
          }
        }
      }
      out.add(b.build());
      fanIn = layers.get(k).size();
    }
    try {
      return new FixedPointNetwork(net, inputs, window, widths, out);
    } catch (IllegalArgumentException e) {
      throw bad(net, e.getMessage());
    }
  }

  private static Layer layerOrFail(CoreTables tables, String net, String name) {
    for (Layer l : tables.layers()) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    throw bad(net, "the tables have no layer " + name);
  }

  private static InterchangeException bad(String net, String why) {
    return new InterchangeException("network " + net + " in the deploy folder: " + why);
  }

  /** Collects one layer's integers, checking that they have the deployer's layout. */
  private static final class LayerBuilder {
    private final String net;
    private final String name;
    private final int size;
    private final int fanIn;
    private final int weightExp;
    private final int selfExp;
    private final int[] weights;
    private final boolean[] seen;
    private final List<List<Integer>> self = new ArrayList<>();
    private Compartment params;

    LayerBuilder(String net, String name, int size, int fanIn, int weightExp, int selfExp) {
      this.net = net;
      this.name = name;
      this.size = size;
      this.fanIn = fanIn;
      this.weightExp = weightExp;
      this.selfExp = selfExp;
      this.weights = new int[size * fanIn];
      this.seen = new boolean[size * fanIn];
      for (int j = 0; j < size; j++) {
        self.add(new ArrayList<>());
      }
    }

    void compartment(Compartment c) {
      if (c.refractoryDelay() != 1) {
        throw bad(net, "layer " + name + " has refractory delay " + c.refractoryDelay() + "; the deployer writes 1");
      }
      if (params == null) {
        params = c;
      } else if (!params.equals(c)) {
        throw bad(net, "layer " + name + " has compartments with different parameters: " + params + " and " + c);
      }
    }

    void synapse(int j, Source src, Synapse syn, int exp, int k, int firstInput, Map<Long, Neuron> neuronOf, long self) {
      if (src.inputPort() >= 0) {
        if (k != 0) {
          throw bad(net, "layer " + name + " receives an input port directly");
        }
        weight(j, src.inputPort() - firstInput, syn, exp, 1);
        return;
      }
      if (src.compartment() == self) {
        if (syn.delay() != 0 || exp != selfExp) {
          throw bad(net, "layer " + name + " has a self-synapse with delay " + syn.delay() + " and exponent " + exp
              + " (expected 0 and " + selfExp + ")");
        }
        this.self.get(j).add(syn.weight());
        return;
      }
      Neuron from = neuronOf.get(src.compartment());
      if (from == null || from.layer() != k - 1) {
        throw bad(net, "layer " + name + " receives a synapse from a compartment outside the previous layer");
      }
      weight(j, from.index(), syn, exp, 0);
    }

    private void weight(int j, int i, Synapse syn, int exp, int delay) {
      if (syn.delay() != delay || exp != weightExp) {
        throw bad(net, "layer " + name + " has a synapse with delay " + syn.delay() + " and exponent " + exp
            + " (expected " + delay + " and " + weightExp + ")");
      }
      if (seen[j * fanIn + i]) {
        throw bad(net, "layer " + name + " has two synapses from source " + i + " to neuron " + j);
      }
      seen[j * fanIn + i] = true;
      weights[j * fanIn + i] = syn.weight();
    }

    FixedPointLayer build() {
      int[][] selfMant = new int[size][];
      for (int j = 0; j < size; j++) {
        selfMant[j] = self.get(j).stream().mapToInt(Integer::intValue).toArray();
      }
      FireOnce fireOnce = params.oneShot() ? FireOnce.ONE_SHOT_FLAG : FireOnce.SELF_INHIBITION;
      return new FixedPointLayer(name, size, fanIn, weights, weightExp, params.vthMant(), params.du(), params.dv(),
          params.biasMant(), params.biasExp(), fireOnce, selfExp, selfMant);
    }
  }
}
