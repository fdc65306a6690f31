package io.kairos.runtime.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.NoiseCode;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.gan.GeneratorDiagnosis.Distribution;
import io.kairos.runtime.quality.EvaluationClassifier;
import io.kairos.runtime.quality.SampleQuality;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorDiagnosisTest {
  private static final int WINDOW = 20;
  private static final int N = 40;

  /**
   * 2 noise neurons (exactly one spikes per sample, within the first 8 steps) -> 2 hidden -> 3
   * pixels, all thresholds 100. Noise 0 (sample "A") lights both hidden neurons, noise 1 ("B") only
   * hidden 0. Pixel potentials: p0 = 150 in A and B (fires, 1.5); p1 = 55 + 60 = 115 in A (fires,
   * 1.15), 55 in B (silent, 0.55); p2 = 40 + 59 = 99 in A (silent, 0.99), 40 in B (silent, 0.4).
   */
  static TtfsNetwork handBuilt() {
    var training = new ClassifierTraining("g", new Dataset("mnist", null), new Loss.S4nn(3), new Optimizer.Sgd(0.1, 0),
        1, 1, 1, 0);
    var net = new Network("g", "noise",
        List.of(new Population("hidden", 2, "if", 100, List.of()), new Population("pixels", 3, "if", 100, List.of())),
        List.of(new Projection("noise", "hidden", new Init.Uniform(0, 1)),
            new Projection("hidden", "pixels", new Init.Uniform(0, 1))), null);
    var model = new Model(Model.SCHEMA_VERSION, "hand", WINDOW, List.of(new IfNeuron("if", 100, WINDOW)),
        List.of(new NoiseLatencyEncoder("noise", 2, 1, 8)), List.of(net), training, null);
    TtfsNetwork g = TtfsNetwork.fromIr(model, "g");
    g.load(List.of(new WeightMatrix(2, 2, new float[] {150, 150, 150, 0}),
        new WeightMatrix(3, 2, new float[] {150, 0, 55, 60, 40, 59})));
    return g;
  }

  static NoiseCode handNoise() {
    return new NoiseCode(2, 1, 8, WINDOW);
  }

  /** How many of noise samples 0..n-1 of the quality stream are "A" (noise neuron 0 spikes). */
  static int samplesA(long seed, int n) {
    int a = 0;
    int[] t = new int[2];
    for (int k = 0; k < n; k++) {
      GanLearner.noiseTimes(seed, GanLearner.STREAM_QUALITY, k, handNoise(), t);
      a += t[0] < WINDOW ? 1 : 0;
    }
    return a;
  }

  @Test
  void handBuiltGeneratorGivesTheExpectedCountsCorrelationAndMargins() {
    long seed = 3;
    int a = samplesA(seed, N);
    int b = N - a;
    assertTrue(a > 0 && b > 0, "the test needs both kinds of sample, got " + a + " A of " + N);
    GeneratorDiagnosis.Spikes s;
    try (Parallel p = new Parallel(1)) {
      s = GeneratorDiagnosis.spikes(handBuilt(), handNoise(), seed, N, p);
    }
    assertEquals(N, s.samples());
    assertEquals(2, s.layers().size());
    var hidden = s.layers().get(0);
    assertEquals("hidden", hidden.layer());
    assertEquals(2, hidden.neurons());
    double mean = (2.0 * a + b) / N;
    assertEquals(mean, hidden.spikes().mean(), 1e-12);
    double sd = Math.sqrt((a * (2 - mean) * (2 - mean) + b * (1 - mean) * (1 - mean)) / (N - 1));
    assertEquals(sd, hidden.spikes().sd(), 1e-12);
    assertEquals(1.0, hidden.correlationWithLit(), 1e-12, "lit = hidden spikes in every sample");
    assertEquals(hidden.spikes(), s.lit());
    assertEquals(s.lit(), s.layers().get(1).spikes());
    assertTrue(Double.isNaN(s.layers().get(1).correlationWithLit()));

    var m = s.margins();
    assertEquals(a + 2L * b, m.silentPairs());
    assertEquals(List.of(a, 0, 0, 0, 2 * b), m.silent().stream().map(x -> (int) x.count()).toList());
    assertEquals((double) a / (a + 2 * b), m.silent().get(0).share(), 1e-12);
    assertEquals(N + (long) a, m.firedPairs());
    assertEquals(List.of(0, 0, 0, a, N, 0), m.fired().stream().map(x -> (int) x.count()).toList());
    assertEquals(GeneratorDiagnosis.SILENT_BINS, m.silent().stream().map(GeneratorDiagnosis.Bin::range).toList());
    assertEquals(0, m.samplesWithLateInputs());
    assertEquals(0, m.samplesWithIgnoredInputs());
  }

  @Test
  void percentilesAreNearestRank() {
    int[] hundred = new int[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = 100 - i; // unsorted on purpose
    }
    Distribution d = Distribution.of(hundred);
    assertEquals(5, d.p5());
    assertEquals(50, d.p50());
    assertEquals(95, d.p95());
    Distribution twenty = Distribution.of(java.util.stream.IntStream.rangeClosed(1, 20).toArray());
    assertEquals(1, twenty.p5());
    assertEquals(10, twenty.p50());
    assertEquals(19, twenty.p95());
    Distribution three = Distribution.of(new int[] {4, 1, 2});
    assertEquals(1, three.p5());
    assertEquals(2, three.p50());
    assertEquals(4, three.p95());
    Distribution one = Distribution.of(new int[] {7});
    assertEquals(new Distribution(1, 7, 0, 7, 7, 7), one);
  }

  @Test
  void meanSdAndCorrelation() {
    Distribution d = Distribution.of(new int[] {2, 4, 4, 4, 5, 5, 7, 9});
    assertEquals(5, d.mean(), 0);
    assertEquals(Math.sqrt(32.0 / 7), d.sd(), 1e-12);
    assertEquals(0.5, GeneratorDiagnosis.correlation(new int[] {1, 2, 3}, new int[] {1, 3, 2}), 1e-12);
    assertEquals(-1, GeneratorDiagnosis.correlation(new int[] {1, 2, 3}, new int[] {6, 4, 2}), 1e-12);
    assertTrue(Double.isNaN(GeneratorDiagnosis.correlation(new int[] {1, 2, 3}, new int[] {5, 5, 5})));
  }

  @Test
  void binEdgesBelongToTheBinAbove() {
    assertEquals(0, GeneratorDiagnosis.silentBin(1.0));
    assertEquals(0, GeneratorDiagnosis.silentBin(0.98));
    assertEquals(1, GeneratorDiagnosis.silentBin(0.97));
    assertEquals(3, GeneratorDiagnosis.silentBin(0.8));
    assertEquals(4, GeneratorDiagnosis.silentBin(0.79));
    assertEquals(4, GeneratorDiagnosis.silentBin(-3));
    assertEquals(5, GeneratorDiagnosis.firedBin(0.999));
    assertEquals(0, GeneratorDiagnosis.firedBin(1.0));
    assertEquals(1, GeneratorDiagnosis.firedBin(1.02));
    assertEquals(3, GeneratorDiagnosis.firedBin(1.1));
    assertEquals(4, GeneratorDiagnosis.firedBin(1.2));
  }

  @Test
  void realLitPixelsCountNonzeroPixelsOfTheFirstDigits() {
    byte[] px = {0, 5, 0, 0, /**/ 1, 1, (byte) 255, 9, /**/ 0, 0, 3, 3};
    LabelledImages img = new LabelledImages(3, 2, 2, px, new byte[3]);
    assertEquals(Distribution.of(new int[] {1, 4, 2}), GeneratorDiagnosis.litPixels(img, 5));
    assertEquals(Distribution.of(new int[] {1, 4}), GeneratorDiagnosis.litPixels(img, 2));
  }

  /** A random (untrained) full-size G: 784 pixels, so the evaluation classifier can judge it. */
  static GanTrainer.Networks randomMnistG(long seed) {
    var spec = SpikingGanModels.defaults().toBuilder()
        .noise(20).noiseActive(6)
        .generatorHidden(List.of(new SpikingGanModels.Layer(30, new Init.Uniform(-10, 60))))
        .discriminatorHidden(8).epochs(1).batch(4).generatorBatch(4).seed(seed)
        .labelNoise(0).deadNeuronRate(0).sampleMatching(0).generatorCentring(0).matchingMargin(0)
        .matchingPairing(MatchingPairing.GREEDY).generatorAverage(0)
        .generatorOutputInit(new Init.Uniform(-4, 12)).discriminatorHiddenInit(new Init.Uniform(-5, 40))
        .discriminatorOutputInit(new Init.Uniform(0, 60))
        .build();
    Model m = SpikingGanModels.model(spec);
    var n = GanTrainer.build(m, (io.kairos.compiler.ir.GanTraining) m.training(), null);
    GanTrainer.initialise(n, seed);
    return n;
  }

  @Test
  void threadCountNeverChangesTheSpikesPart() {
    var n = randomMnistG(5);
    GeneratorDiagnosis.Spikes one;
    GeneratorDiagnosis.Spikes three;
    try (Parallel p = new Parallel(1)) {
      one = GeneratorDiagnosis.spikes(n.generator(), n.noise(), 5, 37, p);
    }
    try (Parallel p = new Parallel(3)) {
      three = GeneratorDiagnosis.spikes(n.generator(), n.noise(), 5, 37, p);
    }
    assertEquals(one, three);
    assertTrue(one.lit().sd() > 0, "a G whose lit count varies: " + one.lit());
    assertEquals(37L * 784, one.margins().silentPairs() + one.margins().firedPairs());
    assertEquals(Math.round(one.lit().mean() * 37), one.margins().firedPairs());
  }

  static void assertSameQuality(io.kairos.runtime.quality.QualityReport a, io.kairos.runtime.quality.QualityReport b) {
    assertEquals(a.samples(), b.samples());
    assertEquals(a.frechetDistance(), b.frechetDistance());
    assertEquals(a.classifierScore(), b.classifierScore());
    assertEquals(a.confidentShare(), b.confidentShare());
    org.junit.jupiter.api.Assertions.assertArrayEquals(a.classShares(), b.classShares());
  }

  @Test
  void brightnessCostTakesTheFirstInRangeSamplesInIndexOrder() throws Exception {
    var n = randomMnistG(5);
    TrainTestData data = MnistFolder.shipped();
    SampleQuality q = new SampleQuality(EvaluationClassifier.shipped(), GanImages.intensities(data.test(), 60),
        GanImages.intensities(data.train(), 60));
    int samples = 12;
    GeneratorDiagnosis.Spikes s;
    GeneratorDiagnosis.BrightnessCost one;
    GeneratorDiagnosis.BrightnessCost two;
    try (Parallel p = new Parallel(1)) {
      s = GeneratorDiagnosis.spikes(n.generator(), n.noise(), 5, samples, p);
      int low = s.lit().p50();
      int high = s.lit().p95();
      one = GeneratorDiagnosis.brightnessCost(n.generator(), n.noise(), 5, samples, low, high, q, p);
    }
    try (Parallel p = new Parallel(2)) {
      two = GeneratorDiagnosis.brightnessCost(n.generator(), n.noise(), 5, samples, s.lit().p50(), s.lit().p95(), q, p);
    }
    assertSameQuality(one.all(), two.all());
    assertSameQuality(one.inRange(), two.inRange());
    assertEquals(one.drawn(), two.drawn());
    assertEquals(one.passed(), two.passed());
    assertEquals(samples, one.all().samples());
    // Recount from scratch: the passing samples among the first `drawn`, and the last drawn one passes.
    int[][] t;
    try (Parallel p = new Parallel(1)) {
      t = GanLearner.generate(n.generator(), n.noise(), 5, GanLearner.STREAM_QUALITY, 0, (int) one.drawn(), p);
      assertEquals(q.measure(GanImages.intensities(GanLearner.generate(n.generator(), n.noise(), 5,
          GanLearner.STREAM_QUALITY, 0, samples, p), n.generator().window())).frechetDistance(),
          one.all().frechetDistance());
    }
    int pass = 0;
    boolean lastPasses = false;
    for (int[] x : t) {
      long lit = java.util.Arrays.stream(x).filter(v -> v < n.generator().window()).count();
      lastPasses = lit >= one.low() && lit <= one.high();
      pass += lastPasses ? 1 : 0;
    }
    assertEquals(one.passed(), pass);
    if (one.passed() == samples) {
      assertTrue(lastPasses, "drawing stops at the sample that completes the set");
      assertNotNull(one.inRange());
      assertEquals(samples, one.inRange().samples());
    } else {
      assertEquals(GeneratorDiagnosis.MAX_DRAW_FACTOR * samples, one.drawn());
    }
    assertTrue(one.drawn() > samples, "half the samples lie below the median: more must be drawn");
  }
}
