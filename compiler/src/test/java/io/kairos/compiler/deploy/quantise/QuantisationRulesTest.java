package io.kairos.compiler.deploy.quantise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantisationRulesTest {
  private static final DatapathWidths L1 = DatapathWidths.LOIHI1;

  @Test
  void roundsHalfAwayFromZero() {
    assertEquals(3, QuantisationRules.roundHalfAwayFromZero(2.5));
    assertEquals(-3, QuantisationRules.roundHalfAwayFromZero(-2.5));
    assertEquals(2, QuantisationRules.roundHalfAwayFromZero(2.4999));
    assertEquals(-1, QuantisationRules.roundHalfAwayFromZero(-0.5));
    assertEquals(0, QuantisationRules.roundHalfAwayFromZero(-0.49));
  }

  @Test
  void fullRangeScaleMapsTheReferenceOntoTheLargestMantissa() {
    double s = QuantisationRules.fullRangeScale(2.0, L1);
    assertEquals(63.5, s);
    assertEquals(127, QuantisationRules.mantissa(2.0, s, L1).value());
    assertEquals(-127, QuantisationRules.mantissa(-2.0, s, L1).value());
    var e = assertThrows(DeploymentException.class, () -> QuantisationRules.fullRangeScale(0, L1));
    assertTrue(e.getMessage().contains("got 0.0"), e.getMessage());
  }

  @Test
  void mantissaClipsToTheSignedRangeAndReportsIt() {
    var hi = QuantisationRules.mantissa(3.0, 63.5, L1);
    assertEquals(127, hi.value());
    assertTrue(hi.clipped());
    assertEquals(127 / 63.5 - 3.0, hi.error(), 1e-12);
    var lo = QuantisationRules.mantissa(-3.0, 63.5, L1);
    assertEquals(-128, lo.value());
    assertTrue(lo.clipped());
    var mid = QuantisationRules.mantissa(0.5, 63.5, L1);
    assertEquals(32, mid.value()); // 31.75 rounds to 32
    assertFalse(mid.clipped());
    var narrow = QuantisationRules.mantissa(1.0, 100, L1.withWeightBits(4));
    assertEquals(7, narrow.value());
  }

  @Test
  void thresholdIsTheFloorOfThetaTimesScale() {
    assertEquals(25, QuantisationRules.threshold(10, 2.54, 0, L1).vthMant());
    assertEquals(25 / 2.54, QuantisationRules.threshold(10, 2.54, 0, L1).represented(), 1e-12);
    assertEquals(100, QuantisationRules.threshold(10, 2.54, 2, L1).vthMant());
  }

  @Test
  void integerCrossingEqualsTheScaledFloatCrossing() {
    var rnd = new SplittableRandom(5);
    for (int k = 0; k < 20_000; k++) {
      double theta = 0.1 + rnd.nextDouble() * 50;
      double scale = 0.5 + rnd.nextDouble() * 40;
      int exp = rnd.nextInt(3);
      int vth = QuantisationRules.threshold(theta, scale, exp, L1).vthMant();
      long mantSum = rnd.nextLong(-100, 2200);
      boolean integer = (mantSum << (exp + 6)) > ((long) vth << 6);
      boolean scaled = mantSum > theta * scale;
      assertEquals(scaled, integer, "theta " + theta + " scale " + scale + " sum " + mantSum);
    }
  }

  @Test
  void thresholdOutOfRangeQuotesBoundAndValue() {
    var e = assertThrows(DeploymentException.class, () -> QuantisationRules.threshold(1000, 200, 0, L1));
    assertTrue(e.getMessage().contains("200000"), e.getMessage());
    assertTrue(e.getMessage().contains("131071"), e.getMessage());
  }

  @Test
  void decaysMapFractionsToTwelveBitFields() {
    assertEquals(4095, QuantisationRules.currentDecay(1.0, L1));
    assertEquals(0, QuantisationRules.currentDecay(0.0, L1)); // clamped: Loihi 1 always decays by 1/4096
    assertEquals(409, QuantisationRules.currentDecay(0.1, L1)); // round(409.6) - 1
    assertEquals(0, QuantisationRules.voltageDecay(0.0, L1));
    assertEquals(205, QuantisationRules.voltageDecay(0.05, L1)); // round(204.8)
    assertEquals(4095, QuantisationRules.voltageDecay(1.0, L1));
    var e = assertThrows(DeploymentException.class, () -> QuantisationRules.voltageDecay(1.5, L1));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
  }

  @Test
  void biasTakesTheSmallestExponentThatFits() {
    var b = QuantisationRules.bias(0.5, 64 * 10, L1);
    assertEquals(320, b.mant());
    assertEquals(0, b.exp());
    var big = QuantisationRules.bias(100, 640, L1); // 64000 > 4095
    assertEquals(4, big.exp());
    assertEquals(4000, big.mant());
    var e = assertThrows(DeploymentException.class, () -> QuantisationRules.bias(1e6, 640, L1));
    assertTrue(e.getMessage().contains("524160"), e.getMessage()); // 4095 << 7
  }

  @Test
  void selfInhibitionNeedIsPositiveSumMinusTwoThresholdsMinusOne() {
    assertEquals(1000 - 2 * 300 - 1, QuantisationRules.selfInhibitionNeed(1000, 300));
    assertTrue(QuantisationRules.selfInhibitionNeed(600, 300) < 0);
  }

  @Test
  void selfInhibitionUsesFewestSynapsesAndCoversTheNeed() {
    assertEquals(0, QuantisationRules.selfExponent(1000, L1)); // 128 * 64 = 8192 >= 1000
    assertArrayEquals(new int[] {-16}, QuantisationRules.selfInhibition(1000, 0, L1)); // ceil(1000/64)
    assertEquals(1, QuantisationRules.selfExponent(8193, L1));
    assertEquals(7, QuantisationRules.selfExponent(1L << 20, L1));
    assertEquals(7, QuantisationRules.selfExponent((1L << 20) + 1, L1));
    int[] two = QuantisationRules.selfInhibition((1L << 20) + 1, 7, L1);
    assertArrayEquals(new int[] {-128, -1}, two);
    assertTrue(-QuantisationRules.effect(two, 7, L1) >= (1L << 20) + 1);
    assertEquals(0, QuantisationRules.selfInhibition(0, 0, L1).length);
    var rnd = new SplittableRandom(3);
    for (int k = 0; k < 2000; k++) {
      long need = rnd.nextLong(1, 8_000_000);
      int exp = QuantisationRules.selfExponent(need, L1);
      int[] m = QuantisationRules.selfInhibition(need, exp, L1);
      long eff = -QuantisationRules.effect(m, exp, L1);
      assertTrue(eff >= need && eff < need + (1L << (exp + 6)), "need " + need + " got " + eff);
    }
  }
}
