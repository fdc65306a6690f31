package io.kairos.runtime.engine;

/**
 * Supervised TTFS training of one network, one minibatch at a time (docs/ttfs-semantics.md).
 *
 * <p>Batch 1 follows S4NN exactly: per layer from the output down, update the layer, then
 * propagate the error through its updated weights. A larger batch computes every sample's errors
 * with the batch-start weights in parallel, then reduces the gradients in sample order (parallel
 * over weight rows) and takes one optimizer step per layer: the same result for any thread count.
 */
public final class ClassifierLearner implements AutoCloseable {
  private final TtfsNetwork net;
  private final TargetRule rule;
  private final WeightOptimizer optimizer;
  private final Parallel parallel;
  private final int batch;
  private final ForwardTrace[] traces;
  private final double[][][] deltas; // [sample][population][neuron]
  private final double[] targets;
  private final int[] labels;
  private final float[][][] grads;
  private final ForwardTrace[] workerScratch;

  public ClassifierLearner(TtfsNetwork net, TargetRule rule, WeightOptimizer optimizer, int batch, int threads) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1");
    }
    this.net = net;
    this.rule = rule;
    this.optimizer = optimizer;
    this.batch = batch;
    this.parallel = new Parallel(threads);
    int[] sizes = net.sizes();
    traces = new ForwardTrace[batch];
    deltas = new double[batch][sizes.length][];
    labels = new int[batch];
    for (int b = 0; b < batch; b++) {
      traces[b] = net.newTrace();
      for (int l = 0; l < sizes.length; l++) {
        deltas[b][l] = new double[sizes[l]];
      }
    }
    targets = new double[net.outputSize()];
    grads = new float[net.layers().size()][][];
    workerScratch = new ForwardTrace[threads];
    for (int w = 0; w < threads; w++) {
      workerScratch[w] = net.newTrace();
    }
  }

  public TtfsNetwork network() {
    return net;
  }

  public WeightOptimizer optimizer() {
    return optimizer;
  }

  public int batch() {
    return batch;
  }

  /**
   * Trains on samples {@code order[from..to)} of {@code data} in minibatches of {@link #batch()},
   * counting every sample's forward pass (before its update) into {@code tally}.
   */
  public void train(Samples data, int[] order, int from, int to, Tally tally) {
    for (int s = from; s < to; s += batch) {
      int n = Math.min(batch, to - s);
      if (batch == 1) {
        trainOne(data, order[s], tally);
      } else {
        trainBatch(data, order, s, n, tally);
      }
    }
  }

  private void trainOne(Samples data, int index, Tally tally) {
    ForwardTrace trace = traces[0];
    double[][] d = deltas[0];
    data.inputTimes(index, net.window(), trace.times[0]);
    net.forward(trace);
    int label = data.label(index);
    tally.add(trace, label);
    int layers = net.layers().size();
    outputDelta(trace, label, d[layers]);
    for (int l = layers - 1; l >= 0; l--) {
      optimizer.stepSample(net, l, trace, d[l + 1]);
      if (l > 0) {
        TemporalBackprop.propagate(net, trace, l, d[l + 1], d[l]); // through the updated weights
      }
    }
  }

  private void outputDelta(ForwardTrace trace, int label, double[] delta) {
    rule.targets(trace.outputTimes(), label, net.window(), targets);
    TemporalBackprop.outputDelta(trace.outputTimes(), targets, net.window(), delta);
  }

  private void trainBatch(Samples data, int[] order, int start, int n, Tally tally) {
    int layers = net.layers().size();
    parallel.forRange(n, (worker, from, to) -> {
      double[] t = new double[net.outputSize()];
      for (int b = from; b < to; b++) {
        ForwardTrace trace = traces[b];
        int index = order[start + b];
        labels[b] = data.label(index);
        data.inputTimes(index, net.window(), trace.times[0]);
        net.forward(trace);
        rule.targets(trace.outputTimes(), labels[b], net.window(), t);
        TemporalBackprop.outputDelta(trace.outputTimes(), t, net.window(), deltas[b][layers]);
        for (int l = layers - 1; l > 0; l--) {
          TemporalBackprop.propagate(net, trace, l, deltas[b][l + 1], deltas[b][l]);
        }
      }
    });
    for (int b = 0; b < n; b++) {
      tally.add(traces[b], labels[b]);
    }
    float weight = 1f / n;
    for (int l = layers - 1; l >= 0; l--) {
      DenseTtfsLayer layer = net.layers().get(l);
      if (grads[l] == null) {
        grads[l] = new float[layer.sources()][layer.targets()];
      }
      float[][] g = grads[l];
      int layerIndex = l;
      parallel.forRange(layer.sources(), (worker, from, to) -> {
        for (int i = from; i < to; i++) {
          java.util.Arrays.fill(g[i], 0f);
        }
        ForwardTrace scratch = workerScratch[worker];
        for (int b = 0; b < n; b++) {
          ForwardTrace tr = traces[b];
          layer.accumulateGradient(tr.times[layerIndex], tr.order[layerIndex], tr.spikes[layerIndex],
              tr.times[layerIndex + 1], deltas[b][layerIndex + 1], weight, net.window(), g, from, to,
              scratch.mask, tr.order[layerIndex + 1], tr.spikes[layerIndex + 1]);
        }
      });
      optimizer.stepDense(net, l, g, parallel);
    }
  }

  @Override
  public void close() {
    parallel.close();
  }
}
