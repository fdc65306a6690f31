package io.kairos.compiler.deploy.quantise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.deploy.fidelity.FloatTtfsReference;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.ir.CubaLifNeuron;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.WeightMatrix;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LayerQuantiserTest {
  private static final DatapathWidths L1 = DatapathWidths.LOIHI1;
  private static final QuantisationSettings EIGHT = new QuantisationSettings(8, 1.0);

  private static LayerQuantiser.Result q(WeightMatrix w, double theta, DatapathWidths chip, QuantisationSettings s) {
    return LayerQuantiser.quantise("net", "L", "in", w, theta, new IfNeuron("IF", theta, 100), 100, chip, s);
  }

  @Test
  void largestWeightUsesTheMantissaRange() {
    var w = new WeightMatrix(1, 3, new float[] {2.0f, -1.0f, 0.5f});
    var r = q(w, 3.0, L1, EIGHT);
    assertArrayEquals(new int[] {127, -64, 32}, r.layer().weightMant()); // -63.5 -> -64, 31.75 -> 32
    assertEquals(ScaleLimit.MANTISSA_RANGE, r.report().scaleLimit());
    assertEquals(63.5, r.report().scale());
    assertEquals(0, r.report().weightExp());
    assertEquals(190, r.layer().vthMant()); // floor(3 * 63.5) = floor(190.5)
    assertEquals(0.0, r.report().clippedFraction());
    assertEquals(0.5 / 63.5, r.report().maxAbsRoundingError(), 1e-9); // -1 -> -63.5 -> -64
  }

  @Test
  void aBigThresholdLowersTheScaleToTheThresholdWidth() {
    var w = new WeightMatrix(1, 2, new float[] {1.0f, 1.0f});
    var r = q(w, 5000, L1, EIGHT);
    assertEquals(ScaleLimit.THRESHOLD_WIDTH, r.report().scaleLimit());
    assertTrue(r.layer().vthMant() <= 131071 && r.layer().vthMant() > 130000, "" + r.layer().vthMant());
    assertTrue(r.layer().weightMant()[0] < 127);
  }

  @Test
  void aLargeFanInLowersTheScaleSoNoPatternWrapsTheCurrent() {
    float[] d = new float[3000];
    java.util.Arrays.fill(d, 1.0f);
    var r = q(new WeightMatrix(1, 3000, d), 2500, L1, EIGHT);
    assertEquals(ScaleLimit.CURRENT_WRAP, r.report().scaleLimit());
    assertTrue(r.report().maxPositiveInput() <= (1L << 23) - 1);
    // all weights equal: 43 * 64 * 3000 = 8,256,000 is the largest that fits
    assertEquals(8_256_000, r.report().maxPositiveInput());
  }

  @Test
  void selfInhibitionWrapCanLimitTheScale() {
    // 540 positive and 540 negative inputs: P = |N| = 540 * 127 * 64 = 4,389,120 each fit, but
    // the self-inhibition (about P) plus |N| would exceed 2^23
    float[] d = new float[1080];
    for (int i = 0; i < d.length; i++) {
      d[i] = i % 2 == 0 ? 1f : -1f;
    }
    var r = q(new WeightMatrix(1, 1080, d), 1, L1, EIGHT);
    assertEquals(ScaleLimit.SELF_INHIBITION_WRAP, r.report().scaleLimit());
    assertTrue(r.report().maxNegativeInput() <= (1L << 23) - 1);
    assertEquals(FireOnce.SELF_INHIBITION, r.report().fireOnce());
    assertEquals(1, r.report().selfInhibitedNeurons());
  }

  @Test
  void neuronsThatCannotFireTwiceGetNoSelfSynapse() {
    // P = 1 + 1 = 2 units against a threshold of 1.5 units: 2 <= 2 * 1.5 + 1/64, so no second crossing
    var w = new WeightMatrix(2, 2, new float[] {1f, 1f, 1f, 0.1f});
    var r = q(w, 1.5, L1, EIGHT);
    assertEquals(0, r.report().selfSynapses());
    var loose = q(w, 0.2, L1, EIGHT);
    assertEquals(2, loose.report().selfInhibitedNeurons());
  }

  @Test
  void scaleQuantileBelowOneClipsTheLargestWeights() {
    float[] d = new float[100];
    for (int i = 0; i < d.length; i++) {
      d[i] = i + 1;
    }
    var r = q(new WeightMatrix(1, 100, d), 10, L1, new QuantisationSettings(8, 0.9));
    assertEquals(0.10, r.report().clippedFraction(), 1e-12);
    assertEquals(127, r.layer().weightMant()[99]);
    assertEquals(127, r.layer().weightMant()[89]);
  }

  @Test
  void aLayerOverrideReplacesTheGlobalQuantileForThatLayerOnly() {
    float[] d = new float[100];
    for (int i = 0; i < d.length; i++) {
      d[i] = i + 1;
    }
    var w = new WeightMatrix(1, 100, d);
    var global = q(w, 10, L1, new QuantisationSettings(8, 0.9));
    var own = q(w, 10, L1, new QuantisationSettings(8, 1, java.util.Map.of("net/L", 0.9)));
    var other = q(w, 10, L1, new QuantisationSettings(8, 1, java.util.Map.of("net/M", 0.9)));
    assertEquals(global.report(), own.report());
    assertEquals(0.9, own.report().scaleQuantile());
    assertEquals(q(w, 10, L1, EIGHT).report(), other.report());
    assertEquals(1.0, other.report().scaleQuantile());
  }

  @Test
  void weightBitsAboveTheChipQuoteTheBound() {
    var w = new WeightMatrix(1, 1, new float[] {1f});
    var e = assertThrows(DeploymentException.class, () -> q(w, 1, L1, new QuantisationSettings(9, 1)));
    assertTrue(e.getMessage().contains("weight_bits 9") && e.getMessage().contains("[2, 8]"), e.getMessage());
    assertArrayEquals(new int[] {7}, q(w, 1, L1, new QuantisationSettings(4, 1)).layer().weightMant());
  }

  @Test
  void refractoryBelowTheWindowIsRejected() {
    var w = new WeightMatrix(1, 1, new float[] {1f});
    var e = assertThrows(DeploymentException.class,
        () -> LayerQuantiser.quantise("net", "L", "in", w, 1, new IfNeuron("IF", 1, 5), 100, L1, EIGHT));
    assertTrue(e.getMessage().contains("refractory 5 < window 100"), e.getMessage());
  }

  @Test
  void leakyNeuronsNeedAOneShotTarget() {
    var w = new WeightMatrix(1, 1, new float[] {1f});
    var lif = new CubaLifNeuron("LIF", 1, 100, 0.5, 0.1, 0);
    var e = assertThrows(DeploymentException.class,
        () -> LayerQuantiser.quantise("net", "L", "in", w, 1, lif, 100, L1, EIGHT));
    assertTrue(e.getMessage().contains("layer L") && e.getMessage().contains("dv 410"), e.getMessage());
    var r = LayerQuantiser.quantise("net", "L", "in", w, 1, lif, 100, DatapathWidths.LOIHI2, EIGHT);
    assertEquals(FireOnce.ONE_SHOT_FLAG, r.report().fireOnce());
    assertEquals(2047, r.layer().du());
    assertEquals(410, r.layer().dv());
  }

  /**
   * Weights that are multiples of 1/4 with largest |w| = 127/4 quantise with scale 4 and no
   * rounding, so the fixed-point network must reproduce the float TTFS times exactly: this checks
   * the threshold floor, the strict test, the timing and the fire-once mechanism end to end.
   */
  @Test
  void exactWeightsGiveIdenticalSpikeTimesInEveryLayer() {
    var rnd = new SplittableRandom(11);
    int[] sizes = {30, 20, 10};
    int window = 40;
    for (int trial = 0; trial < 10; trial++) {
      var ws = DeployFixtures.weights(sizes, () -> (rnd.nextInt(-60, 128)) / 4.0);
      for (WeightMatrix m : ws) {
        m.data()[0] = 127 / 4f;
      }
      double[] th = {10 + rnd.nextDouble() * 40, 5 + rnd.nextDouble() * 30};
      var tm = DeployFixtures.ifModel(window, sizes, th, ws);
      var qn = Quantiser.quantise(tm, "net", L1, EIGHT);
      assertEquals(4.0, qn.report().layers().get(0).scale());
      var fixed = new ReferenceSimulator(qn.network());
      var flt = FloatTtfsReference.of(tm, "net");
      for (int s = 0; s < 20; s++) {
        SpikeTimes in = DeployFixtures.input(rnd, sizes[0], window, 0.3, 20);
        NetworkRun a = flt.run(in);
        NetworkRun b = fixed.run(in);
        assertEquals(a.layers(), b.layers(), "trial " + trial + " sample " + s);
        assertEquals(0, b.repeatSpikes());
      }
    }
  }

  @Test
  void thresholdRepresentedIsWithinOneMantissaUnit() {
    var r = q(new WeightMatrix(1, 2, new float[] {0.3f, 0.7f}), 1.234, L1, EIGHT);
    double unit = 1 / r.report().scale();
    assertTrue(r.report().thresholdRepresented() <= 1.234 && r.report().thresholdRepresented() > 1.234 - unit);
    assertEquals(List.of(), List.of());
  }
}
