package io.kairos.runtime.engine;

/** Derives independent seeds for each random choice from the run seed (SplitMix64 finaliser). */
public final class Seeds {
  /** Stream of initial weights (index: projection). */
  public static final long INIT = 1;
  /** Stream of dead-neuron re-draws (index: epoch, then layer and neuron). */
  public static final long REDRAW = 2;

  private Seeds() {}

  public static long mix(long seed, long stream, long index) {
    return mix64(mix64(seed ^ mix64(stream)) + index);
  }

  public static long mix64(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
