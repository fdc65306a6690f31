package io.kairos.compiler.export.nir;

import io.kairos.compiler.export.InterchangeException;
import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.IrFormatException;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A NIR graph back into the IR: a chain {@code Input -> (Linear | Affine -> IF)+ -> Output} becomes
 * a network of dense IF layers with its weights (docs/interchange.md, "NIR import"). Graphs written
 * by Kairos carry their IR in the metadata and come back as that model; other graphs get a model
 * built from the graph. Anything else is refused with a message that names the offending nodes.
 */
public final class NirImporter {
  private NirImporter() {}

  /**
   * @param graph the graph read from a file
   * @param source the file name, for messages
   * @param fallbackName model and network name for graphs not written by Kairos
   * @param fallbackWindow time window for graphs that state none ({@code time_steps} metadata)
   */
  public static TrainedModel toTrainedModel(NirGraph graph, String source, String fallbackName, int fallbackWindow) {
    refuseUnsupported(graph, source);
    Chain chain = chain(graph, source);
    Object ir = graph.metadata().get(NirExporter.META_IR);
    Object name = graph.metadata().get(NirExporter.META_NETWORK);
    if (ir instanceof String json && name instanceof String network) {
      Model model;
      try {
        model = IrJson.read(json);
      } catch (IrFormatException e) {
        throw new InterchangeException(source + ": the Kairos IR in the metadata is unreadable: " + e.getMessage());
      }
      Network net = model.network(network).orElseThrow(() -> new InterchangeException(
          source + ": the metadata names network " + network + " but its IR has no such network"));
      checkMatches(chain, model, net, source);
      return new TrainedModel(model, Map.of(network, chain.weights()));
    }
    int window = graph.metadata().get(NirExporter.META_TIME_STEPS) instanceof Long w ? Math.toIntExact(w) : fallbackWindow;
    return new TrainedModel(synthesise(chain, fallbackName, window), Map.of(fallbackName, chain.weights()));
  }

  /** The layers of a chain: one per Linear/Affine + IF pair. */
  private record Chain(String input, long inputSize, List<String> names, List<WeightMatrix> weights, List<Double> thresholds) {}

  private static void refuseUnsupported(NirGraph graph, String source) {
    List<String> bad = new ArrayList<>();
    graph.nodes().forEach((name, node) -> {
      if (node instanceof NirNode.Unsupported u) {
        bad.add(name + " (" + u.type() + ")");
      }
    });
    if (!bad.isEmpty()) {
      bad.sort(null);
      throw new InterchangeException(source + ": NIR node kinds Kairos cannot import: " + String.join(", ", bad)
          + "; Kairos imports " + String.join(", ", NirNames.SUPPORTED));
    }
  }

  private static Chain chain(NirGraph graph, String source) {
    Map<String, List<String>> next = new HashMap<>();
    Map<String, Integer> incoming = new HashMap<>();
    for (NirGraph.Edge e : graph.edges()) {
      for (String end : List.of(e.source(), e.target())) {
        if (!graph.nodes().containsKey(end)) {
          throw new InterchangeException(source + ": edge " + e.source() + " -> " + e.target() + " names no node " + end);
        }
      }
      next.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
      incoming.merge(e.target(), 1, Integer::sum);
    }
    List<String> inputs = graph.nodes().entrySet().stream()
        .filter(e -> e.getValue() instanceof NirNode.Input).map(Map.Entry::getKey).toList();
    if (inputs.size() != 1) {
      throw new InterchangeException(source + ": Kairos imports graphs with one Input node, this one has " + inputs.size());
    }
    String at = inputs.get(0);
    long inputSize = product(((NirNode.Input) graph.nodes().get(at)).shape());
    List<String> order = new ArrayList<>(List.of(at));
    while (!(graph.nodes().get(at) instanceof NirNode.Output)) {
      List<String> outs = next.getOrDefault(at, List.of());
      if (outs.size() != 1) {
        throw new InterchangeException(source + ": Kairos imports a chain of layers; node " + at + " has "
            + outs.size() + " outgoing edges");
      }
      at = outs.get(0);
      if (incoming.get(at) != 1 || order.contains(at)) {
        throw new InterchangeException(source + ": Kairos imports a chain of layers; node " + at + " has "
            + incoming.get(at) + " incoming edges");
      }
      order.add(at);
    }
    if (order.size() != graph.nodes().size()) {
      throw new InterchangeException(source + ": nodes outside the Input-to-Output chain: "
          + String.join(", ", graph.nodes().keySet().stream().filter(n -> !order.contains(n)).toList()));
    }
    List<String> names = new ArrayList<>();
    List<WeightMatrix> weights = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    long fan = inputSize;
    for (int k = 1; k < order.size() - 1; k += 2) {
      String wName = order.get(k);
      String nName = order.get(k + 1);
      NirNode w = graph.nodes().get(wName);
      NirNode n = graph.nodes().get(nName);
      if (!(n instanceof NirNode.IntegrateAndFire f) || w instanceof NirNode.IntegrateAndFire) {
        throw new InterchangeException(source + ": Kairos imports Linear/Affine -> IF pairs; found "
            + NirNames.typeOf(w) + " " + wName + " -> " + NirNames.typeOf(n) + " " + nName);
      }
      WeightMatrix m = weightsOf(w, wName, source);
      if (m.cols() != fan || m.rows() != f.size()) {
        throw new InterchangeException(source + ": " + wName + " has weights " + m.rows() + "x" + m.cols()
            + " between " + fan + " inputs and " + f.size() + " neurons");
      }
      weights.add(scaled(m, f, nName, source));
      thresholds.add(uniform(f.vThreshold(), nName + ".v_threshold", source));
      for (double v : f.vReset()) {
        if (v != 0) {
          throw new InterchangeException(source + ": " + nName + " resets to " + v + "; Kairos neurons reset to 0");
        }
      }
      names.add(identifier(nName));
      fan = f.size();
    }
    if (names.isEmpty()) {
      throw new InterchangeException(source + ": the graph has no IF layer");
    }
    long outputSize = product(((NirNode.Output) graph.nodes().get(order.get(order.size() - 1))).shape());
    if (outputSize != fan) {
      throw new InterchangeException(source + ": Output has " + outputSize + " values but the last layer " + fan + " neurons");
    }
    return new Chain(identifier(order.get(0)), inputSize, names, weights, thresholds);
  }

