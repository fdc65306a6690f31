package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** docs/ttfs-semantics.md, "Forward": hand-computed micro-networks. */
class ForwardSemanticsTest {
  private static int[] out(ForwardTrace t, int layer) {
    return t.layerTimes(layer).times();
  }

  @Test
  void firesOneStepAfterThePotentialExceedsTheta() {
    TtfsNetwork net = Micro.net(16, 100, 2, 1);
    Micro.weights(net, 0, new double[][] {{60, 50}});
    // V(0) = 60, V(1) = 60, V(2) = 110 > 100: crossing at t = 2, spike at 3
    assertArrayEquals(new int[] {3}, out(Micro.forward(net, 0, 2), 0));
  }

  @Test
  void reachingThetaExactlyIsNotEnough() {
    TtfsNetwork net = Micro.net(16, 100, 2, 1);
    Micro.weights(net, 0, new double[][] {{50, 50}});
    assertArrayEquals(new int[] {16}, out(Micro.forward(net, 0, 1), 0)); // V = 100, not > 100
    Micro.weights(net, 0, new double[][] {{50, 50.0001}});
    assertArrayEquals(new int[] {2}, out(Micro.forward(net, 0, 1), 0));
  }

  @Test
  void inputsOfOneTimeStepAreSummedBeforeTheCheck() {
    TtfsNetwork net = Micro.net(16, 100, 3, 1);
    Micro.weights(net, 0, new double[][] {{120, -30, 5}});
    // at t = 4 both 120 and -30 arrive: V(4) = 90, not a crossing; at t = 6, 95: still silent
    assertArrayEquals(new int[] {16}, out(Micro.forward(net, 4, 4, 6), 0));
    // 120 alone at t = 3 crosses before the inhibition arrives
    assertArrayEquals(new int[] {4}, out(Micro.forward(net, 3, 4, 6), 0));
  }

  @Test
  void silentInputsAndLateCrossingsGiveWindow() {
    TtfsNetwork net = Micro.net(10, 100, 2, 2);
    Micro.weights(net, 0, new double[][] {{101, 0}, {0, 101}});
    // input at 10 = window: silent, adds nothing; input at 9: crossing at 9 -> 10 = silent
    assertArrayEquals(new int[] {10, 10}, out(Micro.forward(net, 10, 9), 0));
    // crossing at 8 -> spike at 9, the last time inside the window
    assertArrayEquals(new int[] {9, 10}, out(Micro.forward(net, 8, 10), 0));
  }

  @Test
  void eachLayerAddsOneStepOfDelay() {
    TtfsNetwork net = Micro.net(32, 100, 1, 1, 1);
    Micro.weights(net, 0, new double[][] {{101}});
    Micro.weights(net, 1, new double[][] {{101}});
    ForwardTrace t = Micro.forward(net, 5);
    assertArrayEquals(new int[] {6}, out(t, 0));
    assertArrayEquals(new int[] {7}, out(t, 1));
  }

  @Test
  void firesAtMostOnce() {
    TtfsNetwork net = Micro.net(16, 10, 3, 1);
    Micro.weights(net, 0, new double[][] {{11, 11, 11}});
    assertArrayEquals(new int[] {1}, out(Micro.forward(net, 0, 3, 5), 0));
  }

  @Test
  void potentialAtWindowMinusThreeIsKeptForTheFallbackDecision() {
    TtfsNetwork net = Micro.net(20, 100, 3, 2);
    Micro.weights(net, 0, new double[][] {{10, 20, 40}, {30, 1, 1}});
    ForwardTrace t = Micro.forward(net, 0, 17, 18); // 17 = window - 3 counts, 18 does not
    assertArrayEquals(new float[] {30, 31}, t.outputPotentialAtFallback());
    assertEquals(3, t.inputSpikeCount());
  }

  @Test
  void matchesTheDenseTimeSteppedReferenceOnRandomNetworks() {
    var rnd = new java.util.SplittableRandom(7);
    for (int trial = 0; trial < 50; trial++) {
      int window = 8 + rnd.nextInt(40);
      TtfsNetwork net = Micro.net(window, 10, 6, 5, 3);
      double[][][] w = {ReferenceS4nn.random(rnd, 5, 6, -2, 6), ReferenceS4nn.random(rnd, 3, 5, -2, 12)};
      Micro.weights(net, 0, w[0]);
      Micro.weights(net, 1, w[1]);
      int[] in = new int[6];
      for (int i = 0; i < 6; i++) {
        in[i] = rnd.nextInt(window + 1);
      }
      int[][] ref = ReferenceS4nn.forward(w, in, window, 10);
      ForwardTrace t = Micro.forward(net, in);
      assertArrayEquals(ref[1], out(t, 0), "trial " + trial);
      assertArrayEquals(ref[2], out(t, 1), "trial " + trial);
    }
  }

  @Test
  void stoppingAtTheDecisionGivesTheSameDecisionAndCountsOnlyEarlierSpikes() {
    var rnd = new java.util.SplittableRandom(9);
    int silentOutputs = 0;
    for (int trial = 0; trial < 200; trial++) {
      int window = 40;
      TtfsNetwork net = Micro.net(window, 10, 8, 6, 3);
      Micro.weights(net, 0, ReferenceS4nn.random(rnd, 6, 8, -1, 6));
      Micro.weights(net, 1, ReferenceS4nn.random(rnd, 3, 6, -5, 7));
      int[] in = new int[8];
      for (int i = 0; i < 8; i++) {
        in[i] = rnd.nextInt(window + 1);
      }
      ForwardTrace full = Micro.forward(net, in);
      ForwardTrace early = net.newTrace();
      System.arraycopy(in, 0, early.inputTimes(), 0, 8);
      net.forwardToDecision(early);
      int tau = full.layerTimes(1).earliest();
      int label = trial % 3;
      assertEquals(Decision.of(full.outputTimes(), full.outputPotentialAtFallback(), label, window),
          Decision.of(early.outputTimes(), early.outputPotentialAtFallback(), label, window), "trial " + trial);
      int[] hiddenFull = full.layerTimes(0).times();
      int[] hiddenEarly = early.layerTimes(0).times();
      for (int j = 0; j < 6; j++) {
        // hidden spikes up to the decision are kept, later ones are not simulated
        assertEquals(hiddenFull[j] < tau ? hiddenFull[j] : window, hiddenEarly[j] < tau ? hiddenEarly[j] : window);
      }
      if (tau == window) {
        silentOutputs++;
        assertArrayEquals(full.layerTimes(0).times(), early.layerTimes(0).times());
      }
      long before = java.util.Arrays.stream(in).filter(t -> t < tau - 1).count();
      assertTrue(early.inputSpikeCount() >= before, "trial " + trial);
    }
    assertTrue(silentOutputs > 0 && silentOutputs < 200, "both cases covered: " + silentOutputs);
  }
}
