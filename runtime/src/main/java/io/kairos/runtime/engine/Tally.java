package io.kairos.runtime.engine;

/**
 * Integer counts over a set of classified samples: accuracy by both decision rules, decision
 * times, spikes per population, and how often each neuron fired. Sums of integers, so merging
 * per-thread tallies in any order gives the same result.
 */
public final class Tally {
  private final int window;
  private long samples;
  private long s4nnCorrect;
  private long strictCorrect;
  private long silent;
  private long decisionTimeSum;
  private final long[] decisionHistogram;
  private final long[] spikes; // [0] input, [l + 1] layer l
  private final long[][] firedPerNeuron; // per layer l, per neuron

  public Tally(TtfsNetwork net) {
    this.window = net.window();
    int[] sizes = net.sizes();
    spikes = new long[sizes.length];
    firedPerNeuron = new long[sizes.length - 1][];
    for (int l = 0; l + 1 < sizes.length; l++) {
      firedPerNeuron[l] = new long[sizes[l + 1]];
    }
    decisionHistogram = new long[window + 1];
  }

  /** Counts the traced sample (after a forward pass) with correct class {@code label}. */
  public Decision add(ForwardTrace trace, int label) {
    Decision d = Decision.of(trace.outputTimes(), trace.outputPotentialAtFallback(), label, window);
    samples++;
    if (d.s4nnCorrect()) {
      s4nnCorrect++;
    }
    if (d.strictCorrect()) {
      strictCorrect++;
    }
    if (d.time() == window) {
      silent++;
    }
    decisionTimeSum += d.time();
    decisionHistogram[d.time()]++;
    spikes[0] += trace.inputSpikeCount();
    for (int l = 0; l < firedPerNeuron.length; l++) {
      int[] t = trace.times[l + 1];
      long[] f = firedPerNeuron[l];
      int count = 0;
      for (int j = 0; j < t.length; j++) {
        if (t[j] < window) {
          f[j]++;
          count++;
        }
      }
      spikes[l + 1] += count;
    }
    return d;
  }

  public void merge(Tally o) {
    samples += o.samples;
    s4nnCorrect += o.s4nnCorrect;
    strictCorrect += o.strictCorrect;
    silent += o.silent;
    decisionTimeSum += o.decisionTimeSum;
    for (int k = 0; k < decisionHistogram.length; k++) {
      decisionHistogram[k] += o.decisionHistogram[k];
    }
    for (int k = 0; k < spikes.length; k++) {
      spikes[k] += o.spikes[k];
    }
    for (int l = 0; l < firedPerNeuron.length; l++) {
      for (int j = 0; j < firedPerNeuron[l].length; j++) {
        firedPerNeuron[l][j] += o.firedPerNeuron[l][j];
      }
    }
  }

  public long samples() {
    return samples;
  }

  public double s4nnAccuracy() {
    return samples == 0 ? 0 : (double) s4nnCorrect / samples;
  }

  public double strictAccuracy() {
    return samples == 0 ? 0 : (double) strictCorrect / samples;
  }

  /** Mean time of the first output spike, counting {@code window} for samples where none fired. */
  public double meanDecisionTime() {
    return samples == 0 ? 0 : (double) decisionTimeSum / samples;
  }

  /** Samples on which no output neuron fired. */
  public long silentSamples() {
    return silent;
  }

  /** Samples per first-output-spike time {@code 0..window} ({@code window}: none fired). */
  public long[] decisionHistogram() {
    return decisionHistogram.clone();
  }

  /** Mean spikes per sample of each population, input first. */
  public double[] spikesPerSample() {
    double[] r = new double[spikes.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = samples == 0 ? 0 : (double) spikes[k] / samples;
    }
    return r;
  }

  /** How many samples each neuron of layer {@code l} fired on. */
  public long[] firedCounts(int l) {
    return firedPerNeuron[l].clone();
  }
}
