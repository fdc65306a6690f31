package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.kairos.compiler.ir.Loss;
import org.junit.jupiter.api.Test;

class AggressiveTtfsTest {
  private static double[] targets(Loss loss, int[] times, int label) {
    double[] t = new double[times.length];
    TargetRule.of(loss).targets(times, label, 256, t);
    return t;
  }

  @Test
  void s4nnGivesACorrectWinnerNoError() {
    assertArrayEquals(new double[] {40, 90}, targets(new Loss.S4nn(3), new int[] {40, 90}, 0));
  }

  @Test
  void ruleAPullsACorrectWinnerEarlier() {
    Loss a = new Loss.AggressiveTtfs(Loss.Rule.A, 3, 5, 0);
    assertArrayEquals(new double[] {35, 90}, targets(a, new int[] {40, 90}, 0));
    // wrong neuron within gamma of tau: pushed to tau + gamma as in S4NN; correct to tau - pull
    assertArrayEquals(new double[] {35, 43}, targets(a, new int[] {40, 41}, 0));
    // correct neuron loses: wrong winner pushed to tau + gamma, correct pulled to tau - pull
    assertArrayEquals(new double[] {43, 35}, targets(a, new int[] {40, 70}, 1));
    // never below 0
    assertArrayEquals(new double[] {0, 7}, targets(a, new int[] {2, 7}, 0));
    // nothing fired: wrong neurons stay silent, correct pulled to window - pull
    assertArrayEquals(new double[] {256, 251}, targets(a, new int[] {256, 256}, 1));
  }

  @Test
  void ruleBUsesAnAbsoluteTarget() {
    Loss b = new Loss.AggressiveTtfs(Loss.Rule.B, 3, 0, 20);
    // correct at 40 -> target 20; wrong at 90 is beyond both S4NN's margin and 20 + 3
    assertArrayEquals(new double[] {20, 90}, targets(b, new int[] {40, 90}, 0));
    // wrong neuron earlier than 23 is pushed to at least 20 + 3 = 23 (beyond S4NN's tau + gamma = 13)
    assertArrayEquals(new double[] {23, 20}, targets(b, new int[] {10, 12}, 1));
    assertArrayEquals(new double[] {20, 23}, targets(b, new int[] {30, 5}, 0));
    // nothing fired: the correct neuron still aims at 20, the others stay silent
    assertArrayEquals(new double[] {256, 20}, targets(b, new int[] {256, 256}, 1));
  }
}
