package io.kairos.runtime.engine;

/** Labelled samples as the engine sees them: input spike times and a class. */
public interface Samples {
  int size();

  int label(int index);

  /** Writes sample {@code index}'s input spike times (in {@code 0..window}) into {@code times}. */
  void inputTimes(int index, int window, int[] times);
}
