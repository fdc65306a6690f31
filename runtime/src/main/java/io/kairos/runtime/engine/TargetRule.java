package io.kairos.runtime.engine;

import io.kairos.compiler.ir.Loss;

/**
 * A temporal loss as a rule that sets target spike times of the output population from its actual
 * times and the correct class (docs/ttfs-semantics.md, "Targets"). The error is then always
 * {@code (T_j - t_j) / window}, L2-normalised ({@link TemporalBackprop}).
 *
 * <p>Adding a loss = one more permitted record here and one case in {@link #of(Loss)}.
 */
public sealed interface TargetRule permits TargetRule.S4nn {

  /**
   * Writes the target time of every output neuron into {@code targets}.
   *
   * @param times the output spike times ({@code window} = silent)
   * @param label the correct class (output neuron index)
   */
  void targets(int[] times, int label, int window, double[] targets);

  /** The rule of an IR loss. */
  static TargetRule of(Loss loss) {
    if (loss instanceof Loss.S4nn s) {
      return new S4nn(s.gamma());
    }
    throw new UnsupportedModelException(
        "the float runtime does not implement the " + loss.getClass().getSimpleName() + " loss yet");
  }

  /**
   * S4NN relative targets. With {@code tau} the earliest output time and {@code c} the label: if
   * {@code tau = window}, {@code T_j = window} and {@code T_c = window - gamma}; else {@code T_j =
   * t_j}, then {@code T_j = min(tau + gamma, window)} for every {@code j} with {@code t_j - tau <
   * gamma}, then {@code T_c = tau}.
   */
  record S4nn(double gamma) implements TargetRule {
    @Override
    public void targets(int[] times, int label, int window, double[] targets) {
      int n = times.length;
      int tau = window;
      for (int t : times) {
        tau = Math.min(tau, t);
      }
      if (tau == window) {
        java.util.Arrays.fill(targets, 0, n, window);
        targets[label] = window - gamma;
        return;
      }
      double late = Math.min(tau + gamma, window);
      for (int j = 0; j < n; j++) {
        targets[j] = times[j] - tau < gamma ? late : times[j];
      }
      targets[label] = tau;
    }
  }
}
