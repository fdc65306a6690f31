package io.kairos.runtime.engine;

import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NeuronModel;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.WeightMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A feed-forward stack of dense TTFS layers built from an IR {@link Network}: the float runtime's
 * executable form of any chain encoder -> IF population -> ... -> IF population.
 */
public final class TtfsNetwork {
  private final String name;
  private final int window;
  private final int inputSize;
  private final List<DenseTtfsLayer> layers;

  TtfsNetwork(String name, int window, int inputSize, List<DenseTtfsLayer> layers) {
    this.name = name;
    this.window = window;
    this.inputSize = inputSize;
    this.layers = List.copyOf(layers);
  }

  /**
   * Builds the network {@code networkName} of {@code model} with zero weights.
   *
   * @throws UnsupportedModelException when the network is not a chain of dense layers of IF
   *     neurons that fire at most once
   */
  public static TtfsNetwork fromIr(Model model, String networkName) {
    Network net =
        model.network(networkName)
            .orElseThrow(() -> new UnsupportedModelException("the model has no network " + networkName));
    Encoder enc =
        model.encoder(net.input())
            .orElseThrow(() -> new UnsupportedModelException(
                "network " + net.name() + " reads encoder " + net.input() + ", which the model does not declare"));
    if (net.projections().size() != net.populations().size()) {
      throw new UnsupportedModelException(
          "network " + net.name() + " must have one projection per population (a feed-forward chain)");
    }
    var layers = new ArrayList<DenseTtfsLayer>();
    String expectedSource = enc.name();
    int sourceSize = enc.size();
    for (int k = 0; k < net.populations().size(); k++) {
      Population pop = net.populations().get(k);
      Projection proj = net.projections().get(k);
      if (!proj.source().equals(expectedSource) || !proj.target().equals(pop.name())) {
        throw new UnsupportedModelException(
            "network " + net.name() + ": projection " + proj.source() + " -> " + proj.target()
                + " is not the feed-forward chain " + expectedSource + " -> " + pop.name()
                + " the runtime supports");
      }
      NeuronModel neuron =
          model.neuron(pop.neuron())
              .orElseThrow(() -> new UnsupportedModelException(
                  "population " + pop.name() + " uses undeclared neuron " + pop.neuron()));
      if (!(neuron instanceof IfNeuron)) {
        throw new UnsupportedModelException(
            "population " + pop.name() + ": the float runtime supports only non-leaky IF neurons, not "
                + neuron.getClass().getSimpleName());
      }
      if (!neuron.firesOnceWithin(model.window())) {
        throw new UnsupportedModelException(
            "population " + pop.name() + ": neuron " + neuron.name() + " has refractory "
                + neuron.refractory() + " < window " + model.window()
                + "; TTFS training needs neurons that fire at most once");
      }
      layers.add(new DenseTtfsLayer(pop.name(), sourceSize, pop.size(), pop.threshold(), proj.init()));
      expectedSource = pop.name();
      sourceSize = pop.size();
    }
    return new TtfsNetwork(net.name(), model.window(), enc.size(), layers);
  }

  public String name() {
    return name;
  }

  public int window() {
    return window;
  }

  public int inputSize() {
    return inputSize;
  }

  public int outputSize() {
    return layers.get(layers.size() - 1).targets();
  }

  public List<DenseTtfsLayer> layers() {
    return layers;
  }

  /** Population sizes from the input to the output. */
  public int[] sizes() {
    int[] s = new int[layers.size() + 1];
    s[0] = inputSize;
    for (int l = 0; l < layers.size(); l++) {
      s[l + 1] = layers.get(l).targets();
    }
    return s;
  }

  /** A trace (and kernel scratch) for one thread's forward and backward passes. */
  public ForwardTrace newTrace() {
    return new ForwardTrace(window, sizes());
  }

  /**
   * Draws every weight from its projection's init. Projection {@code k} uses its own generator
   * seeded from {@code (seed, k)} and draws in {@code [target, source]} order, so the result does
   * not depend on anything but the seed and the shapes.
   */
  public void initialise(long seed) {
    for (int k = 0; k < layers.size(); k++) {
      DenseTtfsLayer layer = layers.get(k);
      SplittableRandom rnd = new SplittableRandom(Seeds.mix(seed, Seeds.INIT, k));
      float[] d = new float[layer.sources() * layer.targets()];
      for (int x = 0; x < d.length; x++) {
        d[x] = (float) draw(layer.init(), rnd);
      }
      layer.load(new WeightMatrix(layer.targets(), layer.sources(), d));
    }
  }

  static double draw(Init init, SplittableRandom rnd) {
    if (init instanceof Init.Uniform u) {
      return u.low() + (u.high() - u.low()) * rnd.nextDouble();
    }
    Init.Normal g = (Init.Normal) init;
    return g.mean() + g.std() * rnd.nextGaussian();
  }

  /** The weights, one {@code [target, source]} matrix per layer (copies). */
  public List<WeightMatrix> weights() {
    return layers.stream().map(DenseTtfsLayer::toMatrix).toList();
  }

