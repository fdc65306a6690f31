package io.kairos.compiler.deploy.fixedpoint;

import java.util.List;

/** Small hand-built fixed-point layers and networks for tests. */
public final class FixedPointFixtures {
  private FixedPointFixtures() {}

  /** An IF layer (du clears u, dv 0, no bias) on Loihi 1 widths. */
  public static FixedPointLayer ifLayer(String name, int size, int fanIn, int[] mant, int exp, int vthMant, int[][] self, int selfExp) {
    return new FixedPointLayer(name, size, fanIn, mant, exp, vthMant, 4095, 0, 0, 0, FireOnce.SELF_INHIBITION, selfExp, self);
  }

  public static int[][] noSelf(int size) {
    int[][] s = new int[size][];
    for (int j = 0; j < size; j++) {
      s[j] = new int[0];
    }
    return s;
  }

  public static FixedPointNetwork net(int inputs, int window, FixedPointLayer... layers) {
    return new FixedPointNetwork("test", inputs, window, DatapathWidths.LOIHI1, List.of(layers));
  }
}
