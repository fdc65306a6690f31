package io.kairos.compiler.deploy;

import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NeuronModel;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/** Seeded random TTFS networks and inputs for deployment tests. */
public final class DeployFixtures {
  private DeployFixtures() {}

  /**
   * A feed-forward IF network "net" reading encoder "in" of {@code sizes[0]} values, with
   * populations of {@code sizes[1..]}, thresholds {@code thresholds[k]} and the given weights.
   */
  public static TrainedModel model(int window, int[] sizes, double[] thresholds, List<WeightMatrix> weights, NeuronModel neuron) {
    List<Population> pops = new ArrayList<>();
    List<Projection> projs = new ArrayList<>();
    String source = "in";
    for (int k = 1; k < sizes.length; k++) {
      String name = "L" + k;
      pops.add(new Population(name, sizes[k], neuron.name(), thresholds[k - 1], List.of()));
      projs.add(new Projection(source, name, new Init.Uniform(0, 1)));
      source = name;
    }
    Network net = new Network("net", "in", pops, projs, null);
    Model m = new Model(Model.SCHEMA_VERSION, "M", window, List.of(neuron),
        List.of(new NoiseLatencyEncoder("in", sizes[0])), List.of(net), null, null);
    return new TrainedModel(m, Map.of("net", weights));
  }

  public static TrainedModel ifModel(int window, int[] sizes, double[] thresholds, List<WeightMatrix> weights) {
    return model(window, sizes, thresholds, weights, new IfNeuron("IF", 1, window));
  }

  /** Random weights from {@code draw}, one matrix per projection. */
  public static List<WeightMatrix> weights(int[] sizes, DoubleSupplier draw) {
    List<WeightMatrix> ws = new ArrayList<>();
    for (int k = 1; k < sizes.length; k++) {
      float[] d = new float[sizes[k] * sizes[k - 1]];
      for (int i = 0; i < d.length; i++) {
        d[i] = (float) draw.getAsDouble();
      }
      ws.add(new WeightMatrix(sizes[k], sizes[k - 1], d));
    }
    return ws;
  }

  /** Random TTFS input: each input silent with probability {@code silent}, else a uniform time. */
  public static SpikeTimes input(SplittableRandom rnd, int size, int window, double silent, int latest) {
    int[] t = new int[size];
    for (int i = 0; i < size; i++) {
      t[i] = rnd.nextDouble() < silent ? window : rnd.nextInt(latest);
    }
    return new SpikeTimes(window, t);
  }
}
