package io.kairos.runtime.engine;

import io.kairos.compiler.ir.Loss;

/**
 * A temporal loss as a rule that sets target spike times of the output population from its actual
 * times and the correct class (docs/ttfs-semantics.md, "Targets"). The error is then always
 * {@code (T_j - t_j) / window}, L2-normalised ({@link TemporalBackprop}).
 *
 * <p>Adding a loss = one more permitted record here and one case in {@link #of(Loss)}.
 */
public sealed interface TargetRule permits TargetRule.S4nn, TargetRule.AggressiveA, TargetRule.AggressiveB {

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
    if (loss instanceof Loss.AggressiveTtfs a) {
      return a.rule() == Loss.Rule.A ? new AggressiveA(a.gamma(), a.pull()) : new AggressiveB(a.gamma(), a.target());
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

  /**
   * Aggressive TTFS, rule A: the S4NN targets, then the correct neuron is always pulled {@code pull}
   * steps before the earliest output spike: {@code T_c = max(tau - pull, 0)} (with {@code tau =
   * window} when nothing fired). Unlike S4NN, a correct winner still gets an error.
   */
  record AggressiveA(double gamma, double pull) implements TargetRule {
    @Override
    public void targets(int[] times, int label, int window, double[] targets) {
      new S4nn(gamma).targets(times, label, window, targets);
      int tau = window;
      for (int t : times) {
        tau = Math.min(tau, t);
      }
      targets[label] = Math.max(tau - pull, 0);
    }
  }

  /**
   * Aggressive TTFS, rule B: an absolute early target {@code T_c = target} for the correct neuron;
   * every wrong neuron gets its S4NN target, raised to at least {@code min(target + gamma,
   * window)} (it is never asked to fire earlier than it does).
   */
  record AggressiveB(double gamma, double target) implements TargetRule {
    @Override
    public void targets(int[] times, int label, int window, double[] targets) {
      new S4nn(gamma).targets(times, label, window, targets);
      double floor = Math.min(target + gamma, window);
      for (int j = 0; j < times.length; j++) {
        targets[j] = Math.max(targets[j], Math.max(times[j], floor));
      }
      targets[label] = target;
    }
  }
}
