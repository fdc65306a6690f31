package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link DenseTtfsLayer#dot}: four partial sums, every length's tail included. */
class DotProductTest {
  @Test
  void sumsEveryProductWhateverTheLengthModuloFour() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int n = 0; n <= 13; n++) {
      float[] a = new float[n + 3];
      float[] b = new float[n + 3];
      double sequential = 0;
      for (int j = 0; j < a.length; j++) {
        // small integers: every product and partial sum is exact, so any order gives the same sum
        a[j] = rnd.nextInt(-50, 50);
        b[j] = rnd.nextInt(-50, 50);
        if (j < n) {
          sequential += (double) a[j] * b[j];
        }
      }
      assertEquals(sequential, DenseTtfsLayer.dot(a, b, n), "n = " + n); // entries past n are ignored
    }
  }

  @Test
  void agreesWithOneAccumulatorToDoubleRounding() {
    SplittableRandom rnd = new SplittableRandom(9);
    float[] a = new float[400];
    float[] b = new float[400];
    double sequential = 0;
    double magnitude = 0;
    for (int j = 0; j < a.length; j++) {
      a[j] = (float) rnd.nextDouble(-3, 3);
      b[j] = (float) rnd.nextDouble(-1, 1);
      sequential += (double) a[j] * b[j];
      magnitude += Math.abs((double) a[j] * b[j]);
    }
    assertEquals(sequential, DenseTtfsLayer.dot(a, b, a.length), magnitude * 1e-15);
  }
}
