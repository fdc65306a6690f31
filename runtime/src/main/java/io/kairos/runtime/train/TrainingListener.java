package io.kairos.runtime.train;

/** Progress of a training run, for a progress bar or a log. */
public interface TrainingListener {
  /** Called every few hundred samples within an epoch. */
  default void progress(int epoch, int done, int total, double imagesPerSecond, double runningAccuracy) {}

  /** Called after each epoch's checkpoint is written. */
  default void epochDone(EpochMetrics metrics) {}

  TrainingListener NONE = new TrainingListener() {};
}
