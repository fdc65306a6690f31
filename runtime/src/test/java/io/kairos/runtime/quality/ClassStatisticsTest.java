package io.kairos.runtime.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClassStatisticsTest {

  private static float[] oneHot(int k) {
    float[] p = new float[10];
    p[k] = 1;
    return p;
  }

  @Test
  void confidentAndBalancedSamplesScoreTen() {
    float[][] probs = new float[20][];
    for (int i = 0; i < 20; i++) {
      probs[i] = oneHot(i % 10);
    }
    assertEquals(10, ClassStatistics.classifierScore(probs), 1e-6);
    assertEquals(1, ClassStatistics.confidentShare(probs, 0.9), 1e-12);
    double[] shares = ClassStatistics.classShares(probs);
    for (double s : shares) {
      assertEquals(0.1, s, 1e-12);
    }
  }

  @Test
  void modeCollapseScoresOne() {
    float[][] probs = {oneHot(3), oneHot(3), oneHot(3)};
    assertEquals(1, ClassStatistics.classifierScore(probs), 1e-6);
    double[] expected = new double[10];
    expected[3] = 1;
    assertArrayEquals(expected, ClassStatistics.classShares(probs), 1e-12);
  }

  @Test
  void uncertainSamplesAreNotConfident() {
    float[] p = new float[10];
    p[1] = 0.89f;
    p[2] = 0.11f;
    float[] q = new float[10];
    q[4] = 0.9f;
    q[5] = 0.1f;
    assertEquals(0.5, ClassStatistics.confidentShare(new float[][] {p, q}, 0.9), 1e-12);
  }

  @Test
  void twoClassesHalfAndHalfScoreTwo() {
    float[][] probs = {oneHot(0), oneHot(1)};
    assertEquals(2, ClassStatistics.classifierScore(probs), 1e-6);
  }
}
