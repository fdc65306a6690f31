package io.kairos.runtime.gan;

import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.NoiseCode;
import io.kairos.runtime.engine.LatencyCoding;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.image.DigitGrid;
import io.kairos.runtime.quality.EvaluationClassifier;
import io.kairos.runtime.quality.QualityReport;
import io.kairos.runtime.quality.SampleQuality;

/** G's spike times as images, and the per-epoch sample grid and quality measurement. */
public final class GanImages {
  /** Digits generated for a quality measurement (the protocol's 2,000). */
  public static final int QUALITY_SAMPLES = 2000;
  /** Digits in a sample grid (8 x 8). */
  public static final int GRID = 64;

  private GanImages() {}

  /** Decodes output times: intensity {@code 1 - t / window}, a silent neuron ({@code t = window}) is 0. */
  public static float[] intensities(int[][] times, int window) {
    int n = times.length == 0 ? 0 : times[0].length;
    float[] out = new float[times.length * n];
    for (int k = 0; k < times.length; k++) {
      for (int i = 0; i < n; i++) {
        out[k * n + i] = LatencyCoding.intensity(times[k][i], window);
      }
    }
    return out;
  }

  /** Real digits as intensities {@code p / 255}. */
  public static float[] intensities(LabelledImages images, int count) {
    int n = Math.min(count, images.count());
    int p = images.pixelsPerImage();
    float[] out = new float[n * p];
    for (int k = 0; k < n * p; k++) {
      out[k] = (images.pixels()[k] & 0xFF) / 255f;
    }
    return out;
  }

  /** The 8x8 PNG grid of G's digits for the fixed noise samples {@code 0..63} of {@link GanLearner#STREAM_GRID}. */
  public static byte[] grid(TtfsNetwork g, NoiseCode noise, long seed, Parallel parallel) {
    int[][] t = GanLearner.generate(g, noise, seed, GanLearner.STREAM_GRID, 0, GRID, parallel);
    return DigitGrid.png(DigitGrid.toBytes(intensities(t, g.window())), side(g.outputSize()), 8, 2);
  }

  /** The side of G's square images; {@link GanTrainer#build} refuses non-square outputs. */
  static int side(int pixels) {
    int side = (int) Math.round(Math.sqrt(pixels));
    if (side * side != pixels) {
      throw new io.kairos.runtime.engine.UnsupportedModelException(
          "the generator has " + pixels + " outputs, not a square image; sample grids need square images");
    }
    return side;
  }

  /** The quality protocol's reference sets: 2,000 held-out digits, and 2,000 training digits for the floor. */
  public static SampleQuality sampleQuality(EvaluationClassifier classifier, LabelledImages train, LabelledImages test) {
    return new SampleQuality(classifier, intensities(test, QUALITY_SAMPLES), intensities(train, QUALITY_SAMPLES));
  }

  /** Quality of 2,000 digits of G (noise samples of {@link GanLearner#STREAM_QUALITY}). */
  public static QualityReport measure(TtfsNetwork g, NoiseCode noise, long seed, SampleQuality quality,
      Parallel parallel) {
    return quality.measure(qualityDigits(g, noise, seed, QUALITY_SAMPLES, parallel));
  }

  /**
   * G's digits for noise samples {@code 0 .. count - 1} of {@link GanLearner#STREAM_QUALITY}, the
   * ones {@link #measure} judges, as intensities in [0, 1], one digit after another.
   */
  public static float[] qualityDigits(TtfsNetwork g, NoiseCode noise, long seed, int count, Parallel parallel) {
    int[][] t = GanLearner.generate(g, noise, seed, GanLearner.STREAM_QUALITY, 0, count, parallel);
    return intensities(t, g.window());
  }
}
