package io.kairos.compiler.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpikeTimesTest {
  @Test
  void s4nnPixelCoding() {
    // floor((255 - p) * 256 / 255): white fires at 0, black never (= window)
    assertArrayEquals(new int[] {0, 127, 254, 256}, SpikeTimes.fromPixels(new int[] {255, 128, 1, 0}, 256).times());
  }

  @Test
  void timesOutsideTheWindowAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SpikeTimes(10, new int[] {11}));
    assertThrows(IllegalArgumentException.class, () -> new SpikeTimes(10, new int[] {-1}));
    assertThrows(IllegalArgumentException.class, () -> SpikeTimes.fromPixels(new int[] {256}, 10));
  }

  @Test
  void silentCountsAndEarliest() {
    SpikeTimes s = SpikeTimes.silent(8, 3);
    assertArrayEquals(new int[] {8, 8, 8}, s.times());
    assertEquals(0, s.spikeCount());
    assertEquals(8, s.earliest());
    SpikeTimes t = new SpikeTimes(8, new int[] {5, 8, 2});
    assertEquals(2, t.spikeCount());
    assertEquals(2, t.earliest());
    assertEquals(new SpikeTimes(8, new int[] {5, 8, 2}), t);
  }
}
