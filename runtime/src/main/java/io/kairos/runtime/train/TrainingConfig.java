package io.kairos.runtime.train;

import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.engine.UnsupportedModelException;

/**
 * What a classifier training run does: the IR's training block with the command line's
 * overrides applied. The thread count never changes a result.
 */
public record TrainingConfig(Model model, ClassifierTraining training, int epochs, int threads) {
  public TrainingConfig {
    if (epochs < 1) {
      throw new UnsupportedModelException("epochs must be >= 1, got " + epochs);
    }
    if (threads < 1) {
      throw new UnsupportedModelException("threads must be >= 1, got " + threads);
    }
  }

  /** The model's classifier training, with {@code epochs} (when > 0) and {@code threads} overriding it. */
  public static TrainingConfig of(Model model, Integer epochs, int threads) {
    if (!(model.training() instanceof ClassifierTraining ct)) {
      throw new UnsupportedModelException(
          model.training() == null
              ? "model " + model.name() + " declares no training"
              : "model " + model.name() + " declares GAN training, which `train` does not run yet");
    }
    return new TrainingConfig(model, ct, epochs == null ? ct.epochs() : epochs, threads);
  }
}
