package io.kairos.runtime.engine;

/** Value-to-spike-time coding of the IR encoders (docs/ttfs-semantics.md, "Input coding"). */
public final class LatencyCoding {
  private LatencyCoding() {}

  /** {@code t = floor((255 - p) * window / 255)}: 255 fires at 0, 0 gives {@code window} (silent). */
  public static int pixelTime(int pixel, int window) {
    if (pixel < 0 || pixel > 255) {
      throw new IllegalArgumentException("pixel " + pixel + " is outside 0..255");
    }
    return (255 - pixel) * window / 255;
  }

  /** Codes {@code size} unsigned bytes from {@code pixels[offset..]} into {@code times}. */
  public static void pixelTimes(byte[] pixels, int offset, int size, int window, int[] times) {
    int[] table = pixelTable(window);
    for (int i = 0; i < size; i++) {
      times[i] = table[pixels[offset + i] & 0xFF];
    }
  }

  private static volatile int[] lastTable = new int[0];

  /** {@code pixelTime(p, window)} for every {@code p}, cached for the last window asked for. */
  private static int[] pixelTable(int window) {
    int[] t = lastTable;
    if (t.length == 257 && t[256] == window) {
      return t;
    }
    t = new int[257];
    for (int p = 0; p < 256; p++) {
      t[p] = pixelTime(p, window);
    }
    t[256] = window;
    lastTable = t;
    return t;
  }

  /**
   * {@code t = floor((1 - z) * span)} for noise {@code z} in [0, 1), in [0, span]; {@link NoiseCode}
   * decides which noise neurons spike and with which span.
   */
  public static int noiseTime(double z, int span) {
    if (!(z >= 0 && z < 1)) {
      throw new IllegalArgumentException("noise value " + z + " is outside [0, 1)");
    }
    return Math.min(span, (int) Math.floor((1 - z) * span));
  }

  /**
   * The image decoder, inverse of {@link #pixelTime}: intensity {@code 1 - t / window} in [0, 1]
   * for a spike at {@code t}; a neuron that never fired ({@code t >= window}) is black (0).
   */
  public static float intensity(int time, int window) {
    return time >= window ? 0f : (float) (1.0 - (double) time / window);
  }
}
