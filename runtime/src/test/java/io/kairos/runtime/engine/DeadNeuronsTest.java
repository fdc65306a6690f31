package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeadNeuronsTest {
  @Test
  void hiddenNeuronsThatFiredTooRarelyAreRedrawnFromTheirInit() {
    TtfsNetwork net = Micro.net(20, 10, 2, 2, 1);
    Micro.weights(net, 0, new double[][] {{11, 11}, {-1, -1}}); // hidden 1 never fires
    Micro.weights(net, 1, new double[][] {{11, 11}});
    Tally tally = new Tally(net);
    for (int s = 0; s < 1000; s++) {
      tally.add(Micro.forward(net, 0, 5), 0);
    }
    var redrawn = DeadNeurons.redraw(net, tally, 0.001, 42, 1);
    assertEquals(1, redrawn.get("l1"));
    assertEquals(11f, net.layers().get(0).weight(0, 0));
    float w = net.layers().get(0).weight(1, 0);
    assertNotEquals(-1f, w);
    assertTrue(w >= 0 && w < 5, "drawn from U[0, 5): " + w);
    assertEquals(11f, net.layers().get(1).weight(0, 1)); // the output layer is never re-drawn
  }

  @Test
  void theRateIsAStrictLowerBound() {
    TtfsNetwork net = Micro.net(20, 10, 1, 1, 1);
    Micro.weights(net, 0, new double[][] {{11}});
    Micro.weights(net, 1, new double[][] {{11}});
    Tally tally = new Tally(net);
    tally.add(Micro.forward(net, 0), 0); // fired on 1 of 1000 = exactly 0.1%: kept
    for (int s = 0; s < 999; s++) {
      tally.add(Micro.forward(net, 20), 0);
    }
    assertEquals(0, DeadNeurons.redraw(net, tally, 0.001, 1, 1).get("l1"));
  }
}
