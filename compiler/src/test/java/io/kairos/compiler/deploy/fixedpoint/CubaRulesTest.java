package io.kairos.compiler.deploy.fixedpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CubaRulesTest {
  private static final DatapathWidths W = DatapathWidths.LOIHI1;

  @Test
  void decayRoundsNegativesTowardZero() {
    assertEquals(-1, CubaRules.rtzShift(-4097, 12)); // an arithmetic shift gives -2
    assertEquals(0, CubaRules.rtzShift(-4095, 12)); // an arithmetic shift gives -1
    assertEquals(1, CubaRules.rtzShift(4097, 12));
    // v = -1000, dv = 100: -1000 * 3996 / 4096 = -975.59 -> -975
    assertEquals(-975, CubaRules.decayVoltage(-1000, 100, W));
    assertEquals(975, CubaRules.decayVoltage(1000, 100, W));
  }

  @Test
  void duOf4095ClearsTheCurrentOnLoihi1() {
    assertEquals(0, CubaRules.decayCurrent(123_456, 4095, W));
    assertEquals(0, CubaRules.decayCurrent(-123_456, 4095, W));
    // du = 0 still decays by 1/4096 with the offset: 4096 * 4095 / 4096
    assertEquals(4095, CubaRules.decayCurrent(4096, 0, W));
  }

  @Test
  void currentWrapsAsTwentyFourBitTwosComplement() {
    long top = (1L << 23) - 1;
    assertEquals(top, CubaRules.wrapCurrent(top, W));
    assertEquals(-(1L << 23), CubaRules.wrapCurrent(1L << 23, W));
    assertEquals(-(1L << 23), CubaRules.wrapCurrent(-(1L << 23), W));
    assertEquals(top, CubaRules.wrapCurrent(-(1L << 23) - 1, W));
    assertEquals(5, CubaRules.wrapCurrent((1L << 24) + 5, W));
    // a << 6 pushes u past the top: 140000 << 6 = 8,960,000 -> 8,960,000 - 16,777,216
    assertEquals(8_960_000 - 16_777_216, CubaRules.nextCurrent(0, 140_000, 4095, W));
  }

  @Test
  void voltageSaturatesSymmetrically() {
    long max = (1L << 23) - 1;
    assertEquals(max, CubaRules.saturateVoltage(1L << 30, W));
    assertEquals(-max, CubaRules.saturateVoltage(-(1L << 23), W));
    assertEquals(-max, CubaRules.nextVoltage(-max, -64, 0, 0, 0, W));
  }

  @Test
  void thresholdIsStrict() {
    assertEquals(640, CubaRules.threshold(10, W));
    assertFalse(CubaRules.spikes(640, 10, W));
    assertTrue(CubaRules.spikes(641, 10, W));
  }

  @Test
  void biasIsAddedShifted() {
    assertEquals(10 + 5 * 8, CubaRules.nextVoltage(0, 10, 0, 5, 3, W));
  }
}
