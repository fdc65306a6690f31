package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.data.LabelledImages;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureMatchingTest {
  private static final Init ANY = new Init.Uniform(0, 1);

  /** Traces of a 2-input, 2-output one-layer network whose output times are {@code times[b]}. */
  private static ForwardTrace[] traces(int[][] times) {
    var net = new TtfsNetwork("n", 256, 2, List.of(new DenseTtfsLayer("o", 2, 2, 100, ANY)));
    ForwardTrace[] t = new ForwardTrace[times.length];
    for (int b = 0; b < times.length; b++) {
      t[b] = net.newTrace();
      System.arraycopy(times[b], 0, t[b].times[1], 0, 2);
    }
    return t;
  }

  @Test
  void momentsAreThePerNeuronMeanAndPopulationSd() {
    var m = FeatureMatching.moments(traces(new int[][] {{10, 100}, {30, 100}}), 2, 1);
    assertArrayEquals(new double[] {20, 100}, m.mean(), 0);
    assertArrayEquals(new double[] {10, 0}, m.sd(), 0);
  }

  @Test
  void meanMatchingGivesEverySampleTheMeanDifference() {
    var real = FeatureMatching.moments(traces(new int[][] {{10, 100}, {30, 100}}), 2, 1);
    var fake = FeatureMatching.moments(traces(new int[][] {{18, 40}, {22, 40}}), 2, 1);
    double[] e = new double[2];
    assertTrue(FeatureMatching.error(new int[] {18, 40}, real, fake, 0, 256, e));
    // (m_r - m_f) / window = (0, 60) / 256, normalised
    assertArrayEquals(new double[] {0, 1}, e, 1e-12);
  }

  @Test
  void spreadMatchingPushesACollapsedFakeBatchApart() {
    var real = FeatureMatching.moments(traces(new int[][] {{10, 100}, {30, 100}}), 2, 1);
    var fake = FeatureMatching.moments(traces(new int[][] {{18, 40}, {22, 40}}), 2, 1);
    double[] e = new double[2];
    FeatureMatching.error(new int[] {18, 40}, real, fake, 4, 256, e);
    // neuron 0: r = min(10 / 2, 4) = 4, T = 20 + 4 (18 - 20) = 12, e = -6 / 256 (fire earlier, away
    // from the fake mean); neuron 1: s_f = 0 -> r = 1, T = 100, e = 60 / 256.
    double n = Math.sqrt(36 + 3600);
    assertArrayEquals(new double[] {-6 / n, 60 / n}, e, 1e-12);
    FeatureMatching.error(new int[] {22, 40}, real, fake, 4, 256, e);
    assertArrayEquals(new double[] {6 / n, 60 / n}, e, 1e-12);
  }

  @Test
  void mixIsTheNormalisedWeightedSum() {
    double[] out = new double[2];
    FeatureMatching.mix(new double[] {1, 0}, new double[] {0, 1}, 0.25, out);
    double n = Math.sqrt(0.75 * 0.75 + 0.25 * 0.25);
    assertArrayEquals(new double[] {0.75 / n, 0.25 / n}, out, 1e-12);
  }

  /** G: 1 noise input -> 2 pixels (weights 150: both fire one step after the noise spike). */
  private static TtfsNetwork generator() {
    var layer = new DenseTtfsLayer("pixels", 1, 2, 100, ANY);
    layer.load(new WeightMatrix(2, 1, new float[] {150, 150}));
    return new TtfsNetwork("g", 256, 1, List.of(layer));
  }

  /** D: 2 inputs -> 2 hidden (each fires one step after either input) -> {real, fake}. */
  private static TtfsNetwork discriminator() {
    var hidden = new DenseTtfsLayer("hidden", 2, 2, 100, ANY);
    hidden.load(new WeightMatrix(2, 2, new float[] {150, 150, 150, 150}));
    var verdict = new DenseTtfsLayer("verdict", 2, 2, 100, ANY);
    verdict.load(new WeightMatrix(2, 2, new float[] {150, 0, 0, 60}));
    return new TtfsNetwork("d", 256, 2, List.of(hidden, verdict));
  }

  private static float weightAfterOneFeatureMatchingStep(int realPixel) {
    TtfsNetwork g = generator();
    TtfsNetwork d = discriminator();
    LabelledImages real = new LabelledImages(1, 1, 2, new byte[] {(byte) realPixel, (byte) realPixel}, new byte[1]);
    long seed = 1;
    try (var learner = new GanLearner(g, d, TargetRule.of(new Loss.S4nn(3)), new WeightOptimizer.Sgd(0.5, 0),
        new WeightOptimizer.Sgd(0.5, 0), 1, 1, seed, new GanLearner.Options(0, 0, 1, 0))) {
      learner.generatorStep(0, new Tally(g), real, new int[] {0}, 0);
    }
    return g.layers().get(0).weight(0, 0);
  }

  @Test
  void gMovesItsFeatureTimesTowardsTheRealOnes() {
    int[] noise = new int[1];
    GanLearner.noiseTimes(1, GanLearner.STREAM_NOISE_G, 0, NoiseCode.dense(1, 256), noise);
    assertTrue(noise[0] > 0 && noise[0] < 250, "noise time " + noise[0]);
    // Fake: pixels at t_n + 1, hidden at t_n + 2. A white real digit (pixels at 0, hidden at 1):
    // feature error (1 - (t_n + 2)) / 256 on both hidden neurons -> (-1, -1)/sqrt 2; at D's inputs
    // 2 * 150 * (-1/sqrt 2) each -> (-1, -1)/sqrt 2 = G's output delta; w -= 0.5 * delta.
    assertEquals(150 + 0.5 / Math.sqrt(2), weightAfterOneFeatureMatchingStep(255), 1e-4);
    // A black real digit: D's hidden stay silent (256): later, so G's weight goes down.
    assertEquals(150 - 0.5 / Math.sqrt(2), weightAfterOneFeatureMatchingStep(0), 1e-4);
  }

  @Test
  void featureMatchingNeedsAHiddenLayerInD() {
    TtfsNetwork g = generator();
    TtfsNetwork d = new TtfsNetwork("d", 256, 2, List.of(new DenseTtfsLayer("verdict", 2, 2, 100, ANY)));
    assertThrows(UnsupportedModelException.class, () -> new GanLearner(g, d, TargetRule.of(new Loss.S4nn(3)),
        new WeightOptimizer.Sgd(0.5, 0), new WeightOptimizer.Sgd(0.5, 0), 1, 1, 1, new GanLearner.Options(0, 0, 1, 0)));
    assertThrows(UnsupportedModelException.class, () -> new GanLearner.Options(0, 0, 1.5, 0));
  }

  @Test
  void featureMatchingIsTheSameForAnyThreadCountAndChangesG() {
    var mixed = new GanLearner.Options(0.1, 0.5, 0.5, 3);
    List<WeightMatrix> one = GanLearnerTest.trainTiny(1, 4, mixed);
    List<WeightMatrix> three = GanLearnerTest.trainTiny(3, 4, mixed);
    for (int k = 0; k < one.size(); k++) {
      assertArrayEquals(one.get(k).data(), three.get(k).data(), "matrix " + k);
    }
    List<WeightMatrix> adversarial = GanLearnerTest.trainTiny(1, 4, new GanLearner.Options(0.1, 0.5));
    boolean differs = false;
    for (int k = 0; k < 2; k++) {
      differs |= !java.util.Arrays.equals(adversarial.get(k).data(), one.get(k).data());
    }
    assertTrue(differs, "feature matching did not change G's training");
  }
}