  private static WeightMatrix weightsOf(NirNode node, String name, String source) {
    if (node instanceof NirNode.Linear l) {
      return l.weight();
    }
    if (node instanceof NirNode.Affine a) {
      for (double b : a.bias()) {
        if (b != 0) {
          throw new InterchangeException(source + ": Affine " + name + " has a nonzero bias (" + b
              + "); Kairos IF layers have no bias");
        }
      }
      return a.weight();
    }
    throw new InterchangeException(source + ": Kairos imports Linear/Affine -> IF pairs; " + name + " is a "
        + NirNames.typeOf(node));
  }

  /** NIR's IF integrates {@code r * I}: a neuron's r scales its incoming weights. */
  private static WeightMatrix scaled(WeightMatrix m, NirNode.IntegrateAndFire f, String name, String source) {
    WeightMatrix out = m.copy();
    for (int j = 0; j < m.rows(); j++) {
      double r = f.r()[j];
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new InterchangeException(source + ": " + name + ".r[" + j + "] is " + r + "; it must be positive");
      }
      if (r != 1) {
        for (int i = 0; i < m.cols(); i++) {
          out.data()[j * m.cols() + i] = (float) (m.get(j, i) * r);
        }
      }
    }
    return out;
  }

  private static double uniform(double[] v, String what, String source) {
    for (double x : v) {
      if (x != v[0]) {
        throw new InterchangeException(source + ": " + what + " differs between neurons (" + v[0] + ", " + x
            + "); a Kairos population has one threshold");
      }
    }
    if (!(v[0] > 0)) {
      throw new InterchangeException(source + ": " + what + " is " + v[0] + "; thresholds must be positive");
    }
    return v[0];
  }

  private static void checkMatches(Chain chain, Model model, Network net, String source) {
    Encoder enc = model.encoder(net.input()).orElseThrow();
    boolean ok = enc.size() == chain.inputSize() && net.populations().size() == chain.weights().size();
    for (int k = 0; ok && k < chain.weights().size(); k++) {
      Population p = net.populations().get(k);
      ok = p.size() == chain.weights().get(k).rows() && p.threshold() == chain.thresholds().get(k);
    }
    if (!ok) {
      throw new InterchangeException(source + ": the graph does not match the Kairos IR in its metadata "
          + "(sizes or thresholds differ); was it edited?");
    }
  }

  private static Model synthesise(Chain chain, String name, int window) {
    List<Population> pops = new ArrayList<>();
    List<Projection> projs = new ArrayList<>();
    String previous = chain.input();
    for (int k = 0; k < chain.names().size(); k++) {
      String pop = chain.names().get(k);
      pops.add(new Population(pop, chain.weights().get(k).rows(), "IF", chain.thresholds().get(k), List.of()));
      projs.add(new Projection(previous, pop, new Init.Uniform(-1, 1)));
      previous = pop;
    }
    Network net = new Network(name, chain.input(), pops, projs, null);
    return new Model(Model.SCHEMA_VERSION, name, window,
        List.of(new IfNeuron("IF", chain.thresholds().get(0), window)),
        List.of(new NoiseLatencyEncoder(chain.input(), Math.toIntExact(chain.inputSize()))),
        List.of(net), null, null);
  }

  private static long product(long[] shape) {
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    return n;
  }

  /** A node name as a Kairos identifier: letters, digits and underscores, not starting with a digit. */
  static String identifier(String name) {
    String s = name.replaceAll("[^A-Za-z0-9_]", "_");
    return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "n_" + s : s;
  }
}
