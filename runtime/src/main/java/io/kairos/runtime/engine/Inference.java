package io.kairos.runtime.engine;

/** Classifies samples with a trained network, in parallel over samples. */
public final class Inference {
  private Inference() {}

  /** Full forward passes over {@code data} samples {@code [0, data.size())}, tallied. */
  public static Tally evaluate(TtfsNetwork net, Samples data, Parallel parallel) {
    return evaluate(net, data, parallel, false);
  }

  /**
   * Forward passes over {@code data}, tallied; with {@code stopAtDecision}, each pass stops at the
   * first output spike ({@link TtfsNetwork#forwardToDecision}): same accuracies and decision
   * times, spike counts only up to the decision.
   */
  public static Tally evaluate(TtfsNetwork net, Samples data, Parallel parallel, boolean stopAtDecision) {
    int parts = Math.max(1, Math.min(parallel.threads(), data.size()));
    Tally[] partial = new Tally[parts];
    parallel.forRange(data.size(), (worker, from, to) -> {
      Tally t = new Tally(net);
      ForwardTrace trace = net.newTrace();
      for (int i = from; i < to; i++) {
        data.inputTimes(i, net.window(), trace.times[0]);
        if (stopAtDecision) {
          net.forwardToDecision(trace);
        } else {
          net.forward(trace);
        }
        t.add(trace, data.label(i));
      }
      partial[worker] = t;
    });
    Tally total = new Tally(net);
    for (Tally t : partial) {
      if (t != null) {
        total.merge(t);
      }
    }
    return total;
  }
}
