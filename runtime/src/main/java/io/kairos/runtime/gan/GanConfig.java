package io.kairos.runtime.gan;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.UnsupportedModelException;

/**
 * What a GAN training run does: the IR's GAN training block with the command line's overrides.
 *
 * @param evalSamples real and generated digits each that the per-epoch {@link GanStats} use
 * @param qualityEvery measure sample quality every this many epochs (and after the last); 0 = never
 */
public record GanConfig(Model model, GanTraining training, int epochs, int threads, GanLearner.Options options,
    int evalSamples, int qualityEvery) {
  /** The default silent-input surrogate weight (docs/results.md). */
  public static final double DEFAULT_SURROGATE = 0;
  /** The default feature-matching share and spread limit (docs/gan-mode-collapse.md). */
  public static final double DEFAULT_FEATURE_MATCHING = 0;
  public static final double DEFAULT_FEATURE_SPREAD = 0;
  /** The default G hidden firing-rate target and its weight (0 = off). */
  public static final double DEFAULT_HIDDEN_RATE = 0;
  public static final double DEFAULT_HIDDEN_RATE_WEIGHT = 0;
  /** The default late-input surrogate weight (0 = off). */
  public static final double DEFAULT_LATE_SURROGATE = 0;
  public static final int DEFAULT_EVAL_SAMPLES = 1000;

  public GanConfig {
    if (epochs < 1) {
      throw new UnsupportedModelException("epochs must be >= 1, got " + epochs);
    }
    if (threads < 1) {
      throw new UnsupportedModelException("threads must be >= 1, got " + threads);
    }
    if (training.batch() < 1) {
      throw new UnsupportedModelException("batch must be >= 1, got " + training.batch());
    }
    if (training.discriminatorSteps() < 1) {
      throw new UnsupportedModelException("discriminator steps must be >= 1, got " + training.discriminatorSteps());
    }
  }

  /** The model's GAN training with {@code epochs} (when not null) overriding it. */
  public static GanConfig of(Model model, Integer epochs, int threads, double surrogate, int qualityEvery) {
    return of(model, epochs, threads, surrogate, DEFAULT_FEATURE_MATCHING, DEFAULT_FEATURE_SPREAD, qualityEvery);
  }

  /** As {@link #of(Model, Integer, int, double, int)} with the feature-matching options given. */
  public static GanConfig of(Model model, Integer epochs, int threads, double surrogate, double featureMatching,
      double featureSpread, int qualityEvery) {
    return of(model, epochs, threads, surrogate, featureMatching, featureSpread, DEFAULT_HIDDEN_RATE,
        DEFAULT_HIDDEN_RATE_WEIGHT, DEFAULT_LATE_SURROGATE, qualityEvery);
  }

  /** As {@link #of(Model, Integer, int, double, int)} with the feature-matching and hidden-rate options given. */
  public static GanConfig of(Model model, Integer epochs, int threads, double surrogate, double featureMatching,
      double featureSpread, double hiddenRate, double hiddenRateWeight, double lateSurrogate, int qualityEvery) {
    if (!(model.training() instanceof GanTraining gt)) {
      throw new UnsupportedModelException(
          model.training() == null
              ? "model " + model.name() + " declares no training"
              : "model " + model.name() + " declares classifier training, not GAN training");
    }
    return new GanConfig(model, gt, epochs == null ? gt.epochs() : epochs, threads,
        new GanLearner.Options(gt.labelNoise(), surrogate, featureMatching, featureSpread, hiddenRate,
            hiddenRateWeight, lateSurrogate, gt.sampleMatching(), gt.generatorCentring(), gt.matchingMargin(),
            gt.matchingPairing()), DEFAULT_EVAL_SAMPLES, qualityEvery);
  }
}
