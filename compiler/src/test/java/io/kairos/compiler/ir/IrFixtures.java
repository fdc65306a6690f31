package io.kairos.compiler.ir;

import java.util.List;
import java.util.Map;

/** Hand-built IR values for tests in every module's test tree. */
public final class IrFixtures {
  private IrFixtures() {}

  /** A model that uses every permitted subtype of every closed family. */
  public static Model everyKind() {
    var gen =
        new Network(
            "G",
            "noise",
            List.of(
                new Population("hidden", 3, "IF", 100, List.of()),
                new Population("pixels", 4, "LIF", 50, List.of())),
            List.of(
                new Projection("noise", "hidden", new Init.Uniform(0, 5)),
                new Projection("hidden", "pixels", new Init.Normal(1, 0.5))),
            new Decoder("pixels", "image"));
    var disc =
        new Network(
            "D",
            "image",
            List.of(new Population("verdict", 2, "IF", 100, List.of("real", "fake"))),
            List.of(new Projection("image", "verdict", new Init.Uniform(0, 48))),
            null);
    var gan =
        new GanTraining(
            "G",
            "D",
            new Dataset("mnist", null),
            new Loss.AggressiveTtfs(Loss.Rule.A, 3, 5, 0),
            new Optimizer.Adam(1e-3, 0.9, 0.999, 1e-8, 0),
            new Optimizer.Sgd(0.2, 1e-6),
            1,
            20,
            32,
            7,
            0.05,
            0.001);
    return new Model(
        Model.SCHEMA_VERSION,
        "Every",
        256,
        List.of(new IfNeuron("IF", 100, 256), new CubaLifNeuron("LIF", 50, 2, 0.1, 0.05, 0.5)),
        List.of(new ImageLatencyEncoder("image", 2, 2), new NoiseLatencyEncoder("noise", 5)),
        List.of(gen, disc),
        gan,
        new Deployment("loihi1", Map.of("weight_bits", 8.0)));
  }

}
