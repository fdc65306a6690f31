package io.kairos.compiler.deploy.fidelity;

import io.kairos.compiler.run.SpikeTimes;

/** The two classifier decision rules of the fidelity report (docs/quantisation.md). */
public final class DecisionRules {
  private DecisionRules() {}

  /**
   * S4NN rule: the earliest output spike wins and a tie that includes the correct class counts as
   * correct; when no output fires, the largest potential at {@code t_max - 3} wins, ties likewise.
   */
  public static boolean s4nnCorrect(SpikeTimes out, double[] potentials, int label) {
    int earliest = earliest(out);
    if (earliest < out.window()) {
      return out.get(label) == earliest;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double p : potentials) {
      max = Math.max(max, p);
    }
    return potentials[label] == max;
  }

  /** Strict rule: correct only when the correct class fires, strictly before every other output. */
  public static boolean strictCorrect(SpikeTimes out, int label) {
    if (!out.fired(label)) {
      return false;
    }
    for (int k = 0; k < out.size(); k++) {
      if (k != label && out.get(k) <= out.get(label)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The S4NN rule's predicted class, ties broken toward the lowest index: the earliest spike, or
   * the largest potential at {@code t_max - 3} when nothing fired.
   */
  public static int s4nnPrediction(SpikeTimes out, double[] potentials) {
    int earliest = earliest(out);
    if (earliest < out.window()) {
      for (int k = 0; k < out.size(); k++) {
        if (out.get(k) == earliest) {
          return k;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < potentials.length; k++) {
      if (potentials[k] > potentials[best]) {
        best = k;
      }
    }
    return best;
  }

  private static int earliest(SpikeTimes out) {
    int e = out.window();
    for (int k = 0; k < out.size(); k++) {
      e = Math.min(e, out.get(k));
    }
    return e;
  }
}
