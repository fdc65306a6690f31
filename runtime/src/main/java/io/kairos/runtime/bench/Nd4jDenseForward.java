package io.kairos.runtime.bench;

import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.compiler.run.WeightMatrix;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The comparison point for docs/benchmarks.md: S4NN's forward pass computed densely with ND4J, as
 * the NumPy reference does (potentials of every neuron at every time step: one {@code [n, in] x
 * [in, window + 1]} product per layer and image, then a cumulative sum).
 */
public final class Nd4jDenseForward {
  private Nd4jDenseForward() {}

  /** Forward passes of the first {@code n} images with freshly initialised S4NN weights. */
  public static double imagesPerSecond(LabelledImages data, int n, long seed) {
    TtfsNetwork net = TtfsNetwork.fromIr(S4nnModels.s4nnMnist(), "classifier");
    net.initialise(seed);
    List<WeightMatrix> w = net.weights();
    INDArray w1 = Nd4j.create(w.get(0).data(), new long[] {w.get(0).rows(), w.get(0).cols()}, DataType.FLOAT);
    INDArray w2 = Nd4j.create(w.get(1).data(), new long[] {w.get(1).rows(), w.get(1).cols()}, DataType.FLOAT);
    int window = net.window();
    int[] times = new int[data.pixelsPerImage()];
    int count = Math.min(n, data.count());
    long checksum = 0;
    long t0 = 0;
    for (int k = -10; k < count; k++) { // 10 untimed warm-up images
      if (k == 0) {
        t0 = System.nanoTime();
      }
      data.inputTimes(Math.max(k, 0), window, times);
      int[] hidden = layer(w1, times, window, 100);
      int[] out = layer(w2, hidden, window, 100);
      checksum += out[0];
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    if (checksum < 0) {
      throw new IllegalStateException("unreachable");
    }
    return count / secs;
  }

  /**
   * A lower bound for an event-driven forward pass written with ND4J ops: only the hidden layer's
   * row additions ({@code v.addi(row_i)} per input spike, one native call each), no threshold
   * tests, no output layer.
   */
  public static double rowAddsPerSecond(LabelledImages data, int n, long seed) {
    TtfsNetwork net = TtfsNetwork.fromIr(S4nnModels.s4nnMnist(), "classifier");
    net.initialise(seed);
    WeightMatrix m = net.weights().get(0);
    INDArray wt = Nd4j.create(m.data(), new long[] {m.rows(), m.cols()}, DataType.FLOAT).transpose().dup();
    INDArray[] rows = new INDArray[m.cols()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = wt.getRow(i);
    }
    INDArray v = Nd4j.zeros(DataType.FLOAT, m.rows());
    int[] times = new int[data.pixelsPerImage()];
    int count = Math.min(n, data.count());
    long t0 = 0;
    for (int k = -10; k < count; k++) {
      if (k == 0) {
        t0 = System.nanoTime();
      }
      data.inputTimes(Math.max(k, 0), net.window(), times);
      v.assign(0);
      for (int i = 0; i < times.length; i++) {
        if (times[i] < net.window()) {
          v.addi(rows[i]);
        }
      }
    }
    return count / ((System.nanoTime() - t0) / 1e9);
  }

  private static int[] layer(INDArray w, int[] in, int window, double threshold) {
    float[] s = new float[in.length * (window + 1)];
    for (int i = 0; i < in.length; i++) {
      s[i * (window + 1) + in[i]] = 1f;
    }
    INDArray spikes = Nd4j.create(s, new long[] {in.length, window + 1}, DataType.FLOAT);
    INDArray v = Nd4j.cumsum(w.mmul(spikes), 1);
    float[][] vm = v.toFloatMatrix();
    int[] out = new int[vm.length];
    for (int j = 0; j < vm.length; j++) {
      out[j] = window;
      for (int t = 0; t < window; t++) {
        if (vm[j][t] > threshold) {
          out[j] = Math.min(t + 1, window);
          break;
        }
      }
    }
    return out;
  }
}
