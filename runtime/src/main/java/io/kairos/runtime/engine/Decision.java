package io.kairos.runtime.engine;

/**
 * The class read from an output population's spike times by both decision rules
 * (docs/ttfs-semantics.md, "Decision").
 *
 * @param time the earliest output spike time ({@code window} when no output fired)
 * @param s4nnCorrect S4NN's rule: correct when the label's neuron fired at {@code time} (ties
 *     count as correct); when nothing fired, correct when the label's neuron has the largest
 *     potential at {@code window - 3} (lowest index wins a tie)
 * @param strictCorrect the strict rule: correct when the label's neuron alone fired first
 * @param prediction the strict rule's class: the unique earliest neuron, or -1 (tie or silence)
 */
public record Decision(int time, boolean s4nnCorrect, boolean strictCorrect, int prediction) {

  public static Decision of(int[] times, float[] potentialAtFallback, int label, int window) {
    int tau = window;
    int first = -1;
    int atTau = 0;
    for (int j = 0; j < times.length; j++) {
      if (times[j] < tau) {
        tau = times[j];
        first = j;
        atTau = 1;
      } else if (times[j] == tau && tau < window) {
        atTau++;
      }
    }
    boolean s4nn;
    if (tau == window) {
      int best = 0;
      for (int j = 1; j < potentialAtFallback.length; j++) {
        if (potentialAtFallback[j] > potentialAtFallback[best]) {
          best = j;
        }
      }
      s4nn = best == label;
    } else {
      s4nn = times[label] == tau;
    }
    int prediction = tau < window && atTau == 1 ? first : -1;
    return new Decision(tau, s4nn, prediction == label, prediction);
  }
}
