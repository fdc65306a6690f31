package io.kairos.runtime.engine;

/**
 * Teaches a generator directly, without a discriminator: each noise vector has a target output
 * (spike times of a real digit), the output error is S4NN's {@code (T_k - t_k) / window},
 * normalised, and it is propagated through G with the S4NN rules; one optimizer step per call from
 * the mean gradient of the samples. The capacity check behind the default noise code
 * (docs/gan.md, "Noise code"): a G that cannot learn fixed noise-to-digit pairs this way cannot
 * learn them adversarially either.
 */
public final class SupervisedGenerator {
  private final TtfsNetwork g;
  private final WeightOptimizer optimizer;
  private final Parallel parallel;

  public SupervisedGenerator(TtfsNetwork g, WeightOptimizer optimizer, Parallel parallel) {
    this.g = g;
    this.optimizer = optimizer;
    this.parallel = parallel;
  }

  /** One step on {@code noise[b] -> targets[b]} for every {@code b}; returns the mean |t - T| over all outputs. */
  public double step(int[][] noise, int[][] targets) {
    int n = noise.length;
    int window = g.window();
    ForwardTrace[] traces = new ForwardTrace[n];
    double[][][] deltas = new double[n][][];
    double error = 0;
    for (int b = 0; b < n; b++) {
      ForwardTrace tr = g.newTrace();
      System.arraycopy(noise[b], 0, tr.inputTimes(), 0, noise[b].length);
      g.forward(tr);
      int[] out = tr.outputTimes();
      double[] target = new double[out.length];
      for (int k = 0; k < out.length; k++) {
        target[k] = targets[b][k];
        error += Math.abs(out[k] - targets[b][k]);
      }
      double[] outputDelta = new double[out.length];
      TemporalBackprop.outputDelta(out, target, window, outputDelta);
      traces[b] = tr;
      deltas[b] = TemporalBackprop.deltas(g, tr, outputDelta);
    }
    ForwardTrace scratch = g.newTrace();
    for (int l = g.layers().size() - 1; l >= 0; l--) {
      DenseTtfsLayer layer = g.layers().get(l);
      float[][] grad = new float[layer.sources()][layer.targets()];
      for (int b = 0; b < n; b++) {
        ForwardTrace tr = traces[b];
        layer.accumulateGradient(tr.times[l], tr.order[l], tr.spikes[l], tr.times[l + 1], deltas[b][l + 1], 1f / n,
            window, grad, 0, layer.sources(), scratch.mask, tr.order[l + 1], tr.spikes[l + 1]);
      }
      optimizer.stepDense(g, l, grad, parallel);
    }
    return error / ((double) n * g.outputSize());
  }
}
