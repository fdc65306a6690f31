package io.kairos.compiler.deploy.fixedpoint;

import static io.kairos.compiler.deploy.fixedpoint.FixedPointFixtures.ifLayer;
import static io.kairos.compiler.deploy.fixedpoint.FixedPointFixtures.net;
import static io.kairos.compiler.deploy.fixedpoint.FixedPointFixtures.noSelf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.run.SpikeTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSimulatorTest {
  private static NetworkRun run(FixedPointNetwork n, int... times) {
    return new ReferenceSimulator(n).run(new SpikeTimes(n.window(), times));
  }

  @Test
  void strictThresholdAtExactlyThetaDoesNotFire() {
    // 3 + 4 = 7 mantissa units = 7 << 6 = 448 = vthMant 7 << 6: not strictly greater
    var exact = net(2, 10, ifLayer("L", 1, 2, new int[] {3, 4}, 0, 7, noSelf(1), 0));
    assertArrayEquals(new int[] {10}, run(exact, 0, 0).output().times());
    var below = net(2, 10, ifLayer("L", 1, 2, new int[] {3, 4}, 0, 6, noSelf(1), 0));
    // inputs at step 0 are integrated at step 1 (one step of latency per projection)
    assertArrayEquals(new int[] {1}, run(below, 0, 0).output().times());
  }

  @Test
  void vIntegratesWithoutLeakAcrossSteps() {
    var n = net(2, 10, ifLayer("L", 1, 2, new int[] {3, 4}, 0, 6, noSelf(1), 0));
    assertArrayEquals(new int[] {6}, run(n, 2, 5).output().times());
    assertArrayEquals(new int[] {10}, run(n, 2, 10).output().times());
  }

  @Test
  void weightExponentScalesTheIncrement() {
    // 1 << (6 + 2) = 256 > vthMant 3 << 6 = 192
    var n = net(1, 10, ifLayer("L", 1, 1, new int[] {1}, 2, 3, noSelf(1), 0));
    assertArrayEquals(new int[] {1}, run(n, 0).output().times());
  }

  @Test
  void eachLayerAddsOneStep() {
    var n = net(1, 12,
        ifLayer("A", 1, 1, new int[] {10}, 0, 5, noSelf(1), 0),
        ifLayer("B", 1, 1, new int[] {10}, 0, 5, noSelf(1), 0));
    NetworkRun r = run(n, 3);
    assertArrayEquals(new int[] {4}, r.layers().get(0).times());
    assertArrayEquals(new int[] {5}, r.layers().get(1).times());
  }

  @Test
  void resetToZeroThenFiresAgainWithoutAMechanism() {
    // 10 > 5 at step 1, v reset to 0; a second input of 10 at step 4 fires again
    var n = net(2, 10, ifLayer("L", 1, 2, new int[] {10, 10}, 0, 5, noSelf(1), 0));
    NetworkRun r = run(n, 0, 3);
    assertArrayEquals(new int[] {1}, r.output().times());
    assertEquals(1, r.repeatSpikes());
  }

  @Test
  void selfInhibitionLandsOneStepAfterTheSpikeAndStaysInV() {
    // after the spike at step 1, the self-synapse -16 << 6 = -1024 lands at step 2; v stays at
    // -1024 (no leak), so the later +640 leaves v = -384 and no second spike
    int[][] self = {{-16}};
    var n = net(2, 10, ifLayer("L", 1, 2, new int[] {10, 10}, 0, 5, self, 0));
    NetworkRun r = run(n, 0, 3);
    assertArrayEquals(new int[] {1}, r.output().times());
    assertEquals(0, r.repeatSpikes());
    // the self-synapse and an input at the same step add: -1024 + 640 = -384 <= 320
    assertEquals(0, run(n, 0, 1).repeatSpikes());
  }

  @Test
  void currentWrapTurnsAHugePositiveInputNegative() {
    // 9 synapses of 127 << 13 arrive together: 9,363,456 > 2^23 wraps to -7,413,760
    int[] w = new int[9];
    java.util.Arrays.fill(w, 127);
    var n = net(9, 10, ifLayer("L", 1, 9, w, 7, 1, noSelf(1), 0));
    NetworkRun r = run(n, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertArrayEquals(new int[] {10}, r.output().times());
    assertEquals(-7_413_760.0, r.outputPotentials()[0]);
    // spread over two steps nothing wraps and it fires at once
    assertArrayEquals(new int[] {1}, run(n, 0, 0, 0, 0, 0, 1, 1, 1, 1).output().times());
  }

  @Test
  void voltageSaturatesAtTheNegativeBound() {
    // 8 inputs of -128 << 13 = -2^20 each over 8 steps: v would reach -2^23, saturates at -(2^23 - 1)
    int[] w = new int[9];
    java.util.Arrays.fill(w, 0, 8, -128);
    w[8] = 1;
    var n = net(9, 12, ifLayer("L", 1, 9, w, 7, 100_000, noSelf(1), 0));
    NetworkRun r = run(n, 0, 1, 2, 3, 4, 5, 6, 7, 8);
    // potentials are taken after step window - 2 = 10: -(2^23 - 1) + 8192
    assertEquals(-((1L << 23) - 1) + 8192, (long) r.outputPotentials()[0]);
  }

  @Test
  void oneShotFlagSilencesLaterSpikes() {
    var layer = new FixedPointLayer("L", 1, 2, new int[] {10, 10}, 0, 5, 4095, 0, 0, 0,
        FireOnce.ONE_SHOT_FLAG, 0, noSelf(1));
    var n = new FixedPointNetwork("t", 2, 10, DatapathWidths.LOIHI2, List.of(layer));
    NetworkRun r = run(n, 0, 3);
    assertArrayEquals(new int[] {1}, r.output().times());
    assertEquals(0, r.repeatSpikes());
    assertThrows(IllegalArgumentException.class,
        () -> new FixedPointNetwork("t", 2, 10, DatapathWidths.LOIHI1, List.of(layer)));
  }

  @Test
  void leakAndBiasFollowTheIntegerRules() {
    // du = 2047: u keeps (4096 - 2048) / 4096 = half; dv = 1024: v keeps 3/4; bias 1 << 2 = 4
    var layer = new FixedPointLayer("L", 1, 1, new int[] {1}, 0, 100, 2047, 1024, 1, 2,
        FireOnce.ONE_SHOT_FLAG, 0, noSelf(1));
    var n = new FixedPointNetwork("t", 1, 5, DatapathWidths.LOIHI2, List.of(layer));
    // step 0: u 0, v 4; step 1: u 64, v 3 + 64 + 4 = 71; step 2: u 32, v 53 + 32 + 4 = 89;
    // step 3 (= window - 2, recorded): u 16, v 66 + 16 + 4 = 86
    assertEquals(86.0, run(n, 0).outputPotentials()[0]);
  }
}
