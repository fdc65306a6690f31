package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.data.LabelledImages;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GanLearnerTest {
  private static final Init ANY = new Init.Uniform(0, 1);

  /** G: 1 noise input -> 2 pixels, pixel 0 with weight {@code w}, pixel 1 with 150 (always fires). */
  private static TtfsNetwork generator(float w) {
    var layer = new DenseTtfsLayer("pixels", 1, 2, 100, ANY);
    layer.load(new WeightMatrix(2, 1, new float[] {w, 150}));
    return new TtfsNetwork("g", 256, 1, List.of(layer));
  }

  /**
   * D: 2 inputs -> 2 hidden (each fires one step after either input) -> {real, fake}: real is
   * driven by hidden 0 and fires two steps after the first input; fake gets too little to fire.
   */
  private static TtfsNetwork discriminator() {
    var hidden = new DenseTtfsLayer("hidden", 2, 2, 100, ANY);
    hidden.load(new WeightMatrix(2, 2, new float[] {150, 150, 150, 150}));
    var verdict = new DenseTtfsLayer("verdict", 2, 2, 100, ANY);
    verdict.load(new WeightMatrix(2, 2, new float[] {150, 0, 0, 60}));
    return new TtfsNetwork("d", 256, 2, List.of(hidden, verdict));
  }

  /** A seed whose first G-step noise spike comes early enough for D to decide inside the window. */
  private static long earlyNoiseSeed() {
    int[] t = new int[1];
    for (long seed = 1; ; seed++) {
      GanLearner.noiseTimes(seed, GanLearner.STREAM_NOISE_G, 0, NoiseCode.dense(1, 256), t);
      if (t[0] < 200) {
        return seed;
      }
    }
  }

  private static float weightAfterOneGStep(Loss loss, float w, double surrogate) {
    TtfsNetwork g = generator(w);
    TtfsNetwork d = discriminator();
    long seed = earlyNoiseSeed();
    try (var learner = new GanLearner(g, d, TargetRule.of(loss), new WeightOptimizer.Sgd(0.5, 0),
        new WeightOptimizer.Sgd(0.5, 0), 1, 1, seed, new GanLearner.Options(0, surrogate))) {
      learner.generatorStep(0, new Tally(g));
    }
    return g.layers().get(0).weight(0, 0);
  }

  @Test
  void aggressiveLossMakesGFireEarlierWhereDSeesRealness() {
    // D already says "real" at t_k + 2; rule A still pulls "real" earlier: the error at both D
    // inputs is -150 * 1 (fire earlier), normalised -1/sqrt(2), so G's weight grows by lr / sqrt(2).
    assertEquals(150 + 0.5 / Math.sqrt(2), weightAfterOneGStep(new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0), 150, 0),
        1e-4);
  }

  @Test
  void s4nnLossGivesACorrectWinnerNoPressure() {
    assertEquals(150f, weightAfterOneGStep(new Loss.S4nn(3), 150, 0), 0);
  }

  @Test
  void aSilentGPixelLearnsOnlyThroughTheSurrogate() {
    Loss a = new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0);
    // weight 50 < threshold: pixel 0 never fires, so [t_k < t_j] is false for every D neuron and
    // S4NN's rule gives it no error; the surrogate gives it 1 * (-1 * 150) like the firing pixel 1.
    assertEquals(50f, weightAfterOneGStep(a, 50, 0), 0);
    assertEquals(50 + 0.5 / Math.sqrt(2), weightAfterOneGStep(a, 50, 1), 1e-4);
  }

  @Test
  void gStepSignMatchesFiniteDifference() {
    // Larger G weight -> earlier pixel -> earlier "real" spike; the step must move the weight up.
    float before = 150;
    float after = weightAfterOneGStep(new Loss.AggressiveTtfs(Loss.Rule.B, 3, 0, 0), before, 0);
    assertTrue(after > before, "G weight " + before + " -> " + after);
  }

  static LabelledImages tinyDigits(int n, int side, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    byte[] px = new byte[n * side * side];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (r.nextDouble() < 0.4 ? 155 + r.nextInt(101) : 0);
    }
    byte[] labels = new byte[n];
    return new LabelledImages(n, side, side, px, labels);
  }

  static TtfsNetwork dense(String name, int[] sizes, double[] highs) {
    var layers = new java.util.ArrayList<DenseTtfsLayer>();
    for (int l = 0; l + 1 < sizes.length; l++) {
      layers.add(new DenseTtfsLayer(name + l, sizes[l], sizes[l + 1], 100, new Init.Uniform(-highs[l] / 4, highs[l])));
    }
    return new TtfsNetwork(name, 256, sizes[0], layers);
  }

  private static List<WeightMatrix> trainTiny(int threads, int batch) {
    return trainTiny(threads, batch, new GanLearner.Options(0.1, 0.5));
  }

  /** G and D weights after one epoch of 32 tiny random digits (also used by the option tests). */
  static List<WeightMatrix> trainTiny(int threads, int batch, GanLearner.Options options) {
    return trainTiny(threads, batch, batch, options);
  }

  /** As {@link #trainTiny(int, int, GanLearner.Options)} with {@code generatorBatch} noise samples per G step. */
  static List<WeightMatrix> trainTiny(int threads, int batch, int generatorBatch, GanLearner.Options options) {
    TtfsNetwork g = dense("g", new int[] {6, 10, 16}, new double[] {60, 40});
    TtfsNetwork d = dense("d", new int[] {16, 8, 2}, new double[] {40, 60});
    g.initialise(3);
    d.initialise(4);
    LabelledImages real = tinyDigits(32, 4, 5);
    int[] order = new int[32];
    for (int i = 0; i < 32; i++) {
      order[i] = i;
    }
    try (var learner = new GanLearner(g, d, TargetRule.of(new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0)),
        new WeightOptimizer.Adam(1e-2, 0.5, 0.999, 1e-8, 0, g), new WeightOptimizer.Sgd(0.5, 1e-6), batch, generatorBatch,
        threads, 9, options, NoiseCode.dense(6, 256))) {
      for (int s = 0; s < 32 / batch; s++) {
        learner.discriminatorStep(real, order, s * batch, s, new Tally(d));
        learner.generatorStep(s, new Tally(g), real, order, s * batch);
      }
    }
    var all = new java.util.ArrayList<>(g.weights());
    all.addAll(d.weights());
    return all;
  }

  @Test
  void gStepsAreTheSameForAnyThreadCount() {
    for (int batch : new int[] {1, 4}) {
      List<WeightMatrix> one = trainTiny(1, batch);
      List<WeightMatrix> three = trainTiny(3, batch);
      boolean changed = false;
      TtfsNetwork fresh = dense("g", new int[] {6, 10, 16}, new double[] {60, 40});
      fresh.initialise(3);
      for (int k = 0; k < one.size(); k++) {
        assertArrayEquals(one.get(k).data(), three.get(k).data(), "matrix " + k + ", batch " + batch);
      }
      for (int k = 0; k < 2; k++) {
        changed |= !java.util.Arrays.equals(fresh.weights().get(k).data(), one.get(k).data());
      }
      assertTrue(changed, "G never learned: the test would pass vacuously");
    }
  }

  @Test
  void sampleMatchingStepsAreTheSameForAnyThreadCount() {
    var options = new GanLearner.Options(0.1, 0.5, 0, 0, 0, 0, 0, 0.5);
    List<WeightMatrix> one = trainTiny(1, 4, options);
    List<WeightMatrix> two = trainTiny(2, 4, options);
    List<WeightMatrix> without = trainTiny(1, 4);
    for (int k = 0; k < one.size(); k++) {
      assertArrayEquals(one.get(k).data(), two.get(k).data(), "matrix " + k);
    }
    assertFalse(java.util.Arrays.equals(one.get(1).data(), without.get(1).data()),
        "sample matching changed nothing in G's pixel layer");
  }

  @Test
  void sampleMatchingAloneBringsGsDigitsCloserToTheRealOnes() {
    // four prototype digits, each repeated 8 times; a sparse, early noise code (docs/gan.md)
    LabelledImages prototypes = tinyDigits(4, 4, 5);
    byte[] px = new byte[32 * 16];
    for (int i = 0; i < 32; i++) {
      System.arraycopy(prototypes.pixels(), (i % 4) * 16, px, i * 16, 16);
    }
    LabelledImages real = new LabelledImages(32, 4, 4, px, new byte[32]);
    NoiseCode code = new NoiseCode(6, 3, 16, 256);
    TtfsNetwork g = dense("g", new int[] {6, 10, 16}, new double[] {150, 60}); // hidden fires on 3 inputs
    TtfsNetwork d = dense("d", new int[] {16, 8, 2}, new double[] {40, 60});
    g.initialise(3);
    d.initialise(4);
    int[] order = new int[32];
    for (int i = 0; i < 32; i++) {
      order[i] = i;
    }
    double before = meanDistanceToNearestReal(g, code, prototypes);
    try (var learner = new GanLearner(g, d, TargetRule.of(new Loss.S4nn(3)),
        new WeightOptimizer.Adam(1, 0.5, 0.999, 1e-8, 0, g), new WeightOptimizer.Sgd(0.5, 1e-6), 8, 1, 9,
        new GanLearner.Options(0, 0, 0, 0, 0, 0, 0, 1), code)) {
      for (int s = 0; s < 200; s++) {
        learner.generatorStep(s, new Tally(g), real, order, (s % 4) * 8);
      }
    }
    double after = meanDistanceToNearestReal(g, code, prototypes);
    assertTrue(after < 0.5 * before, "mean distance to the nearest real digit " + before + " -> " + after);
  }

  /** Mean over 64 evaluation noise vectors of the squared spike-time distance to the nearest real digit. */
  private static double meanDistanceToNearestReal(TtfsNetwork g, NoiseCode code, LabelledImages real) {
    ForwardTrace tr = g.newTrace();
    int[] times = new int[16];
    double sum = 0;
    for (int k = 0; k < 64; k++) {
      GanLearner.noiseTimes(1, GanLearner.STREAM_EVAL, k, code, tr.times[0]);
      g.forward(tr);
      long best = Long.MAX_VALUE;
      for (int r = 0; r < real.size(); r++) {
        real.inputTimes(r, 256, times);
        best = Math.min(best, PairCostsTest.squaredDistance(tr.outputTimes(), times));
      }
      sum += best;
    }
    return sum / 64;
  }

  @Test
  void refusesAGeneratorThatDoesNotFitTheDiscriminator() {
    TtfsNetwork g = dense("g", new int[] {6, 10, 15}, new double[] {60, 40});
    TtfsNetwork d = dense("d", new int[] {16, 8, 2}, new double[] {40, 60});
    var e = assertThrows(UnsupportedModelException.class, () -> GanLearner.checkPair(g, d));
    assertTrue(e.getMessage().contains("15 outputs") && e.getMessage().contains("16 inputs"), e.getMessage());
  }
}
