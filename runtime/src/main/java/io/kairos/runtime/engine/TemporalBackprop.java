package io.kairos.runtime.engine;

/**
 * S4NN's approximate temporal backpropagation (docs/ttfs-semantics.md, "Error and updates"):
 * output error {@code e_j = (T_j - t_j) / window}; {@code delta = e / ||e||_2} per layer and sample;
 * error at a layer's sources {@code src_i = sum_j delta_j [t_i < t_j] w_ji}, normalised likewise.
 */
public final class TemporalBackprop {
  private TemporalBackprop() {}

  /** {@code delta_j = (T_j - t_j) / window}, then L2-normalised; returns false when it is all zero. */
  public static boolean outputDelta(int[] times, double[] targets, int window, double[] delta) {
    for (int j = 0; j < times.length; j++) {
      delta[j] = (targets[j] - times[j]) / window;
    }
    return normalise(delta, times.length);
  }

  /** Divides the first {@code n} values by their L2 norm; leaves a zero vector as is (returns false). */
  public static boolean normalise(double[] d, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += d[i] * d[i];
    }
    if (sum == 0) {
      return false;
    }
    double norm = Math.sqrt(sum);
    for (int i = 0; i < n; i++) {
      d[i] /= norm;
    }
    return true;
  }

  /**
   * The normalised error of every population of the traced sample, from the output's {@code
   * outputDelta} down to the network's input, with the current weights and no update. {@code
   * result[0]} is the error at the input spike times (what a GAN pushes from D into G), {@code
   * result[l + 1]} the error of layer {@code l} ({@code result[layers]} is {@code outputDelta}).
   */
  public static double[][] deltas(TtfsNetwork net, ForwardTrace trace, double[] outputDelta) {
    int[] sizes = net.sizes();
    int layers = net.layers().size();
    double[][] d = new double[layers + 1][];
    d[layers] = outputDelta.clone();
    for (int l = layers - 1; l >= 0; l--) {
      d[l] = new double[sizes[l]];
      propagate(net, trace, l, d[l + 1], d[l]);
    }
    return d;
  }

  /** The normalised error at the sources of layer {@code l} from the error {@code delta} of its targets. */
  static void propagate(TtfsNetwork net, ForwardTrace trace, int l, double[] delta, double[] src) {
    DenseTtfsLayer layer = net.layers().get(l);
    layer.propagate(trace.times[l], trace.order[l], trace.spikes[l], trace.times[l + 1], delta,
        trace.window, src, trace.mask, trace.order[l + 1], trace.spikes[l + 1]);
    normalise(src, layer.sources());
  }
}
