package io.kairos.runtime.gan;

import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.engine.ForwardTrace;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.NoiseCode;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.quality.QualityReport;
import io.kairos.runtime.quality.SampleQuality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a generator draws blobs and empty frames (docs/gan.md, "Diagnosing a generator"): spike
 * counts per layer and their correlation with the lit pixels, lit pixels against real digits, how
 * close the output neurons end to their threshold, and what the brightness outliers cost in
 * sample quality. Every number is a function of G, the noise code, the seed and the sample count;
 * the thread count never changes one (per-sample results, reduced in sample order).
 */
public final class GeneratorDiagnosis {
  /** At most this many times the sample count are drawn to find in-range samples. */
  public static final int MAX_DRAW_FACTOR = 20;
  /** The silent output margins' bins, nearest the threshold first (ratio = final potential / threshold). */
  public static final List<String> SILENT_BINS =
      List.of("[0.98, 1]", "[0.95, 0.98)", "[0.9, 0.95)", "[0.8, 0.9)", "< 0.8");
  /** The fired output margins' bins, nearest the threshold first; the last: back below threshold at the end. */
  public static final List<String> FIRED_BINS =
      List.of("[1, 1.02)", "[1.02, 1.05)", "[1.05, 1.1)", "[1.1, 1.2)", ">= 1.2", "< 1");

  private GeneratorDiagnosis() {}

