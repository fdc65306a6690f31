package io.kairos.runtime;

import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * IR of S4NN's MNIST classifier (Kheradpisheh and Masquelier 2020) built in Java: 784 -> 400 IF ->
 * 10 IF, window 256, threshold 100, init U[0,5) / U[0,48), SGD lr 0.2, decay 1e-6, gamma 3,
 * batch 1, dead-neuron rate 0.001. Used by {@code kairos bench s4nn} and the tests.
 */
public final class S4nnModels {
  public static final long DEFAULT_SEED = 1;

  private S4nnModels() {}

  public static Model s4nnMnist() {
    return s4nn(400, 30, DEFAULT_SEED);
  }

  /** The S4NN model with {@code hidden} hidden neurons, {@code epochs} epochs and {@code seed}. */
  public static Model s4nn(int hidden, int epochs, long seed) {
    var neuron = new IfNeuron("if", 100, 256);
    var image = new ImageLatencyEncoder("image", 28, 28);
    var classes = IntStream.range(0, 10).mapToObj(Integer::toString).toList();
    var net =
        new Network(
            "classifier",
            "image",
            List.of(new Population("hidden", hidden, "if", 100, List.of()), new Population("out", 10, "if", 100, classes)),
            List.of(
                new Projection("image", "hidden", new Init.Uniform(0, 5)),
                new Projection("hidden", "out", new Init.Uniform(0, 48))),
            null);
    var training =
        new ClassifierTraining(
            "classifier", new Dataset("mnist", null), new Loss.S4nn(3), new Optimizer.Sgd(0.2, 1e-6), epochs, 1, seed, 0.001);
    return new Model(Model.SCHEMA_VERSION, "s4nn_mnist", 256, List.of(neuron), List.of(image), List.of(net), training, null);
  }
}
