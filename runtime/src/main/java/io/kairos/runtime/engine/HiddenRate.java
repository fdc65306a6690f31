package io.kairos.runtime.engine;

/**
 * A firing-rate target for G's hidden neurons (docs/gan.md, "G hidden rate"): against mode
 * collapse, each G hidden neuron should fire on only a share {@code p} of the noise vectors, so
 * that which hidden neurons fire depends on the noise. With {@code q_h} the share of the G step's
 * batch on which hidden neuron {@code h} fired, sample {@code b} gets the extra error {@code r_h =
 * q_h - p} on every hidden neuron (positive = fire later, so a neuron that fires too often loses
 * weight; negative = fire earlier, also for a silent neuron), L2-normalised, and G's hidden error
 * becomes {@code normalise((1 - a) delta + a r)}.
 */
public final class HiddenRate {
  private HiddenRate() {}

  /** {@code shares[l][h]}: the share of {@code traces[0 .. count)} in which neuron {@code h} of population l fired. */
  public static double[][] shares(ForwardTrace[] traces, int count, int layers) {
    double[][] q = new double[layers + 1][];
    for (int l = 1; l < layers; l++) {
      int n = traces[0].times[l].length;
      q[l] = new double[n];
      int window = traces[0].window;
      for (int b = 0; b < count; b++) {
        int[] t = traces[b].times[l];
        for (int h = 0; h < n; h++) {
          if (t[h] < window) {
            q[l][h]++;
          }
        }
      }
      for (int h = 0; h < n; h++) {
        q[l][h] /= count;
      }
    }
    return q;
  }

  /** Mixes the rate error into the (normalised) hidden error {@code delta}, in place. */
  public static void mix(double[] shares, double rate, double weight, double[] delta) {
    int n = shares.length;
    double[] r = new double[n];
    for (int h = 0; h < n; h++) {
      r[h] = shares[h] - rate;
    }
    if (!TemporalBackprop.normalise(r, n)) {
      return;
    }
    for (int h = 0; h < n; h++) {
      delta[h] = (1 - weight) * delta[h] + weight * r[h];
    }
    TemporalBackprop.normalise(delta, n);
  }
}
