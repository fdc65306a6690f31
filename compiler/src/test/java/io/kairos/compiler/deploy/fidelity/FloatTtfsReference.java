package io.kairos.compiler.deploy.fidelity;

import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.ir.CubaLifNeuron;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NeuronModel;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small float TTFS forward pass, a test oracle written from docs/quantisation.md ("Float
 * semantics being preserved"): the deployment tests need float runs of IF and CUBA LIF networks
 * and the compiler cannot depend on the runtime. Products use the runtime's engine instead.
 * Discrete time {@code t = 0 .. window-1}: {@code u(t) = (1 - cd) u(t-1) + sum_{i: t_i = t}
 * w_ji}, {@code v(t) = (1 - vd) v(t-1) + u(t) + bias}; a neuron fires at {@code t_j = t* + 1}
 * where t* is the first t with {@code v(t) > theta}, at most once, and {@code t_j = window} when
 * that is not before the window's end. For an IF neuron (cd = 1, vd = 0, bias = 0) this is the
 * S4NN rule {@code V_j(t) = sum_{i: t_i <= t} w_ji}.
 */
public final class FloatTtfsReference {
  /** One layer's float dynamics. */
  public record Layer(WeightMatrix weights, double threshold, double currentDecay, double voltageDecay, double bias) {}

  private final int window;
  private final List<Layer> layers;

  public FloatTtfsReference(int window, List<Layer> layers) {
    if (window < 3) {
      throw new IllegalArgumentException("window must be >= 3, got " + window);
    }
    this.window = window;
    this.layers = List.copyOf(layers);
  }

  public static FloatTtfsReference of(TrainedModel trained, String networkName) {
    Model model = trained.model();
    Network net = model.network(networkName)
        .orElseThrow(() -> new DeploymentException("the model has no network " + networkName));
    List<WeightMatrix> ws = trained.weightsOf(networkName);
    List<Layer> layers = new ArrayList<>();
    for (int k = 0; k < ws.size(); k++) {
      Population pop = net.populations().get(k);
      NeuronModel n = model.neuron(pop.neuron()).orElseThrow();
      if (n instanceof CubaLifNeuron c) {
        layers.add(new Layer(ws.get(k), pop.threshold(), c.currentDecay(), c.voltageDecay(), c.bias()));
      } else if (n instanceof IfNeuron) {
        layers.add(new Layer(ws.get(k), pop.threshold(), 1, 0, 0));
      }
    }
    return new FloatTtfsReference(model.window(), layers);
  }

  public NetworkRun run(SpikeTimes input) {
    if (input.window() != window) {
      throw new IllegalArgumentException("input window " + input.window() + " but the network runs " + window);
    }
    List<SpikeTimes> out = new ArrayList<>();
    SpikeTimes current = input;
    double[] potentials = null;
    for (Layer l : layers) {
      if (current.size() != l.weights().cols()) {
        throw new IllegalArgumentException(
            "layer expects " + l.weights().cols() + " inputs, got " + current.size());
      }
      double[] pot = new double[l.weights().rows()];
      current = runLayer(l, current, pot);
      potentials = pot;
      out.add(current);
    }
    return new NetworkRun(out, potentials, 0);
  }

  private SpikeTimes runLayer(Layer l, SpikeTimes in, double[] potentials) {
    WeightMatrix w = l.weights();
    int n = w.rows();
    int fanIn = w.cols();
    List<List<Integer>> byTime = new ArrayList<>();
    for (int t = 0; t < window; t++) {
      byTime.add(new ArrayList<>());
    }
    for (int i = 0; i < fanIn; i++) {
      if (in.fired(i)) {
        byTime.get(in.get(i)).add(i);
      }
    }
    double[] u = new double[n];
    double[] v = new double[n];
    int[] first = new int[n];
    Arrays.fill(first, window);
    boolean[] fired = new boolean[n];
    float[] data = w.data();
    for (int t = 0; t < window; t++) {
      for (int j = 0; j < n; j++) {
        double inflow = 0;
        for (int i : byTime.get(t)) {
          inflow += data[j * fanIn + i];
        }
        u[j] = (1 - l.currentDecay()) * u[j] + inflow;
        v[j] = (1 - l.voltageDecay()) * v[j] + u[j] + l.bias();
        if (!fired[j] && v[j] > l.threshold()) {
          fired[j] = true;
          first[j] = Math.min(t + 1, window);
        }
      }
      if (t == window - 3) {
        System.arraycopy(v, 0, potentials, 0, n);
      }
    }
    return new SpikeTimes(window, first);
  }
}
