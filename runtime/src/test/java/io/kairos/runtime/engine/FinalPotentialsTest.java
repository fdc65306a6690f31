package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link TtfsNetwork#finalPotentials}: inputs up to window - 2 count, later ones and firing do not stop it. */
class FinalPotentialsTest {
  @Test
  void countsInputsUpToWindowMinusTwoAndKeepsIntegratingAfterFiring() {
    int window = 10;
    TtfsNetwork net = Micro.net(window, 1.0, 3, 2);
    // out0: 0.5 at t=2, 0.25 at t=8 (= window - 2), 5 at t=9 (= window - 1, too late to count): silent.
    // out1: 2 at t=2 (fires at 3), 1 at t=8.
    Micro.weights(net, 0, new double[][] {{0.5, 0.25, 5}, {2, 1, 0}});
    ForwardTrace tr = Micro.forward(net, 2, 8, 9);
    assertArrayEquals(new int[] {window, 3}, tr.outputTimes());
    float[] v = new float[2];
    net.finalPotentials(tr, 0, v);
    assertArrayEquals(new float[] {0.75f, 3f}, v);
    // The kernel's snapshot at window - 3 misses the input at window - 2, and has -inf for the fired neuron.
    assertEquals(0.5f, tr.outputPotentialAtFallback()[0]);
    assertEquals(Float.NEGATIVE_INFINITY, tr.outputPotentialAtFallback()[1]);
  }

  @Test
  void reportsTrueUnitsWhileAScaleIsPending() {
    TtfsNetwork net = Micro.net(10, 1.0, 2, 1);
    Micro.weights(net, 0, new double[][] {{0.5, 3}});
    net.layers().get(0).scaleBy(0.5); // true weights 0.25, 1.5; stored rows unchanged
    ForwardTrace tr = Micro.forward(net, 1, 4);
    assertEquals(5, tr.outputTimes()[0]);
    float[] v = new float[1];
    net.finalPotentials(tr, 0, v);
    assertEquals(1.75f, v[0]);
  }

  @Test
  void twoLayersUseEachLayersOwnInputs() {
    TtfsNetwork net = Micro.net(20, 1.0, 1, 2, 1);
    Micro.weights(net, 0, new double[][] {{2}, {0.5}}); // hidden 0 fires at 4, hidden 1 stays at 0.5
    Micro.weights(net, 1, new double[][] {{0.7, 9}});
    ForwardTrace tr = Micro.forward(net, 3);
    float[] h = new float[2];
    net.finalPotentials(tr, 0, h);
    assertArrayEquals(new float[] {2f, 0.5f}, h);
    float[] o = new float[1];
    net.finalPotentials(tr, 1, o);
    assertArrayEquals(new float[] {0.7f}, o);
    assertEquals(20, tr.outputTimes()[0]);
  }
}
