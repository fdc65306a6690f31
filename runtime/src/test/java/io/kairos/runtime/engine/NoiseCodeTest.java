package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.SpikingGanModels;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The noise code of docs/gan.md, "Noise code", exactly. */
class NoiseCodeTest {
  private static int[] sample(NoiseCode code, long seed) {
    int[] t = new int[code.size()];
    code.fill(new SplittableRandom(seed), t);
    return t;
  }

  /** The code before active and span existed, verbatim: every neuron at floor((1 - z) * window). */
  private static int[] oldDense(SplittableRandom rnd, int size, int window) {
    int[] t = new int[size];
    for (int i = 0; i < size; i++) {
      t[i] = Math.min(window, (int) Math.floor((1 - rnd.nextDouble()) * window));
    }
    return t;
  }

  @Test
  void denseOverTheWindowIsTheOldStreamBitForBit() {
    for (long seed = 0; seed < 200; seed++) {
      assertArrayEquals(oldDense(new SplittableRandom(seed), 100, 256), sample(NoiseCode.dense(100, 256), seed));
      assertArrayEquals(oldDense(new SplittableRandom(seed), 7, 13), sample(new NoiseCode(7, 7, 13, 13), seed));
    }
    // and through GanLearner's seed streams
    int[] t = new int[100];
    GanLearner.noiseTimes(5, GanLearner.STREAM_NOISE_G, 9, NoiseCode.dense(100, 256), t);
    long mixed = Seeds.mix(Seeds.mix(5, GanLearner.STREAM_NOISE_G, 9), GanLearner.STREAM_NOISE_G, 0);
    assertArrayEquals(oldDense(new SplittableRandom(mixed), 100, 256), t);
  }

  @Test
  void denseWithAShortSpanScalesTheSameDraws() {
    SplittableRandom rnd = new SplittableRandom(3);
    int[] t = sample(new NoiseCode(6, 6, 4, 10), 3);
    for (int i = 0; i < 6; i++) {
      assertEquals((int) Math.floor((1 - rnd.nextDouble()) * 4), t[i]);
    }
  }

  @Test
  void oneActiveNeuronIsTheFirstPickAndItsTime() {
    for (long seed = 0; seed < 100; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int picked = rnd.nextInt(5); // j = 0 + nextInt(5 - 0); the swap puts neuron j at idx[0]
      int time = (int) Math.floor((1 - rnd.nextDouble()) * 8);
      int[] expected = {20, 20, 20, 20, 20};
      expected[picked] = time;
      assertArrayEquals(expected, sample(new NoiseCode(5, 1, 8, 20), seed), "seed " + seed);
    }
  }

  @Test
  void twoActiveNeuronsFollowTheSwaps() {
    // Step by step for size 4, active 2: draws nextInt(4), nextDouble, nextInt(3), nextDouble.
    for (long seed = 0; seed < 100; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int[] idx = {0, 1, 2, 3};
      int j0 = rnd.nextInt(4);
      int first = idx[j0];
      idx[j0] = idx[0];
      int t0 = (int) Math.floor((1 - rnd.nextDouble()) * 5);
      int j1 = 1 + rnd.nextInt(3);
      int second = idx[j1];
      int t1 = (int) Math.floor((1 - rnd.nextDouble()) * 5);
      int[] expected = {9, 9, 9, 9};
      expected[first] = t0;
      expected[second] = t1;
      assertNotEquals(first, second);
      assertArrayEquals(expected, sample(new NoiseCode(4, 2, 5, 9), seed), "seed " + seed);
    }
  }

  /** Values computed once by an independent transcription of the documented algorithm (jshell); they must never change. */
  @Test
  void pinnedSamples() {
    assertArrayEquals(new int[] {4, 256, 20, 256, 256, 26}, sample(new NoiseCode(6, 3, 32, 256), 42));
    assertArrayEquals(new int[] {8, 26, 23, 20, 30, 4}, sample(new NoiseCode(6, 6, 32, 256), 42));
  }

  @Test
  void spanOneFiresEveryActiveNeuronAtZero() {
    for (long seed = 0; seed < 50; seed++) {
      int[] t = sample(new NoiseCode(10, 4, 1, 16), seed);
      assertEquals(4, Arrays.stream(t).filter(x -> x == 0).count());
      assertEquals(6, Arrays.stream(t).filter(x -> x == 16).count());
      assertTrue(Arrays.stream(sample(new NoiseCode(10, 10, 1, 16), seed)).allMatch(x -> x == 0));
    }
  }

