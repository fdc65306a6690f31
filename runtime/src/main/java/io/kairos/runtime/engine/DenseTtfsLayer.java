package io.kairos.runtime.engine;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.run.WeightMatrix;
import java.util.Arrays;

/**
 * One dense projection into a population of non-leaky IF neurons that fire at most once (see
 * docs/ttfs-semantics.md), with the event-driven kernels of the forward and backward passes.
 *
 * <p>Weights are stored source-major ({@code rows[i][j]} is the weight from source {@code i} to
 * target {@code j}) so that one input spike adds one contiguous row to the potentials, and times
 * a common {@code scale}: the true weight is {@code scale * rows[i][j]}. The scale
 * makes S4NN's per-sample L2 decay {@code w -= lr * decay * w} an O(1) operation instead of a pass
 * over every weight; {@link #foldScale()} multiplies it back in.
 */
public final class DenseTtfsLayer {
  private final String name;
  private final int sources;
  private final int targets;
  private final double threshold;
  private final Init init;
  private final float[][] rows; // rows[i][j]: source i -> target j, times scale
  private double scale = 1.0;

  public DenseTtfsLayer(String name, int sources, int targets, double threshold, Init init) {
    if (sources < 1 || targets < 1) {
      throw new IllegalArgumentException("layer " + name + " needs positive sizes");
    }
    this.name = name;
    this.sources = sources;
    this.targets = targets;
    this.threshold = threshold;
    this.init = init;
    this.rows = new float[sources][targets];
  }

  public String name() {
    return name;
  }

  public int sources() {
    return sources;
  }

  public int targets() {
    return targets;
  }

  public double threshold() {
    return threshold;
  }

  public Init init() {
    return init;
  }

  /**
   * The stored weights, one array per source (separate arrays rather than one flat array: C2
   * vectorises the row loops only then, measured 6x faster); true weights are {@code scale() *
   * rows}.
   */
  float[][] rows() {
    return rows;
  }

  double scale() {
    return scale;
  }

  /** Multiplies every weight by {@code factor} in O(1) (the L2 decay step). */
  void scaleBy(double factor) {
    scale *= factor;
    // Keep raw values in a well-conditioned range; rarely taken (decay is tiny per step).
    if (scale < 0.5 || scale > 2.0) {
      foldScale();
    }
  }

