package io.kairos.runtime.gan;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.GeneratorAverage;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.Tally;

/**
 * The unit of GAN training (docs/gan.md): one D step on {@code batch} real digits and as many
 * generated ones, and after every {@code discriminatorSteps}-th D step one G step and the
 * generator average's update. {@link GanTrainer} loops over it and {@code kairos gan bench} times
 * it, so the bench measures exactly what training runs.
 */
public final class GanStep {
  private final GanLearner learner;
  private final GanTraining training;
  private final GeneratorAverage average;
  private final Parallel parallel;

  /** @param average the generator average to update after each G step, or null when it is off */
  public GanStep(GanLearner learner, GanTraining training, GeneratorAverage average, Parallel parallel) {
    this.learner = learner;
    this.training = training;
    this.average = average;
    this.parallel = parallel;
  }

  /** Samples and updates one call did: D's real and generated digits, G's noise samples. */
  public record Work(long samples, long updates) {}

  /**
   * Runs D step number {@code s} of its epoch (global step {@code step}, which keys the noise) on
   * the real digits {@code order[from .. from + batch)}, then the G step when one is due.
   */
  public Work run(LabelledImages train, int[] order, int s, long step, Tally dTally, Tally gTally) {
    int from = s * training.batch();
    learner.discriminatorStep(train, order, from, step, dTally);
    long samples = 2L * training.batch();
    long updates = learner.discriminatorUpdatesPerStep();
    if ((s + 1) % training.discriminatorSteps() == 0) {
      learner.generatorStep(step, gTally, train, order, from);
      if (average != null) {
        average.update(parallel);
      }
      samples += training.generatorBatch();
      updates++;
    }
    return new Work(samples, updates);
  }
}
