package io.kairos.compiler.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    assertThrows(IllegalArgumentException.class, () -> SpikeTimes.fromPixels(new int[] {256}, 10));
  }
}