  /** Loads one {@code [target, source]} matrix per layer. */
  public void load(List<WeightMatrix> weights) {
    if (weights.size() != layers.size()) {
      throw new IllegalArgumentException(
          "network " + name + " has " + layers.size() + " layers, got " + weights.size() + " weight matrices");
    }
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).load(weights.get(l));
    }
  }

  /**
   * A network of the same shape (names, sizes, thresholds, inits) holding a copy of this one's true
   * weights ({@link #weights()}), scale 1; later changes to either do not reach the other.
   */
  public TtfsNetwork copy() {
    var copies = new ArrayList<DenseTtfsLayer>();
    for (DenseTtfsLayer l : layers) {
      DenseTtfsLayer c = new DenseTtfsLayer(l.name(), l.sources(), l.targets(), l.threshold(), l.init());
      c.load(l.toMatrix());
      copies.add(c);
    }
    return new TtfsNetwork(name, window, inputSize, copies);
  }

  /** Multiplies every layer's pending decay scale into its weights. */
  public void foldScales() {
    layers.forEach(DenseTtfsLayer::foldScale);
  }

  /**
   * Runs the forward pass on {@code input} in a new trace: the convenient entry point for callers
   * outside the training loop (the GAN's generator and discriminator steps). Read each layer's
   * times with {@link ForwardTrace#layerTimes(int)} and the error at the input spike times with
   * {@link TemporalBackprop#deltas}.
   */
  public ForwardTrace forward(SpikeTimes input) {
    if (input.size() != inputSize || input.window() != window) {
      throw new IllegalArgumentException(
          "network " + name + " takes " + inputSize + " input times in window " + window + ", got "
              + input.size() + " in window " + input.window());
    }
    ForwardTrace trace = newTrace();
    System.arraycopy(input.times(), 0, trace.times[0], 0, inputSize);
    forward(trace);
    return trace;
  }

  /**
   * Runs all layers together in time order and stops as soon as an output neuron fires: the
   * decision (both rules) and the decision time are those of {@link #forward}, but every other
   * time in the trace is only known up to the decision (later spikes read as silent) and the
   * trace cannot be used for a backward pass. Spike counts then mean "spikes before the
   * decision". Cost: only the events before the decision.
   */
  public void forwardToDecision(ForwardTrace trace) {
    int layerCount = layers.size();
    int[][] times = trace.times;
    int[][] queue = trace.order; // queue[0]: sorted inputs; queue[l]: layer l-1's spikes in fire order
    trace.spikes[0] = TimeOrder.sort(times[0], inputSize, window, queue[0], trace.counts);
    for (int l = 0; l < layerCount; l++) {
      java.util.Arrays.fill(trace.layerV[l], 0f);
      java.util.Arrays.fill(times[l + 1], window);
      trace.next[l] = 0;
      trace.queued[l] = l == 0 ? trace.spikes[0] : 0;
    }
    boolean snapshotPending = true;
    float[] outV = trace.layerV[layerCount - 1];
    while (true) {
      int t = window;
      for (int l = 0; l < layerCount; l++) {
        if (trace.next[l] < trace.queued[l]) {
          t = Math.min(t, times[l][queue[l][trace.next[l]]]);
        }
      }
      if (snapshotPending && t > window - 3) {
        System.arraycopy(outV, 0, trace.outputPotentialAtFallback, 0, outV.length);
        snapshotPending = false;
      }
      if (t > window - 2) {
        break; // nothing left that could fire inside the window
      }
      boolean decided = false;
      for (int l = 0; l < layerCount; l++) {
        DenseTtfsLayer layer = layers.get(l);
        float[] v = trace.layerV[l];
        int k = trace.next[l];
        int end = trace.queued[l];
        if (k == end || times[l][queue[l][k]] != t) {
          continue;
        }
        for (; k < end && times[l][queue[l][k]] == t; k++) {
          layer.addRow(queue[l][k], v);
        }
        trace.next[l] = k;
        if (l + 1 < layerCount) {
          trace.queued[l + 1] = layer.fireAbove(v, t + 1, times[l + 1], queue[l + 1], trace.queued[l + 1]);
        } else {
          decided = layer.fireAbove(v, t + 1, times[l + 1], queue[layerCount], 0) > 0;
        }
      }
      if (decided) {
        break;
      }
    }
    trace.spikes[0] = trace.next[0]; // input spikes before the decision
  }

  /**
   * The final membrane potential of every neuron of layer {@code l} (true units) after the forward
   * pass that filled {@code trace} ({@link #forward(ForwardTrace)}, not {@link #forwardToDecision}):
   * {@code V_j = sum of w_ji over the inputs i that spiked at t <= window - 2}, the last input time
   * that can still make a neuron fire inside the window (an input at {@code window - 1} could only
   * give the time {@code window}, silent, so the kernel never adds it). Unlike the kernel, a neuron
   * that fired keeps integrating, so its value says how far past the threshold its inputs took it.
   * For a neuron that never fired the value is the kernel's own potential (same float sums in the
   * same order), so it never exceeds the threshold.
   *
   * @param out length at least the layer's size
   */
  public void finalPotentials(ForwardTrace trace, int l, float[] out) {
    DenseTtfsLayer layer = layers.get(l);
    layer.potentialsAfter(trace.times[l], trace.order[l], trace.spikes[l], window - 2, out);
    double s = layer.scale();
    if (s != 1.0) {
      for (int j = 0; j < layer.targets(); j++) {
        out[j] = (float) (s * out[j]);
      }
    }
  }

  /**
   * Runs the forward pass on {@code trace.inputTimes()} (filled by the caller), leaving every
   * layer's spike times and event order in the trace.
   */
  public void forward(ForwardTrace trace) {
    for (int l = 0; l < layers.size(); l++) {
      DenseTtfsLayer layer = layers.get(l);
      int[] in = trace.times[l];
      trace.spikes[l] = TimeOrder.sort(in, layer.sources(), window, trace.order[l], trace.counts);
      boolean last = l == layers.size() - 1;
      layer.forward(in, trace.order[l], trace.spikes[l], window, trace.times[l + 1], trace.v,
          last ? trace.outputPotentialAtFallback : null);
    }
    int out = layers.size();
    trace.spikes[out] = TimeOrder.sort(trace.times[out], outputSize(), window, trace.order[out], trace.counts);
  }
}
