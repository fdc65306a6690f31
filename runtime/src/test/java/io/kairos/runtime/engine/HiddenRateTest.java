package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.run.WeightMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenRateTest {
  @Test
  void sharesCountFiringSamplesPerHiddenNeuron() {
    var net = new TtfsNetwork("g", 256, 1, List.of(new DenseTtfsLayer("h", 1, 3, 100, new Init.Uniform(0, 1)),
        new DenseTtfsLayer("o", 3, 1, 100, new Init.Uniform(0, 1))));
    int[][] hidden = {{5, 256, 256}, {7, 9, 256}, {256, 9, 256}, {1, 2, 256}};
    ForwardTrace[] t = new ForwardTrace[4];
    for (int b = 0; b < 4; b++) {
      t[b] = net.newTrace();
      System.arraycopy(hidden[b], 0, t[b].times[1], 0, 3);
    }
    double[][] q = HiddenRate.shares(t, 4, 2);
    assertNull(q[0]);
    assertArrayEquals(new double[] {0.75, 0.75, 0}, q[1], 0);
  }

  @Test
  void mixPushesOverActiveNeuronsLaterAndSilentOnesEarlier() {
    double[] delta = {1, 0, 0};
    HiddenRate.mix(new double[] {0.75, 0.75, 0}, 0.25, 0.5, delta);
    // r = (0.5, 0.5, -0.25) / 0.75 = (2/3, 2/3, -1/3); 0.5 (1, 0, 0) + 0.5 r = (5/6, 1/3, -1/6), normalised
    double n = Math.sqrt(25.0 / 36 + 1.0 / 9 + 1.0 / 36);
    assertArrayEquals(new double[] {5 / 6.0 / n, 1 / 3.0 / n, -1 / 6.0 / n}, delta, 1e-12);
  }

  @Test
  void aBatchAlreadyAtTheRateIsLeftAlone() {
    double[] delta = {0.6, 0.8};
    HiddenRate.mix(new double[] {0.5, 0.5}, 0.5, 0.9, delta);
    assertArrayEquals(new double[] {0.6, 0.8}, delta, 0);
  }

  @Test
  void hiddenRateIsTheSameForAnyThreadCountAndChangesG() {
    var on = new GanLearner.Options(0.1, 0.5, 0.5, 3, 0.3, 0.5);
    List<WeightMatrix> one = GanLearnerTest.trainTiny(1, 4, on);
    List<WeightMatrix> three = GanLearnerTest.trainTiny(3, 4, on);
    for (int k = 0; k < one.size(); k++) {
      assertArrayEquals(one.get(k).data(), three.get(k).data(), "matrix " + k);
    }
    List<WeightMatrix> off = GanLearnerTest.trainTiny(1, 4, new GanLearner.Options(0.1, 0.5, 0.5, 3));
    assertTrue(!java.util.Arrays.equals(off.get(0).data(), one.get(0).data()), "the hidden rate did not change G");
    assertThrows(UnsupportedModelException.class, () -> new GanLearner.Options(0, 0, 0, 0, 1.5, 0.5));
  }
}
