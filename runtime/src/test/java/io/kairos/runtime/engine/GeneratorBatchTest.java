package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.data.LabelledImages;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The G step's own batch (docs/gan.md, "Generator batch"): compatibility, noise, real-digit wrap, determinism. */
class GeneratorBatchTest {
  private static final GanLearner.Options PLAIN = new GanLearner.Options(0.1, 0.5);
  private static final GanLearner.Options MATCHING = new GanLearner.Options(0.1, 0.5, 0, 0, 0, 0, 0, 0.5, 0.8, 0.1);
  private static final GanLearner.Options FEATURE = new GanLearner.Options(0.1, 0.5, 0.5, 3, 0, 0, 0, 0.5, 0.8, 0);
  private static final GanLearner.Options OPTIMAL =
      new GanLearner.Options(0.1, 0.5, 0, 0, 0, 0, 0, 0.5, 0.8, 0.1, MatchingPairing.OPTIMAL);

  /** SHA-256 of the weights' float bits, matrix after matrix. */
  static String digest(List<WeightMatrix> weights) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (WeightMatrix w : weights) {
      ByteBuffer b = ByteBuffer.allocate(4 * w.data().length);
      for (float x : w.data()) {
        b.putInt(Float.floatToRawIntBits(x));
      }
      md.update(b.array());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The compatibility guarantee: a G batch equal to the batch trains exactly as before it existed.
   * The digests were recorded on main at commit bcc8864 (before generator_batch) from the same
   * {@link GanLearnerTest#trainTiny} runs; a change here means old models no longer train bit for bit
   * as they did.
   */
  @Test
  void aGeneratorBatchEqualToTheBatchTrainsBitForBitAsBefore() throws Exception {
    assertEquals("8cf7ebe2183361124592eed3dd5e0b97edc0c3aa826c96f2c3562d28946c29be",
        digest(GanLearnerTest.trainTiny(1, 4, 4, PLAIN)));
    assertEquals("e082b532bbc1b2cb85bedb4a4e7e0853a76e1b63b3d3d0c10179ec4be4c505e6",
        digest(GanLearnerTest.trainTiny(2, 4, 4, MATCHING)));
    assertEquals("9955e5b60351a436bff9482d20245d7d4a5a017e2775e8fec3903c9a2371d0cb",
        digest(GanLearnerTest.trainTiny(2, 4, 4, FEATURE)));
  }

  @Test
  void aLargerOrSmallerGeneratorBatchTrainsTheSameForAnyThreadCount() {
    List<WeightMatrix> initial = GanLearnerTest.trainTiny(1, 4, 4, MATCHING);
    for (var options : List.of(MATCHING, OPTIMAL, FEATURE, PLAIN)) {
      for (int generatorBatch : new int[] {12, 2}) {
        List<WeightMatrix> one = GanLearnerTest.trainTiny(1, 4, generatorBatch, options);
        List<WeightMatrix> two = GanLearnerTest.trainTiny(2, 4, generatorBatch, options);
        for (int k = 0; k < one.size(); k++) {
          assertArrayEquals(one.get(k).data(), two.get(k).data(), "matrix " + k + ", " + options + ", " + generatorBatch);
        }
        if (options == MATCHING) {
          assertFalse(Arrays.equals(one.get(1).data(), initial.get(1).data()),
              "generator batch " + generatorBatch + " trained exactly as batch 4");
        }
      }
    }
    assertFalse(Arrays.equals(GanLearnerTest.trainTiny(1, 4, 12, OPTIMAL).get(1).data(),
        GanLearnerTest.trainTiny(1, 4, 12, MATCHING).get(1).data()), "optimal pairing changed nothing");
  }

  private static TtfsNetwork tinyG() {
    TtfsNetwork g = GanLearnerTest.dense("g", new int[] {6, 10, 16}, new double[] {60, 40});
    g.initialise(3);
    return g;
  }

  private static TtfsNetwork tinyD() {
    TtfsNetwork d = GanLearnerTest.dense("d", new int[] {16, 8, 2}, new double[] {40, 60});
    d.initialise(4);
    return d;
  }

  private static GanLearner learner(TtfsNetwork g, TtfsNetwork d, int generatorBatch, int threads,
      GanLearner.Options options) {
    return new GanLearner(g, d, TargetRule.of(new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0)),
        new WeightOptimizer.Adam(1e-2, 0.5, 0.999, 1e-8, 0, g), new WeightOptimizer.Sgd(0.5, 1e-6), 4, generatorBatch,
        threads, 9, options, NoiseCode.dense(6, 256));
  }

  /** G sample {@code b} of G step {@code s} reads noise {@code s * generatorBatch + b} of STREAM_NOISE_G. */
  @Test
  void gStepSIsNoiseSamplesFromSTimesTheGeneratorBatch() {
    TtfsNetwork g = tinyG();
    Tally expected = new Tally(g);
    Tally asIfBatch = new Tally(g);
    ForwardTrace tr = g.newTrace();
    for (int b = 0; b < 5; b++) {
      GanLearner.noiseTimes(9, GanLearner.STREAM_NOISE_G, 3 * 5 + b, NoiseCode.dense(6, 256), tr.times[0]);
      g.forward(tr);
      expected.add(tr, GanLearner.REAL);
      GanLearner.noiseTimes(9, GanLearner.STREAM_NOISE_G, 3 * 4 + b, NoiseCode.dense(6, 256), tr.times[0]);
      g.forward(tr);
      asIfBatch.add(tr, GanLearner.REAL);
    }
    Tally seen = new Tally(g);
    try (var learner = learner(g, tinyD(), 5, 2, PLAIN)) {
      assertEquals(5, learner.generatorBatch());
      learner.generatorStep(3, seen);
    }
    assertEquals(5, seen.samples());
    for (int l = 0; l < 2; l++) {
      assertArrayEquals(expected.firedCounts(l), seen.firedCounts(l), "layer " + l);
    }
    assertFalse(Arrays.equals(asIfBatch.firedCounts(0), seen.firedCounts(0)) && Arrays.equals(asIfBatch.firedCounts(1),
        seen.firedCounts(1)), "the noise of step * batch would look the same: the test cannot tell the rules apart");
  }

  /**
   * Real digit j of a G step is order[(from + j) % order.length]: a step from 28 of 32 with a G batch
   * of 8 (real digits 28..31, then 0..3) equals a step from 0 of the order rotated by 28.
   */
  @Test
  void theRealDigitsOfAGStepContinueTheOrderAndWrap() {
    LabelledImages real = GanLearnerTest.tinyDigits(32, 4, 5);
    int[] order = new int[32];
    int[] rotated = new int[32];
    for (int i = 0; i < 32; i++) {
      order[i] = 31 - i; // not the identity, so an index mix-up shows
    }
    for (int i = 0; i < 32; i++) {
      rotated[i] = order[(28 + i) % 32];
    }
    for (var options : List.of(OPTIMAL, FEATURE)) {
      TtfsNetwork wrapped = tinyG();
      TtfsNetwork moved = tinyG();
      TtfsNetwork elsewhere = tinyG();
      try (var a = learner(wrapped, tinyD(), 8, 1, options); var b = learner(moved, tinyD(), 8, 2, options);
          var c = learner(elsewhere, tinyD(), 8, 1, options)) {
        a.generatorStep(5, new Tally(wrapped), real, order, 28);
        b.generatorStep(5, new Tally(moved), real, rotated, 0);
        c.generatorStep(5, new Tally(elsewhere), real, order, 0);
      }
      for (int k = 0; k < 2; k++) {
        assertArrayEquals(wrapped.weights().get(k).data(), moved.weights().get(k).data(), options + ", matrix " + k);
      }
      assertFalse(Arrays.equals(wrapped.weights().get(1).data(), elsewhere.weights().get(1).data()),
          "other real digits gave the same step: the test cannot see which digits were used");
    }
    assertEquals(order[1], GanLearner.realIndex(order, 28, 5));
    assertEquals(order[31], GanLearner.realIndex(order, 28, 3));
    assertEquals(order[28], GanLearner.realIndex(order, 28, 32));
  }

  @Test
  void aGeneratorBatchBelowOneIsRefused() {
    var e = assertThrows(UnsupportedModelException.class, () -> learner(tinyG(), tinyD(), 0, 1, PLAIN));
    assertEquals("the generator batch must be >= 1, got 0", e.getMessage());
  }

  @Test
  void optimalPairingWithoutSampleMatchingIsRefused() {
    var e = assertThrows(UnsupportedModelException.class,
        () -> new GanLearner.Options(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, MatchingPairing.OPTIMAL));
    assertTrue(e.getMessage().contains("needs sample matching"), e.getMessage());
    assertEquals(MatchingPairing.GREEDY, new GanLearner.Options(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).matchingPairing());
  }
}
