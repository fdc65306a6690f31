package io.kairos.runtime.engine;

import java.util.Arrays;

/**
 * Generator gradient centring (docs/gan.md, "Generator gradient centring"): removes a share
 * {@code c} of the batch-mean part of S4NN's batch gradient of one G layer.
 *
 * <p>S4NN's gradient of weight {@code i -> j} over a batch is {@code g_ij = mean_b delta_j^b
 * m_ij^b} with the mask {@code m_ij^b = [t_i^b < t_j^b]}. In a generator nearly every hidden neuron
 * that fires does so before every pixel, so the masks are ones for whichever neurons fired and
 * {@code g_ij} is dominated by {@code mbar_ij * dbar_j} (with {@code mbar_ij = mean_b m_ij^b} and
 * {@code dbar_j = mean_b delta_j^b}): the same push on every weight into {@code j}, which moves the
 * neuron's level but not which inputs it listens to. Centring the presynaptic factor, as
 * Schraudolph (1998) centres the factors of backpropagated gradients, gives
 *
 * <pre>
 *   g'_ij = mean_b delta_j^b (m_ij^b - mbar_ij) + (1 - c) mbar_ij dbar_j  =  g_ij - c mbar_ij dbar_j
 * </pre>
 *
 * so {@code c = 0} is S4NN's rule unchanged and {@code c = 1} removes the mean part entirely (which
 * leaves the level of every neuron to drift and, measured, lets G go black).
 */
public final class GradientCentring {
  private GradientCentring() {}

  /**
   * Replaces {@code grad} ({@code [source][target]}, the batch gradient of layer {@code l} from
   * {@link DenseTtfsLayer#accumulateGradient} with weight {@code 1 / batch}) by its centred form.
   *
   * @param traces the batch's forward traces, {@code traces[0 .. batch)}
   * @param deltas {@code deltas[b]} is sample {@code b}'s error of layer {@code l}'s targets
   * @param meanMask scratch of {@code grad}'s shape; receives {@code mbar}
   * @param scratch one trace per worker of {@code parallel}, for the kernel's mask
   */
  public static void apply(DenseTtfsLayer layer, int l, ForwardTrace[] traces, double[][] deltas, int batch,
      double share, float[][] grad, float[][] meanMask, ForwardTrace[] scratch, Parallel parallel) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("the centring share must be in [0, 1], got " + share);
    }
    if (share == 0) {
      return;
    }
    int n = layer.targets();
    double[] meanDelta = new double[n];
    for (int b = 0; b < batch; b++) {
      double[] d = deltas[b];
      for (int j = 0; j < n; j++) {
        meanDelta[j] += d[j];
      }
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    float[] scaled = new float[n];
    for (int j = 0; j < n; j++) {
      scaled[j] = (float) (share * meanDelta[j] / batch);
    }
    float weight = 1f / batch;
    int window = traces[0].window;
    parallel.forRange(layer.sources(), (worker, from, to) -> {
      for (int i = from; i < to; i++) {
        Arrays.fill(meanMask[i], 0f);
      }
      ForwardTrace s = scratch[worker];
      for (int b = 0; b < batch; b++) {
        ForwardTrace tr = traces[b];
        layer.accumulateGradient(tr.times[l], tr.order[l], tr.spikes[l], tr.times[l + 1], ones, weight, window,
            meanMask, from, to, s.mask, tr.order[l + 1], tr.spikes[l + 1]);
      }
      for (int i = from; i < to; i++) {
        float[] g = grad[i];
        float[] m = meanMask[i];
        for (int j = 0; j < n; j++) {
          g[j] -= m[j] * scaled[j];
        }
      }
    });
  }
}