  @Test
  void exactlyActiveNeuronsSpikeEarlyAndEveryNeuronIsPickedAlike() {
    int[] picked = new int[5];
    for (long seed = 0; seed < 5000; seed++) {
      int[] t = sample(new NoiseCode(5, 2, 32, 256), seed);
      assertEquals(2, Arrays.stream(t).filter(x -> x < 256).count());
      assertTrue(Arrays.stream(t).allMatch(x -> x == 256 || x <= 32));
      for (int i = 0; i < 5; i++) {
        picked[i] += t[i] < 256 ? 1 : 0;
      }
    }
    for (int count : picked) { // each neuron is active in 2/5 of the samples: 2000 +- 4.5 sigma (sigma ~35)
      assertTrue(Math.abs(count - 2000) < 160, Arrays.toString(picked));
    }
  }

  @Test
  void sameSeedSameNoiseWhateverTheThreadCount() {
    NoiseCode code = new NoiseCode(6, 2, 16, 256);
    int[] a = new int[6];
    int[] b = new int[6];
    GanLearner.noiseTimes(7, GanLearner.STREAM_EVAL, 3, code, a);
    GanLearner.noiseTimes(7, GanLearner.STREAM_EVAL, 3, code, b);
    assertArrayEquals(a, b);
    GanLearner.noiseTimes(7, GanLearner.STREAM_EVAL, 4, code, b);
    assertNotEquals(Arrays.toString(a), Arrays.toString(b));
    var layer = new DenseTtfsLayer("pixels", 6, 3, 1, new Init.Uniform(0, 1));
    layer.load(new WeightMatrix(3, 6, new float[] {1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 0}));
    var g = new TtfsNetwork("g", 256, 6, List.of(layer));
    int[][] one;
    int[][] two;
    try (Parallel p1 = new Parallel(1); Parallel p2 = new Parallel(2)) {
      one = GanLearner.generate(g, code, 7, GanLearner.STREAM_EVAL, 0, 40, p1);
      two = GanLearner.generate(g, code, 7, GanLearner.STREAM_EVAL, 0, 40, p2);
    }
    assertArrayEquals(one, two);
  }

  @Test
  void aLearnerRefusesACodeThatDoesNotFitG() {
    var g = new TtfsNetwork("g", 256, 6, List.of(new DenseTtfsLayer("pixels", 6, 3, 1, new Init.Uniform(0, 1))));
    var d = new TtfsNetwork("d", 256, 3, List.of(new DenseTtfsLayer("verdict", 3, 2, 1, new Init.Uniform(0, 1))));
    var e = assertThrows(UnsupportedModelException.class, () -> new GanLearner(g, d, TargetRule.of(new Loss.S4nn(3)),
        new WeightOptimizer.Sgd(0.5, 0), new WeightOptimizer.Sgd(0.5, 0), 1, 1, 1, new GanLearner.Options(0, 0),
        new NoiseCode(5, 5, 256, 256)));
    assertEquals("the noise code has 5 values in window 256 but generator g takes 6 inputs in window 256", e.getMessage());
  }

  @Test
  void theEncodersCodeAndItsChecks() {
    assertEquals(new NoiseCode(100, 100, 256, 256), NoiseCode.of(new NoiseLatencyEncoder("z", 100), 256));
    assertEquals(new NoiseCode(100, 30, 32, 256), NoiseCode.of(new NoiseLatencyEncoder("z", 100, 30, 32), 256));
    assertEquals(new NoiseCode(100, 30, 32, 256),
        NoiseCode.forNetwork(SpikingGanModels.model(SpikingGanModels.defaults()), "generator"));
    var dense = SpikingGanModels.defaults().toBuilder().noiseActive(100).noiseSpan(256).build();
    assertEquals(new NoiseCode(100, 100, 256, 256), NoiseCode.forNetwork(SpikingGanModels.model(dense), "generator"));
    assertThrows(UnsupportedModelException.class,
        () -> NoiseCode.forNetwork(SpikingGanModels.model(SpikingGanModels.defaults()), "discriminator"));
    assertThrows(UnsupportedModelException.class, () -> new NoiseCode(4, 5, 8, 8));
    assertThrows(UnsupportedModelException.class, () -> new NoiseCode(4, 0, 8, 8));
    assertThrows(UnsupportedModelException.class, () -> new NoiseCode(4, 4, 9, 8));
    assertThrows(UnsupportedModelException.class, () -> new NoiseCode(4, 4, 0, 8));
    assertThrows(IllegalArgumentException.class, () -> NoiseCode.dense(4, 8).fill(new SplittableRandom(1), new int[3]));
  }
}
