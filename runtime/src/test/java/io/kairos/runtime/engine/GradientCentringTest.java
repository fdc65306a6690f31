package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.run.WeightMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientCentringTest {
  private static final int W = 256;

  /**
   * One layer, 2 sources -> 2 targets (threshold 100): target 0 listens to source 0 only (150),
   * target 1 needs both (60 + 60). Sample A: sources at 0 and 5, so target 0 fires at 1 (only source
   * 0 precedes it) and target 1 at 6 (both precede it). Sample B: source 0 silent, source 1 at 3:
   * both targets stay silent and source 1 precedes both. Masks [t_i < t_j], sources x targets:
   * A = [[1, 1], [0, 1]], B = [[0, 0], [1, 1]]; mean mask = [[0.5, 0.5], [0.5, 1]].
   */
  private static ForwardTrace[] traces(TtfsNetwork net) {
    int[][] inputs = {{0, 5}, {W, 3}};
    ForwardTrace[] out = new ForwardTrace[2];
    for (int b = 0; b < 2; b++) {
      out[b] = net.newTrace();
      System.arraycopy(inputs[b], 0, out[b].inputTimes(), 0, 2);
      net.forward(out[b]);
    }
    assertArrayEquals(new int[] {1, 6}, out[0].outputTimes());
    assertArrayEquals(new int[] {W, W}, out[1].outputTimes());
    return out;
  }

  private static TtfsNetwork network() {
    var layer = new DenseTtfsLayer("out", 2, 2, 100, new Init.Uniform(0, 1));
    layer.load(new WeightMatrix(2, 2, new float[] {150, 0, 60, 60})); // [target][source]
    return new TtfsNetwork("g", W, 2, List.of(layer));
  }

  private static float[][] centred(double share) {
    TtfsNetwork net = network();
    ForwardTrace[] tr = traces(net);
    double[][] deltas = {{0.4, -0.2}, {0.6, 0.2}}; // mean delta = [0.5, 0]
    DenseTtfsLayer layer = net.layers().get(0);
    float[][] grad = new float[2][2];
    for (int b = 0; b < 2; b++) {
      layer.accumulateGradient(tr[b].times[0], tr[b].order[0], tr[b].spikes[0], tr[b].times[1], deltas[b], 0.5f, W, grad,
          0, 2, tr[b].mask, tr[b].order[1], tr[b].spikes[1]);
    }
    // S4NN's gradient mean_b delta_j m_ij: [[0.2, -0.1], [0.3, 0]]
    assertArrayEquals(new float[] {0.2f, -0.1f}, grad[0], 1e-7f);
    assertArrayEquals(new float[] {0.3f, 0f}, grad[1], 1e-7f);
    try (Parallel p = new Parallel(1)) {
      GradientCentring.apply(layer, 0, tr, deltas, 2, share, grad, new float[2][2], new ForwardTrace[] {net.newTrace()}, p);
    }
    return grad;
  }

  @Test
  void removesTheShareOfTheMeanMaskTimesTheMeanDelta() {
    // g - c * mbar * dbar: only target 0 has a nonzero mean delta (0.5); mbar there is 0.5 for both sources
    float[][] full = centred(1);
    assertArrayEquals(new float[] {0.2f - 0.25f, -0.1f}, full[0], 1e-7f);
    assertArrayEquals(new float[] {0.3f - 0.25f, 0f}, full[1], 1e-7f);
    float[][] most = centred(0.8);
    assertArrayEquals(new float[] {0f, -0.1f}, most[0], 1e-7f);
    assertArrayEquals(new float[] {0.1f, 0f}, most[1], 1e-7f);
  }

  @Test
  void fullCentringLeavesNoMeanPushOnATarget() {
    // With c = 1 the centred gradient is mean_b delta_j (m_ij - mbar_ij): its mbar-weighted push
    // sum_i g_ij is the covariance of delta and the masks, which here is 0.05 - 0.05 = 0 for target 0.
    float[][] g = centred(1);
    assertEquals(0.0, g[0][0] + g[1][0], 1e-7);
  }

  @Test
  void shareZeroIsS4nnsGradientAndSharesOutsideZeroToOneAreRefused() {
    float[][] g = centred(0);
    assertArrayEquals(new float[] {0.2f, -0.1f}, g[0], 0f);
    assertArrayEquals(new float[] {0.3f, 0f}, g[1], 0f);
    assertThrows(IllegalArgumentException.class, () -> centred(1.5));
    assertThrows(UnsupportedModelException.class, () -> new GanLearner.Options(0, 0, 0, 0, 0, 0, 0, 0, -0.1));
  }

  @Test
  void centredGStepsAreTheSameForAnyThreadCountAndDifferFromS4nns() {
    var centred = new GanLearner.Options(0.1, 0.5, 0, 0, 0, 0, 0, 0.5, 0.8);
    List<WeightMatrix> one = GanLearnerTest.trainTiny(1, 4, centred);
    List<WeightMatrix> three = GanLearnerTest.trainTiny(3, 4, centred);
    for (int k = 0; k < one.size(); k++) {
      assertArrayEquals(one.get(k).data(), three.get(k).data(), 0f, "weights " + k);
    }
    List<WeightMatrix> plain = GanLearnerTest.trainTiny(1, 4, new GanLearner.Options(0.1, 0.5, 0, 0, 0, 0, 0, 0.5, 0));
    assertFalse(java.util.Arrays.equals(one.get(0).data(), plain.get(0).data()), "centring changed nothing");
  }
}
