package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.Loss;
import org.junit.jupiter.api.Test;

/** docs/ttfs-semantics.md, "Targets" and "Decision". */
class TargetAndDecisionTest {
  private static double[] targets(int window, int label, int... t) {
    double[] out = new double[t.length];
    new TargetRule.S4nn(3).targets(t, label, window, out);
    return out;
  }

  @Test
  void noOutputFiredPullsTheCorrectNeuronToWindowMinusGamma() {
    assertArrayEquals(new double[] {256, 253, 256}, targets(256, 1, 256, 256, 256));
  }

  @Test
  void neuronsWithinGammaOfTheEarliestArePushedToTauPlusGamma() {
    // tau = 10; 11 and 12 are within 3 -> 13; 13 is not (13 - 10 = 3); label 2 gets tau
    assertArrayEquals(new double[] {13, 13, 10, 13, 40}, targets(256, 2, 10, 11, 12, 13, 40));
  }

  @Test
  void aCorrectWinnerHasZeroError() {
    double[] t = targets(256, 0, 10, 50, 60);
    assertArrayEquals(new double[] {10, 50, 60}, t);
    double[] delta = new double[3];
    assertFalse(TemporalBackprop.outputDelta(new int[] {10, 50, 60}, t, 256, delta));
    assertArrayEquals(new double[] {0, 0, 0}, delta);
  }

  @Test
  void aTieWithTheCorrectNeuronPushesTheOthersOnly() {
    assertArrayEquals(new double[] {10, 13, 256}, targets(256, 0, 10, 10, 256));
  }

  @Test
  void lateTargetsAreClippedToTheWindow() {
    assertArrayEquals(new double[] {20, 19}, targets(20, 1, 19, 19)); // within gamma -> 20; then T_c = tau
  }

  @Test
  void errorIsNormalisedPerSample() {
    double[] delta = new double[2];
    assertTrue(TemporalBackprop.outputDelta(new int[] {10, 20}, new double[] {13, 10}, 100, delta));
    // e = (0.03, -0.10), |e| = sqrt(0.0109)
    double n = Math.sqrt(0.03 * 0.03 + 0.1 * 0.1);
    assertArrayEquals(new double[] {0.03 / n, -0.1 / n}, delta, 1e-12);
  }

  @Test
  void aggressiveTtfsRulesAreImplemented() {
    // The GAN branch implements both rules (exact cases in AggressiveTtfsTest).
    assertEquals(new TargetRule.AggressiveA(3, 3), TargetRule.of(new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0)));
    assertEquals(new TargetRule.AggressiveB(3, 8), TargetRule.of(new Loss.AggressiveTtfs(Loss.Rule.B, 3, 0, 8)));
  }

  @Test
  void s4nnRuleCountsTiesWithTheCorrectClass() {
    Decision d = Decision.of(new int[] {7, 7, 30}, new float[3], 1, 256);
    assertEquals(7, d.time());
    assertTrue(d.s4nnCorrect());
    assertFalse(d.strictCorrect());
    assertEquals(-1, d.prediction());
  }

  @Test
  void strictRuleNeedsAUniqueEarliestSpike() {
    Decision d = Decision.of(new int[] {9, 7, 30}, new float[3], 1, 256);
    assertTrue(d.s4nnCorrect());
    assertTrue(d.strictCorrect());
    assertEquals(1, d.prediction());
    assertFalse(Decision.of(new int[] {9, 7, 30}, new float[3], 0, 256).s4nnCorrect());
  }

  @Test
  void silentOutputFallsBackToTheLargestPotentialAtWindowMinusThree() {
    int[] silent = {256, 256, 256};
    Decision d = Decision.of(silent, new float[] {5, 80, 79}, 1, 256);
    assertEquals(256, d.time());
    assertTrue(d.s4nnCorrect());
    assertFalse(d.strictCorrect()); // the strict rule never guesses
    // equal potentials: the lowest index wins (numpy argmax)
    assertTrue(Decision.of(silent, new float[] {80, 80, 1}, 0, 256).s4nnCorrect());
    assertFalse(Decision.of(silent, new float[] {80, 80, 1}, 1, 256).s4nnCorrect());
  }
}