  /** Multiplies the scale into the stored weights, leaving {@code scale == 1}. */
  public void foldScale() {
    if (scale != 1.0) {
      float s = (float) scale;
      for (float[] row : rows) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= s;
        }
      }
      scale = 1.0;
    }
  }

  /** The true weight from source {@code i} to target {@code j}. */
  public float weight(int target, int source) {
    return (float) (scale * rows[source][target]);
  }

  /** Sets the true weight from source {@code i} to target {@code j}. */
  public void setWeight(int target, int source, float w) {
    rows[source][target] = (float) (w / scale);
  }

  /** The weights as a {@code [target, source]} matrix (a copy). */
  public WeightMatrix toMatrix() {
    float[] d = new float[sources * targets];
    for (int i = 0; i < sources; i++) {
      for (int j = 0; j < targets; j++) {
        d[j * sources + i] = (float) (scale * rows[i][j]);
      }
    }
    return new WeightMatrix(targets, sources, d);
  }

  /** Replaces the weights by {@code m} ({@code [target, source]}); the scale becomes 1. */
  public void load(WeightMatrix m) {
    if (m.rows() != targets || m.cols() != sources) {
      throw new IllegalArgumentException(
          "layer " + name + " is " + targets + "x" + sources + ", weights are " + m.rows() + "x" + m.cols());
    }
    float[] d = m.data();
    for (int j = 0; j < targets; j++) {
      for (int i = 0; i < sources; i++) {
        rows[i][j] = d[j * sources + i];
      }
    }
    scale = 1.0;
  }

  /**
   * Forward pass: {@code out[j] = min(t + 1, window)} for the first {@code t} at which {@code
   * V_j(t) = sum_{i: in_i <= t} w_ji > threshold}, else {@code window}. Visits the input spikes
   * in time order (the caller's {@code order}, from {@link TimeOrder#sort}) and adds one weight
   * row per spike; after the spikes of one time step, neurons above threshold fire. Cost: spikes
   * x targets additions plus distinct input times x targets comparisons.
   *
   * @param v scratch of length targets
   * @param vAtFallback when not null, receives {@code V_j(window - 3)} of every target (S4NN's
   *     fallback decision when no output fires); entries of targets that fired earlier are -inf
   */
  void forward(int[] in, int[] order, int spikes, int window, int[] out, float[] v, float[] vAtFallback) {
    final int n = targets;
    Arrays.fill(v, 0, n, 0f);
    Arrays.fill(out, 0, n, window);
    final float thr = (float) (threshold / scale);
    final int lastUsefulTime = window - 2; // a crossing at window-1 gives time window: silent
    final int fallbackTime = window - 3;
    boolean snapshotPending = vAtFallback != null;
    int remaining = n;
    int k = 0;
    while (k < spikes) {
      final int t = in[order[k]];
      if (snapshotPending && t > fallbackTime) {
        System.arraycopy(v, 0, vAtFallback, 0, n);
        snapshotPending = false;
      }
      if (t > lastUsefulTime) {
        break;
      }
      for (; k < spikes && in[order[k]] == t; k++) {
        final float[] row = rows[order[k]];
        for (int j = 0; j < n; j++) {
          v[j] += row[j];
        }
      }
      final int fire = t + 1;
      for (int j = 0; j < n; j++) {
        if (v[j] > thr) {
          out[j] = fire;
          v[j] = Float.NEGATIVE_INFINITY; // fired: never again, and adding weights keeps it -inf
          remaining--;
        }
      }
      if (remaining == 0) {
        break;
      }
    }
    if (snapshotPending) {
      System.arraycopy(v, 0, vAtFallback, 0, n);
    }
  }

  /**
   * The potentials {@code V_j} (stored units) after every input spike at a time {@code <= lastTime},
   * summed as {@link #forward} sums them (float, in the event order {@code order}) but without the
   * reset to -inf on firing: for a target that never fired this is exactly the kernel's potential.
   * A diagnostic; the kernels do not use it.
   */
  void potentialsAfter(int[] in, int[] order, int spikes, int lastTime, float[] v) {
    Arrays.fill(v, 0, targets, 0f);
    for (int k = 0; k < spikes && in[order[k]] <= lastTime; k++) {
      addRow(order[k], v);
    }
  }

  /** Adds source {@code i}'s row to the potentials {@code v}. */
  void addRow(int i, float[] v) {
    final float[] row = rows[i];
    for (int j = 0; j < targets; j++) {
      v[j] += row[j];
    }
  }

  /**
   * Fires every not-yet-fired target above threshold at time {@code fire}: writes its time into
   * {@code out}, appends it to {@code fired} from {@code count}, and returns the new count.
   */
  int fireAbove(float[] v, int fire, int[] out, int[] fired, int count) {
    final float thr = (float) (threshold / scale);
    for (int j = 0; j < targets; j++) {
      if (v[j] > thr) {
        out[j] = fire;
        v[j] = Float.NEGATIVE_INFINITY;
        fired[count++] = j;
      }
    }
    return count;
  }

  /**
   * SGD step of one sample: {@code w_ji -= lr * delta_j * [in_i < out_j]}, visiting the input
   * spikes in time order and subtracting from each spike's row a mask vector from which targets
   * that fired at or before the spike have been removed. Cost: spikes x targets.
   *
   * @param mask scratch of length targets
   * @param targetOrder the targets that fired, by time ({@link TimeOrder#sort} of {@code out})
   * @param fired how many targets fired
   */
  void sgdStep(int[] in, int[] order, int spikes, int[] out, double[] delta, double lr, int window,
      float[] mask, int[] targetOrder, int fired) {
    final int n = targets;
    double c = lr / scale;
    boolean any = false;
    for (int j = 0; j < n; j++) {
      mask[j] = (float) (c * delta[j]);
      any |= delta[j] != 0;
    }
    if (!any) {
      return;
    }
    int p = 0;
    for (int k = 0; k < spikes; k++) {
      final int i = order[k];
      final int t = in[i];
      while (p < fired && out[targetOrder[p]] <= t) {
        mask[targetOrder[p++]] = 0f;
      }
      if (p == n) {
        break; // every target fired at or before this spike: no later source is updated
      }
      final float[] row = rows[i];
      for (int j = 0; j < n; j++) {
        row[j] -= mask[j];
      }
    }
  }

  /**
   * Adds {@code weight * delta_j * [in_i < out_j]} to {@code grad[i][j]} (true units) for
   * the sources in {@code [fromSource, toSource)}.
   */
  void accumulateGradient(int[] in, int[] order, int spikes, int[] out, double[] delta, float weight,
      int window, float[][] grad, int fromSource, int toSource, float[] mask, int[] targetOrder, int fired) {
    final int n = targets;
    for (int j = 0; j < n; j++) {
      mask[j] = (float) (weight * delta[j]);
    }
    int p = 0;
    for (int k = 0; k < spikes; k++) {
      final int i = order[k];
      final int t = in[i];
      while (p < fired && out[targetOrder[p]] <= t) {
        mask[targetOrder[p++]] = 0f;
      }
      if (p == n) {
        break;
      }
      if (i < fromSource || i >= toSource) {
        continue;
      }
      final float[] g = grad[i];
      for (int j = 0; j < n; j++) {
        g[j] += mask[j];
      }
    }
  }

  /**
   * The error at the sources, before normalisation: {@code src_i = sum_j delta_j * [in_i < out_j]
   * * w_ji} with the current weights; 0 for sources that did not fire. Cost: spikes x targets.
   */
  void propagate(int[] in, int[] order, int spikes, int[] out, double[] delta, int window,
      double[] src, float[] mask, int[] targetOrder, int fired) {
    final int n = targets;
    Arrays.fill(src, 0, sources, 0.0);
    for (int j = 0; j < n; j++) {
      mask[j] = (float) delta[j];
    }
    int p = 0;
    for (int k = 0; k < spikes; k++) {
      final int i = order[k];
      final int t = in[i];
      while (p < fired && out[targetOrder[p]] <= t) {
        mask[targetOrder[p++]] = 0f;
      }
      if (p == n) {
        break; // every target fired at or before this spike: no later source contributes
      }
      src[i] = scale * dot(rows[i], mask, n);
    }
  }

  /**
   * {@code sum_j a[j] * b[j]} in double (every float product is exact in double). Four partial
   * sums instead of one: a single accumulator makes the loop wait on each addition's latency, and
   * this dot product is most of a G step (measured in docs/benchmarks.md, "GAN step profile").
   */
  static double dot(float[] a, float[] b, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      s0 += (double) a[j] * b[j];
      s1 += (double) a[j + 1] * b[j + 1];
      s2 += (double) a[j + 2] * b[j + 2];
      s3 += (double) a[j + 3] * b[j + 3];
    }
    for (; j < n; j++) {
      s0 += (double) a[j] * b[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Re-draws the incoming weights of target {@code j} with {@code draw}. */
  void redrawTarget(int j, java.util.function.DoubleSupplier draw) {
    for (int i = 0; i < sources; i++) {
      rows[i][j] = (float) (draw.getAsDouble() / scale);
    }
  }
}
