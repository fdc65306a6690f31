package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.data.LabelledImages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exponential moving average of G's weights (docs/gan.md, "Generator average"): exact arithmetic and re-draws. */
class GeneratorAverageTest {
  private static float[][] data(List<WeightMatrix> w) {
    return w.stream().map(m -> m.data().clone()).toArray(float[][]::new);
  }

  @Test
  void aHandCaseInExactBinaryFractions() {
    TtfsNetwork g = Micro.net(20, 10, 2, 2, 1);
    Micro.weights(g, 0, new double[][] {{1, 2}, {-4, 0.5}});
    Micro.weights(g, 1, new double[][] {{8, -8}});
    GeneratorAverage a = GeneratorAverage.startingAt(g, 0.75);
    assertArrayEquals(g.weights().get(0).data(), a.weights().get(0).data(), "A starts as G");
    Micro.weights(g, 0, new double[][] {{3, -2}, {-4, 4.5}});
    Micro.weights(g, 1, new double[][] {{0, 0}});
    try (Parallel p = new Parallel(1)) {
      a.update(p);
    }
    // A = 0.75 A + 0.25 W, [target, source] row-major
    assertArrayEquals(new float[] {1.5f, 1f, -4f, 1.5f}, a.weights().get(0).data());
    assertArrayEquals(new float[] {6f, -6f}, a.weights().get(1).data());
    assertArrayEquals(new float[] {3f, -2f, -4f, 4.5f}, g.weights().get(0).data(), "G is not touched");
  }

  /**
   * Two G steps of a tiny GAN; after each, A is checked against {@code (float) (d * A + (1.0 - d) *
   * W)} computed here from G's recorded true weights. SGD with decay keeps a layer scale != 1, so
   * the true weight {@code (float) (scale * raw)} is what is averaged, not the raw float.
   */
  @Test
  void twoGeneratorStepsFollowTheFormulaOnTheRecordedTrueWeights() {
    for (boolean sgd : new boolean[] {true, false}) {
      double decay = 0.995;
      TtfsNetwork g = GanLearnerTest.dense("g", new int[] {6, 10, 16}, new double[] {60, 40});
      TtfsNetwork d = GanLearnerTest.dense("d", new int[] {16, 8, 2}, new double[] {40, 60});
      g.initialise(3);
      d.initialise(4);
      LabelledImages real = GanLearnerTest.tinyDigits(32, 4, 5);
      int[] order = new int[32];
      for (int i = 0; i < 32; i++) {
        order[i] = i;
      }
      WeightOptimizer gOpt = sgd ? new WeightOptimizer.Sgd(2, 0.05) : new WeightOptimizer.Adam(1e-1, 0.5, 0.999, 1e-8, 0, g);
      GeneratorAverage a = GeneratorAverage.startingAt(g, decay);
      float[][] expected = data(g.weights());
      float[][] initial = data(g.weights());
      try (var learner = new GanLearner(g, d, TargetRule.of(new Loss.S4nn(3)), gOpt, new WeightOptimizer.Sgd(0.5, 0),
          4, 4, 2, 9, new GanLearner.Options(0, 0.5, 0, 0, 0, 0, 0, 0.5), NoiseCode.dense(6, 256));
          Parallel p = new Parallel(2)) {
        for (int s = 0; s < 2; s++) {
          learner.discriminatorStep(real, order, s * 4, s, new Tally(d));
          learner.generatorStep(s, new Tally(g), real, order, s * 4);
          a.update(p);
          float[][] w = data(g.weights());
          for (int l = 0; l < w.length; l++) {
            for (int k = 0; k < w[l].length; k++) {
              expected[l][k] = (float) (decay * expected[l][k] + (1.0 - decay) * w[l][k]);
            }
          }
        }
      }
      if (sgd) {
        assertNotEquals(1.0, g.layers().get(0).scale(), "the SGD case must exercise a scale != 1");
      }
      float[][] raw = data(g.weights());
      float[][] averaged = data(a.weights());
      for (int l = 0; l < expected.length; l++) {
        assertArrayEquals(expected[l], averaged[l], "layer " + l + (sgd ? ", SGD" : ", Adam"));
        assertFalse(Arrays.equals(raw[l], averaged[l]), "the average is not G");
        assertFalse(Arrays.equals(initial[l], averaged[l]), "the average moved");
      }
    }
  }

  @Test
  void theAverageIsTheSameForAnyThreadCount() {
    TtfsNetwork g = GanLearnerTest.dense("g", new int[] {6, 10, 16}, new double[] {60, 40});
    g.initialise(3);
    GeneratorAverage one = GeneratorAverage.startingAt(g, 0.9);
    GeneratorAverage two = GeneratorAverage.startingAt(g, 0.9);
    g.initialise(4);
    try (Parallel p1 = new Parallel(1); Parallel p2 = new Parallel(2)) {
      one.update(p1);
      two.update(p2);
    }
    for (int l = 0; l < 2; l++) {
      assertArrayEquals(one.weights().get(l).data(), two.weights().get(l).data());
    }
  }

  /** The re-draw writes every incoming weight of a dead hidden neuron; A takes exactly those from G. */
  @Test
  void aRedrawnNeuronRestartsInTheAverageAsInG() {
    TtfsNetwork g = Micro.net(20, 10, 2, 2, 1);
    Micro.weights(g, 0, new double[][] {{11, 11}, {-1, -1}}); // hidden 1 never fires
    Micro.weights(g, 1, new double[][] {{11, 11}});
    GeneratorAverage a = GeneratorAverage.startingAt(g, 0.5);
    Micro.weights(g, 0, new double[][] {{13, 13}, {-3, -3}});
    Micro.weights(g, 1, new double[][] {{13, 15}});
    try (Parallel p = new Parallel(1)) {
      a.update(p);
    }
    Tally tally = new Tally(g);
    for (int s = 0; s < 1000; s++) {
      tally.add(Micro.forward(g, 0, 5), 0);
    }
    List<int[]> redrawn = DeadNeurons.redrawTargets(g, tally, 0.001, 42, 1);
    assertEquals(1, redrawn.size(), "hidden layers only");
    assertArrayEquals(new int[] {1}, redrawn.get(0));
    float[] drawn = {g.layers().get(0).weight(1, 0), g.layers().get(0).weight(1, 1)};
    assertNotEquals(-3f, drawn[0]);
    a.copyRedrawn(redrawn);
    assertArrayEquals(new float[] {12, 12, drawn[0], drawn[1]}, a.weights().get(0).data());
    assertArrayEquals(new float[] {12, 13}, a.weights().get(1).data(), "the output layer is never re-drawn");
  }

  @Test
  void aDecayOutsideZeroToOneIsRefused() {
    TtfsNetwork g = Micro.net(20, 10, 2, 2, 1);
    for (double d : new double[] {0, 1, -0.1, Double.NaN}) {
      assertThrows(UnsupportedModelException.class, () -> GeneratorAverage.startingAt(g, d), "decay " + d);
    }
  }
}
