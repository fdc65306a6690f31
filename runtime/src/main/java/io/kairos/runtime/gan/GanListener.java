package io.kairos.runtime.gan;

/** Progress of a GAN run, for a terminal. */
public interface GanListener {
  void progress(int epoch, int step, int steps, double samplesPerSecond);

  void epochDone(GanEpochMetrics metrics);

  GanListener SILENT = new GanListener() {
    @Override
    public void progress(int epoch, int step, int steps, double samplesPerSecond) {}

    @Override
    public void epochDone(GanEpochMetrics metrics) {}
  };
}