  /**
   * A distribution of per-sample counts.
   *
   * @param sd sample standard deviation (divisor {@code count - 1}; 0 for one value)
   * @param p5 nearest-rank percentiles: the value of rank {@code ceil(p / 100 * count)} (1-based) in
   *     increasing order
   */
  public record Distribution(int count, double mean, double sd, int p5, int p50, int p95) {
    public static Distribution of(int[] values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("a distribution needs at least one value");
      }
      int[] sorted = values.clone();
      Arrays.sort(sorted);
      return new Distribution(values.length, GeneratorDiagnosis.mean(values), GeneratorDiagnosis.sd(values), percentile(sorted, 5), percentile(sorted, 50),
          percentile(sorted, 95));
    }
  }

  /**
   * One layer of G.
   *
   * @param correlationWithLit Pearson correlation across samples between this layer's spike count and
   *     the lit output pixels; NaN when either does not vary (and for the output layer itself, where
   *     the two are the same count)
   */
  public record LayerSpikes(String layer, int neurons, Distribution spikes, double correlationWithLit) {}

  /** One margin bin: how many (sample, output neuron) pairs fell in it, and their share of the bin's family. */
  public record Bin(String range, long count, double share) {}

  /**
   * The output layer's final potentials ({@link TtfsNetwork#finalPotentials}) relative to its threshold.
   *
   * @param samplesWithLateInputs samples in which some output-layer input spiked at {@code window - 2}:
   *     there the final potential differs from the kernel's potential at {@code window - 3} ({@link
   *     ForwardTrace#outputPotentialAtFallback})
   * @param samplesWithIgnoredInputs samples in which some output-layer input spiked at {@code window -
   *     1}: too late to make any output fire, not counted in the final potential
   */
  public record Margins(long silentPairs, List<Bin> silent, long firedPairs, List<Bin> fired, int samplesWithLateInputs,
      int samplesWithIgnoredInputs) {}

  /** Spike counts, lit pixels and margins of G on {@code samples} noise samples. */
  public record Spikes(int samples, List<LayerSpikes> layers, Distribution lit, Margins margins) {}

  /**
   * Sample quality of all samples against that of the in-range ones.
   *
   * @param low lowest lit count that passes (the real digits' 5th percentile)
   * @param high highest lit count that passes (the real digits' 95th percentile)
   * @param drawn noise samples drawn to collect {@code passed} in-range ones (at most {@link
   *     #MAX_DRAW_FACTOR} times the sample count)
   * @param inRange quality of the first {@code passed} in-range samples; null when fewer than 2 passed
   */
  public record BrightnessCost(int low, int high, QualityReport all, QualityReport inRange, long drawn, int passed) {}

  /** Everything {@code kairos gan diagnose} reports; {@code quality} is null when not measured. */
  public record Result(Spikes generator, Distribution real, BrightnessCost quality) {}

  /**
   * The whole diagnosis on noise samples {@code 0 .. samples - 1} of {@link GanLearner#STREAM_QUALITY}
   * (the samples {@code kairos quality} measures when {@code samples} is 2,000).
   *
   * @param heldOut the real digits: the first {@code samples} of them (all, when fewer) are compared
   * @param quality null to skip the quality part
   */
  public static Result measure(TtfsNetwork g, NoiseCode noise, long seed, int samples, LabelledImages heldOut,
      SampleQuality quality, Parallel parallel) {
    Spikes s = spikes(g, noise, seed, samples, parallel);
    Distribution real = litPixels(heldOut, samples);
    BrightnessCost cost = quality == null ? null
        : brightnessCost(g, noise, seed, samples, real.p5(), real.p95(), quality, parallel);
    return new Result(s, real, cost);
  }

  /** Spike counts, lit pixels and output margins of G on noise samples {@code 0 .. samples - 1} of {@link GanLearner#STREAM_QUALITY}. */
  public static Spikes spikes(TtfsNetwork g, NoiseCode noise, long seed, int samples, Parallel parallel) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    int layers = g.layers().size();
    int out = layers - 1;
    int pixels = g.outputSize();
    double threshold = g.layers().get(out).threshold();
    int window = g.window();
    int[][] counts = new int[layers][samples];
    long[][] silentBins = new long[samples][SILENT_BINS.size()];
    long[][] firedBins = new long[samples][FIRED_BINS.size()];
    boolean[] late = new boolean[samples];
    boolean[] ignored = new boolean[samples];
    parallel.forRange(samples, (worker, from, to) -> {
      ForwardTrace tr = g.newTrace();
      float[] v = new float[pixels];
      for (int k = from; k < to; k++) {
        GanLearner.noiseTimes(seed, GanLearner.STREAM_QUALITY, k, noise, tr.inputTimes());
        g.forward(tr);
        for (int l = 0; l < layers; l++) {
          counts[l][k] = tr.spikeCount(l);
        }
        for (int t : tr.populationTimes(out)) {
          late[k] |= t == window - 2;
          ignored[k] |= t == window - 1;
        }
        g.finalPotentials(tr, out, v);
        int[] times = tr.outputTimes();
        for (int j = 0; j < pixels; j++) {
          double ratio = v[j] / threshold;
          if (times[j] < window) {
            firedBins[k][firedBin(ratio)]++;
          } else {
            silentBins[k][silentBin(ratio)]++;
          }
        }
      }
    });
    int[] lit = counts[out];
    List<LayerSpikes> ls = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      ls.add(new LayerSpikes(g.layers().get(l).name(), g.layers().get(l).targets(), Distribution.of(counts[l]),
          l == out ? Double.NaN : correlation(counts[l], lit)));
    }
    return new Spikes(samples, ls, Distribution.of(lit), margins(silentBins, firedBins, late, ignored));
  }

  /** Nonzero pixels of each of the first {@code count} digits of {@code images} (all of them, when fewer). */
  public static Distribution litPixels(LabelledImages images, int count) {
    int n = Math.min(count, images.count());
    int p = images.pixelsPerImage();
    byte[] px = images.pixels();
    int[] lit = new int[n];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < p; i++) {
        if (px[k * p + i] != 0) {
          lit[k]++;
        }
      }
    }
    return Distribution.of(lit);
  }

  /**
   * Quality of noise samples {@code 0 .. samples - 1}, and of the first {@code samples} noise samples
   * (in index order) whose lit count lies in {@code [low, high]}, drawing at most {@link
   * #MAX_DRAW_FACTOR}{@code  * samples}.
   */
  public static BrightnessCost brightnessCost(TtfsNetwork g, NoiseCode noise, long seed, int samples, int low,
      int high, SampleQuality quality, Parallel parallel) {
    int window = g.window();
    int pixels = g.outputSize();
    float[] kept = new float[samples * pixels];
    int passed = 0;
    long drawn = 0;
    long limit = (long) MAX_DRAW_FACTOR * samples;
    QualityReport all = null;
    for (long first = 0; first < limit && passed < samples; first += samples) {
      int chunk = (int) Math.min(samples, limit - first);
      int[][] t = GanLearner.generate(g, noise, seed, GanLearner.STREAM_QUALITY, first, chunk, parallel);
      if (first == 0) {
        all = quality.measure(GanImages.intensities(t, window));
      }
      for (int k = 0; k < chunk && passed < samples; k++) {
        drawn++;
        int lit = 0;
        for (int x : t[k]) {
          if (x < window) {
            lit++;
          }
        }
        if (lit >= low && lit <= high) {
          float[] one = GanImages.intensities(new int[][] {t[k]}, window);
          System.arraycopy(one, 0, kept, passed * pixels, pixels);
          passed++;
        }
      }
    }
    QualityReport inRange = passed < 2 ? null : quality.measure(Arrays.copyOf(kept, passed * pixels));
    return new BrightnessCost(low, high, all, inRange, drawn, passed);
  }

  static int silentBin(double ratio) {
    if (ratio >= 0.98) {
      return 0;
    }
    if (ratio >= 0.95) {
      return 1;
    }
    if (ratio >= 0.9) {
      return 2;
    }
    return ratio >= 0.8 ? 3 : 4;
  }

  static int firedBin(double ratio) {
    if (ratio < 1) {
      return 5;
    }
    if (ratio < 1.02) {
      return 0;
    }
    if (ratio < 1.05) {
      return 1;
    }
    if (ratio < 1.1) {
      return 2;
    }
    return ratio < 1.2 ? 3 : 4;
  }

  private static Margins margins(long[][] silentBins, long[][] firedBins, boolean[] late, boolean[] ignored) {
    long[] s = new long[SILENT_BINS.size()];
    long[] f = new long[FIRED_BINS.size()];
    int lateSamples = 0;
    int ignoredSamples = 0;
    for (int k = 0; k < late.length; k++) {
      for (int b = 0; b < s.length; b++) {
        s[b] += silentBins[k][b];
      }
      for (int b = 0; b < f.length; b++) {
        f[b] += firedBins[k][b];
      }
      lateSamples += late[k] ? 1 : 0;
      ignoredSamples += ignored[k] ? 1 : 0;
    }
    long silent = Arrays.stream(s).sum();
    long fired = Arrays.stream(f).sum();
    return new Margins(silent, bins(SILENT_BINS, s, silent), fired, bins(FIRED_BINS, f, fired), lateSamples,
        ignoredSamples);
  }

  private static List<Bin> bins(List<String> names, long[] counts, long total) {
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < counts.length; b++) {
      out.add(new Bin(names.get(b), counts[b], total == 0 ? 0 : (double) counts[b] / total));
    }
    return out;
  }

  static double mean(int[] x) {
    long sum = 0;
    for (int v : x) {
      sum += v;
    }
    return (double) sum / x.length;
  }

  static double sd(int[] x) {
    if (x.length < 2) {
      return 0;
    }
    double m = mean(x);
    double ss = 0;
    for (int v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  /** Nearest-rank percentile of {@code sorted} (increasing): the value of rank {@code ceil(p / 100 * n)}, at least rank 1. */
  static int percentile(int[] sorted, int p) {
    int rank = (int) (((long) p * sorted.length + 99) / 100); // ceil in integers: no rounding at exact ranks
    return sorted[Math.max(1, rank) - 1];
  }

  /** Pearson correlation of {@code x} and {@code y}; NaN when either does not vary. */
  static double correlation(int[] x, int[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int k = 0; k < x.length; k++) {
      double dx = x[k] - mx;
      double dy = y[k] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }
}
