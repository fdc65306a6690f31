package io.kairos.runtime.engine;

/**
 * Feature matching in spike-time form (docs/gan.md, "Feature matching"), after Salimans et al.
 * 2016: G is trained to make the spike times of D's last hidden population (the "features") on
 * generated digits match their statistics on a batch of real digits, instead of (or mixed with)
 * making D say "real".
 *
 * <p>With {@code m_r, s_r} the per-neuron mean and standard deviation of the feature times over the
 * real batch and {@code m_f, s_f} over the fake batch, fake sample {@code b} gets the target {@code
 * T_j = m_r,j + r_j (t_j - m_f,j)} and the error {@code e_j = (T_j - t_j) / window}, L2-normalised
 * as S4NN does. With the spread rule off {@code r_j = 1}, so {@code e_j = (m_r,j - m_f,j) / window}
 * for every sample (plain mean matching); with spread limit {@code k > 0}, {@code r_j = min(s_r,j /
 * s_f,j, k)} ({@code r_j = 1} when {@code s_f,j = 0}), which also asks the fake times to spread as
 * much as the real ones do: a collapsed G (all samples alike) is pushed apart.
 */
public final class FeatureMatching {
  private FeatureMatching() {}

  /** Per-neuron mean and (population) standard deviation of spike times over a batch. */
  public record Moments(double[] mean, double[] sd) {}

  /**
   * The index into {@link ForwardTrace} times of D's last hidden population (the features); D must
   * have at least one hidden layer.
   */
  public static int featurePopulation(TtfsNetwork d) {
    int layers = d.layers().size();
    if (layers < 2) {
      throw new UnsupportedModelException(
          "feature matching needs a hidden layer in discriminator " + d.name() + ", which has none");
    }
    return layers - 1;
  }

  /** The moments of population {@code pop} over {@code traces[0 .. count)}, summed in sample order. */
  public static Moments moments(ForwardTrace[] traces, int count, int pop) {
    int n = traces[0].times[pop].length;
    double[] mean = new double[n];
    double[] sd = new double[n];
    for (int b = 0; b < count; b++) {
      int[] t = traces[b].times[pop];
      for (int j = 0; j < n; j++) {
        mean[j] += t[j];
      }
    }
    for (int j = 0; j < n; j++) {
      mean[j] /= count;
    }
    for (int b = 0; b < count; b++) {
      int[] t = traces[b].times[pop];
      for (int j = 0; j < n; j++) {
        double x = t[j] - mean[j];
        sd[j] += x * x;
      }
    }
    for (int j = 0; j < n; j++) {
      sd[j] = Math.sqrt(sd[j] / count);
    }
    return new Moments(mean, sd);
  }

  /**
   * The normalised feature-matching error of one fake sample whose feature times are {@code t};
   * {@code spreadLimit} 0 = mean matching only. Returns false when the error is all zero.
   */
  public static boolean error(int[] t, Moments real, Moments fake, double spreadLimit, int window, double[] out) {
    for (int j = 0; j < t.length; j++) {
      double r = 1;
      if (spreadLimit > 0 && fake.sd()[j] > 0) {
        r = Math.min(real.sd()[j] / fake.sd()[j], spreadLimit);
      }
      double target = real.mean()[j] + r * (t[j] - fake.mean()[j]);
      out[j] = (target - t[j]) / window;
    }
    return TemporalBackprop.normalise(out, t.length);
  }

  /**
   * {@code out = normalise((1 - f) * adversarial + f * features)}: both inputs are already
   * normalised, so {@code f} is the share of the feature-matching direction.
   */
  public static void mix(double[] adversarial, double[] features, double f, double[] out) {
    for (int j = 0; j < out.length; j++) {
      out[j] = (1 - f) * adversarial[j] + f * features[j];
    }
    TemporalBackprop.normalise(out, out.length);
  }
}
