package io.kairos.compiler.export.nir;

import io.kairos.compiler.export.InterchangeException;
import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NeuronModel;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A trained float network as a NIR graph (docs/interchange.md, "NIR"): {@code Input} (the
 * encoder's size, flattened) then, per layer, {@code Linear} (weights {@code [out, in]}) and
 * {@code IF} ({@code r = 1}, {@code v_threshold} = the population's threshold, {@code v_reset = 0}),
 * then {@code Output}. What NIR's continuous-time IF cannot say (discrete steps, one step of delay
 * per projection, fire at most once per window, the encoder and decoder) is stated in the graph
 * metadata, with the whole IR so that Kairos reads its own files back exactly.
 */
public final class NirExporter {
  private NirExporter() {}

  /** Metadata keys (docs/interchange.md lists their meaning). */
  public static final String META_PRODUCER = "producer";
  public static final String META_DT = "dt";
  public static final String META_TIME_STEPS = "time_steps";
  public static final String META_DELAY = "projection_delay_steps";
  public static final String META_FIRE_ONCE = "fire_once";
  public static final String META_THRESHOLD_TEST = "threshold_test";
  public static final String META_INPUT_CODING = "input_coding";
  public static final String META_NETWORK = "kairos_network";
  public static final String META_IR = "kairos_ir";

  public static NirGraph export(TrainedModel trained, String networkName) {
    Model model = trained.model();
    Network net = model.network(networkName)
        .orElseThrow(() -> new InterchangeException("the model has no network " + networkName));
    if (!trained.weights().containsKey(networkName)) {
      throw new InterchangeException("network " + networkName + " has no trained weights in this run");
    }
    List<WeightMatrix> ws = trained.weightsOf(networkName);
    Encoder encoder = model.encoder(net.input()).orElseThrow();
    Set<String> used = new HashSet<>();
    Map<String, NirNode> nodes = new LinkedHashMap<>();
    List<NirGraph.Edge> edges = new ArrayList<>();
    String previous = unique(encoder.name(), used);
    nodes.put(previous, new NirNode.Input(new long[] {encoder.size()}));
    for (int k = 0; k < net.populations().size(); k++) {
      Population pop = net.populations().get(k);
      NeuronModel neuron = model.neuron(pop.neuron()).orElseThrow();
      if (!(neuron instanceof IfNeuron)) {
        throw new InterchangeException("NIR export supports IF neurons only; population " + pop.name()
            + " of network " + networkName + " uses " + neuron.name() + ", a " + neuron.getClass().getSimpleName());
      }
      if (!neuron.firesOnceWithin(model.window())) {
        throw new InterchangeException("population " + pop.name() + " may fire more than once per window (refractory "
            + neuron.refractory() + " < window " + model.window() + "); Kairos exports TTFS networks only");
      }
      String linear = unique(pop.name() + "_weights", used);
      String neurons = unique(pop.name(), used);
      nodes.put(linear, new NirNode.Linear(ws.get(k).copy()));
      nodes.put(neurons, new NirNode.IntegrateAndFire(
          filled(pop.size(), 1), filled(pop.size(), pop.threshold()), new double[pop.size()]));
      edges.add(new NirGraph.Edge(previous, linear));
      edges.add(new NirGraph.Edge(linear, neurons));
      previous = neurons;
    }
    String output = unique("output", used);
    nodes.put(output, new NirNode.Output(new long[] {net.output().size()}));
    edges.add(new NirGraph.Edge(previous, output));
    return new NirGraph(NirNames.FORMAT_VERSION, nodes, edges, metadata(model, net, encoder));
  }

  private static Map<String, Object> metadata(Model model, Network net, Encoder encoder) {
    Map<String, Object> m = new TreeMap<>();
    m.put(META_PRODUCER, "kairos");
    m.put(META_DT, 1.0);
    m.put(META_TIME_STEPS, (long) model.window());
    m.put(META_DELAY, 1L);
    m.put(META_FIRE_ONCE, 1L);
    m.put(META_THRESHOLD_TEST, "v > v_threshold (strict); v_reset applies after a spike, then the neuron is silent for the rest of the window");
    m.put(META_INPUT_CODING, inputCoding(encoder, model.window()));
    m.put(META_NETWORK, net.name());
    m.put(META_IR, IrJson.write(model));
    return m;
  }

  private static String inputCoding(Encoder encoder, int window) {
    if (encoder instanceof io.kairos.compiler.ir.NoiseLatencyEncoder n && (!n.dense() || n.span() != window)) {
      return "latency: " + n.active() + " of the " + n.size() + " inputs, chosen uniformly at random, spike once at"
          + " step floor((1 - z) * " + n.span() + ") for z uniform in [0, 1); the others are silent";
    }
    return encoder instanceof io.kairos.compiler.ir.ImageLatencyEncoder
        ? "latency: pixel p in 0..255 spikes once at step floor((255 - p) * time_steps / 255); black is silent"
        : "latency: value z in [0, 1) spikes once at step floor((1 - z) * time_steps)";
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }

  private static String unique(String name, Set<String> used) {
    String n = name;
    for (int k = 2; !used.add(n); k++) {
      n = name + "_" + k;
    }
    return n;
  }
}
