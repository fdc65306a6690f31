package io.kairos.compiler.deploy.fidelity;

import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.run.SpikeTimes;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares float and fixed-point runs of the same samples. Takes plain runs (spike times per
 * layer), so the float side is the runtime's own engine (fed by the CLI, which depends on the
 * runtime) and the fixed-point side the compiler's reference simulator or the hardware model.
 */
public final class Fidelity {
  private Fidelity() {}

  /**
   * @param network network name
   * @param layerNames population names, feed-forward order
   * @param floatRuns float runs, one per sample
   * @param fixedRuns fixed-point runs of the same samples
   * @param labels correct class per sample for a classifier, or {@code null} for a generator
   */
  public static FidelityReport compare(
      String network, List<String> layerNames, List<NetworkRun> floatRuns, List<NetworkRun> fixedRuns, int[] labels) {
    return compare(network, labels != null ? "classifier" : "generator", layerNames, floatRuns, fixedRuns, labels,
        labels != null);
  }

  /**
   * As {@link #compare(String, List, List, List, int[])}, naming the network's kind in the report
   * (e.g. {@code image network} for a GAN's discriminator, which reads images without labels).
   *
   * @param decides whether the output layer names classes, so that float and fixed point can be
   *     compared by the class each predicts (S4NN rule) even without labels: a discriminator's
   *     verdict is its earliest output, and the later output's time does not change it
   */
  public static FidelityReport compare(String network, String kind, List<String> layerNames,
      List<NetworkRun> floatRuns, List<NetworkRun> fixedRuns, int[] labels, boolean decides) {
    int n = floatRuns.size();
    if (fixedRuns.size() != n || (labels != null && labels.length != n)) {
      throw new IllegalArgumentException(
          "samples disagree: " + n + " float runs, " + fixedRuns.size() + " fixed runs"
              + (labels == null ? "" : ", " + labels.length + " labels"));
    }
    if (n == 0) {
      throw new IllegalArgumentException("fidelity needs at least one sample");
    }
    int layers = layerNames.size();
    long[] same = new long[layers];
    double[] diff = new double[layers];
    long[] floatFired = new long[layers];
    long[] fixedFired = new long[layers];
    long[] total = new long[layers];
    int fs = 0;
    int xs = 0;
    int fst = 0;
    int xst = 0;
    int agree = 0;
    long repeats = 0;
    for (int s = 0; s < n; s++) {
      NetworkRun f = floatRuns.get(s);
      NetworkRun x = fixedRuns.get(s);
      if (f.layers().size() != layers || x.layers().size() != layers) {
        throw new IllegalArgumentException("sample " + s + ": runs must have " + layers + " layers");
      }
      repeats += x.repeatSpikes();
      for (int k = 0; k < layers; k++) {
        SpikeTimes a = f.layers().get(k);
        SpikeTimes b = x.layers().get(k);
        if (a.size() != b.size() || a.window() != b.window()) {
          throw new IllegalArgumentException("sample " + s + ", layer " + layerNames.get(k) + ": shapes differ");
        }
        for (int j = 0; j < a.size(); j++) {
          same[k] += a.get(j) == b.get(j) ? 1 : 0;
          diff[k] += Math.abs(a.get(j) - b.get(j));
          floatFired[k] += a.fired(j) ? 1 : 0;
          fixedFired[k] += b.fired(j) ? 1 : 0;
        }
        total[k] += a.size();
      }
      if (labels != null) {
        int label = labels[s];
        fs += DecisionRules.s4nnCorrect(f.output(), f.outputPotentials(), label) ? 1 : 0;
        xs += DecisionRules.s4nnCorrect(x.output(), x.outputPotentials(), label) ? 1 : 0;
        fst += DecisionRules.strictCorrect(f.output(), label) ? 1 : 0;
        xst += DecisionRules.strictCorrect(x.output(), label) ? 1 : 0;
      }
      if (decides) {
        agree += DecisionRules.s4nnPrediction(f.output(), f.outputPotentials())
            == DecisionRules.s4nnPrediction(x.output(), x.outputPotentials()) ? 1 : 0;
      }
    }
    List<LayerFidelity> lf = new ArrayList<>();
    for (int k = 0; k < layers; k++) {
      lf.add(new LayerFidelity(layerNames.get(k), (double) same[k] / total[k], diff[k] / total[k],
          (double) floatFired[k] / total[k], (double) fixedFired[k] / total[k]));
    }
    boolean cls = labels != null;
    double dn = n;
    return new FidelityReport(
        network, kind, n,
        cls ? fs / dn : null, cls ? xs / dn : null, cls ? fst / dn : null, cls ? xst / dn : null,
        decides ? agree / dn : null, lf.get(layers - 1).identicalShare(), repeats, lf);
  }
}
