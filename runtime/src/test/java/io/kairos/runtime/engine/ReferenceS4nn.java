package io.kairos.runtime.engine;

import java.util.SplittableRandom;

/**
 * The S4NN algorithm written the slow, obvious way (dense, every time step, doubles), straight
 * from docs/ttfs-semantics.md: the oracle the event-driven kernels are tested against.
 */
final class ReferenceS4nn {
  private ReferenceS4nn() {}

  static double[][] random(SplittableRandom rnd, int rows, int cols, double lo, double hi) {
    double[][] w = new double[rows][cols];
    for (double[] r : w) {
      for (int i = 0; i < cols; i++) {
        r[i] = (float) (lo + (hi - lo) * rnd.nextDouble()); // float-representable
      }
    }
    return w;
  }

  /** times[0] = input, times[l + 1] = layer l. */
  static int[][] forward(double[][][] w, int[] in, int window, double theta) {
    int[][] times = new int[w.length + 1][];
    times[0] = in.clone();
    for (int l = 0; l < w.length; l++) {
      int[] src = times[l];
      int[] out = new int[w[l].length];
      for (int j = 0; j < out.length; j++) {
        out[j] = window;
        for (int t = 0; t < window; t++) {
          double v = 0;
          for (int i = 0; i < src.length; i++) {
            if (src[i] <= t) {
              v += w[l][j][i];
            }
          }
          if (v > theta) {
            out[j] = Math.min(t + 1, window);
            break;
          }
        }
      }
      times[l + 1] = out;
    }
    return times;
  }

  static double[] normalised(double[] e) {
    double s = 0;
    for (double x : e) {
      s += x * x;
    }
    double[] d = e.clone();
    if (s > 0) {
      for (int k = 0; k < d.length; k++) {
        d[k] /= Math.sqrt(s);
      }
    }
    return d;
  }

  /** S4NN targets (relative, gamma). */
  static double[] targets(int[] t, int label, int window, double gamma) {
    int tau = window;
    for (int x : t) {
      tau = Math.min(tau, x);
    }
    double[] target = new double[t.length];
    if (tau == window) {
      java.util.Arrays.fill(target, window);
      target[label] = window - gamma;
      return target;
    }
    for (int j = 0; j < t.length; j++) {
      target[j] = t[j] - tau < gamma ? Math.min(tau + gamma, window) : t[j];
    }
    target[label] = tau;
    return target;
  }

  /** Source error sum_j delta_j [t_i < t_j] w_ji, normalised. */
  static double[] propagate(double[][] w, int[] src, int[] out, double[] delta) {
    double[] d = new double[src.length];
    for (int i = 0; i < src.length; i++) {
      for (int j = 0; j < out.length; j++) {
        if (src[i] < out[j]) {
          d[i] += delta[j] * w[j][i];
        }
      }
    }
    return normalised(d);
  }

  /** One batch-1 S4NN step, in place; the hidden error uses the updated (and decayed) weights. */
  static void trainSample(double[][][] w, int[] in, int label, int window, double theta, double gamma, double lr,
      double decay) {
    int[][] times = forward(w, in, window, theta);
    int layers = w.length;
    int[] out = times[layers];
    double[] target = targets(out, label, window, gamma);
    double[] e = new double[out.length];
    for (int j = 0; j < out.length; j++) {
      e[j] = (target[j] - out[j]) / window;
    }
    double[] delta = normalised(e);
    for (int l = layers - 1; l >= 0; l--) {
      int[] src = times[l];
      int[] dst = times[l + 1];
      for (int j = 0; j < dst.length; j++) {
        for (int i = 0; i < src.length; i++) {
          if (src[i] < dst[j]) {
            w[l][j][i] -= lr * delta[j];
          }
          w[l][j][i] -= lr * decay * w[l][j][i];
        }
      }
      if (l > 0) {
        delta = propagate(w[l], src, dst, delta);
      }
    }
  }
}
