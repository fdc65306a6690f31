package io.kairos.compiler.export;

import io.kairos.compiler.TestSources;
import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.Deployer;
import io.kairos.compiler.ir.Decoder;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.hardware.spec.ChipSpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Trained models with seeded random weights, and their deploy folders, for the exporter tests. */
public final class ExportFixtures {
  private ExportFixtures() {}

  /** A shipped example's IR with uniform random weights in [low, high) for every network. */
  public static TrainedModel example(String file, long seed, double low, double high) {
    Model model = TestSources.compileClean(TestSources.example(file));
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<String, List<WeightMatrix>> weights = new LinkedHashMap<>();
    for (Network net : model.networks()) {
      List<WeightMatrix> ws = new ArrayList<>();
      for (Projection p : net.projections()) {
        int rows = net.population(p.target()).orElseThrow().size();
        int cols = net.population(p.source()).map(Population::size)
            .orElseGet(() -> model.encoder(p.source()).orElseThrow().size());
        float[] d = new float[rows * cols];
        for (int k = 0; k < d.length; k++) {
          d[k] = (float) rnd.nextDouble(low, high);
        }
        ws.add(new WeightMatrix(rows, cols, d));
      }
      weights.put(net.name(), ws);
    }
    return new TrainedModel(model, weights);
  }

  /** A small classifier: "in" (noise, sizes[0]) -> IF layers, random weights in [-0.5, 1). */
  public static TrainedModel classifier(long seed, int window, int... sizes) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] th = new double[sizes.length - 1];
    for (int k = 0; k < th.length; k++) {
      th[k] = 1 + rnd.nextDouble() * 2;
    }
    return DeployFixtures.ifModel(window, sizes, th, DeployFixtures.weights(sizes, () -> rnd.nextDouble(-0.5, 1)));
  }

  /**
   * A small generator: noise of {@code noise} values -> hidden IF layer -> {@code h x w} pixel
   * layer decoded as image encoder "img" (the generator example's shape, shrunk).
   */
  public static TrainedModel generator(long seed, int window, int noise, int hidden, int h, int w) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Population> pops = List.of(
        new Population("hidden", hidden, "IF", 1.5, List.of()),
        new Population("pixels", h * w, "IF", 1.0, List.of()));
    List<Projection> projs = List.of(
        new Projection("z", "hidden", new Init.Uniform(0, 1)),
        new Projection("hidden", "pixels", new Init.Uniform(0, 1)));
    Network gen = new Network("gen", "z", pops, projs, new Decoder("pixels", "img"));
    Model m = new Model(Model.SCHEMA_VERSION, "Gen", window, List.of(new IfNeuron("IF", 1, window)),
        List.of(new NoiseLatencyEncoder("z", noise), new ImageLatencyEncoder("img", h, w)), List.of(gen), null, null);
    int[] sizes = {noise, hidden, h * w};
    return new TrainedModel(m, Map.of("gen", DeployFixtures.weights(sizes, () -> rnd.nextDouble(-0.4, 1))));
  }

  /** Deploys every trained network of {@code trained} on a preset and writes the deploy folder. */
  public static DeployedNetwork deploy(TrainedModel trained, String preset, Path dir) throws IOException {
    DeployedNetwork d = Deployer.deploy(trained, Deployer.trainedNetworks(trained), ChipSpecLoader.preset(preset), Map.of());
    d.writeTo(dir);
    return d;
  }
}
