package io.kairos.compiler.deploy.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlacementTest {
  @Test
  void coresFillTilesInASnakeAndChipsInOrder() {
    var spec = Specs.loihi1(); // 8 x 4 tiles of 4 cores
    assertEquals(new Placement(0, 0, 0, 0), Placement.of(0, spec));
    assertEquals(new Placement(0, 3, 0, 0), Placement.of(3, spec));
    assertEquals(new Placement(0, 4, 1, 0), Placement.of(4, spec));
    assertEquals(new Placement(0, 31, 7, 0), Placement.of(31, spec));
    assertEquals(new Placement(0, 32, 7, 1), Placement.of(32, spec)); // row 1 runs right to left
    assertEquals(new Placement(0, 63, 0, 1), Placement.of(63, spec));
    assertEquals(new Placement(0, 64, 0, 2), Placement.of(64, spec));
    assertEquals(new Placement(1, 0, 0, 0), Placement.of(128, spec));
  }

  @Test
  void consecutiveCoresAreAtMostOneHopApart() {
    var spec = Specs.loihi1();
    for (int g = 0; g + 1 < 128; g++) {
      assertTrue(Placement.of(g, spec).hopsTo(Placement.of(g + 1, spec)) <= 1, "core " + g);
    }
  }
}
