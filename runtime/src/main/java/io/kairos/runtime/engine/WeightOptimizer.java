package io.kairos.runtime.engine;

import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.run.WeightMatrix;
import java.util.List;

/**
 * How gradients change weights: {@link Sgd} (S4NN's rule) or {@link Adam}. Both apply the L2
 * decay {@code w -= lr * decay * w} after every update. The gradient of a layer is {@code g_ji =
 * delta_j * [t_i < t_j]} (mean over the batch), and weights move by {@code -lr * g} for SGD.
 */
public sealed interface WeightOptimizer permits WeightOptimizer.Sgd, WeightOptimizer.Adam {

  static WeightOptimizer of(Optimizer ir, TtfsNetwork net) {
    if (ir instanceof Optimizer.Sgd s) {
      return new Sgd(s.lr(), s.decay());
    }
    Optimizer.Adam a = (Optimizer.Adam) ir;
    return new Adam(a.lr(), a.beta1(), a.beta2(), a.epsilon(), a.decay(), net);
  }

  /** One sample's update of layer {@code l} from the error {@code delta} of its targets (batch 1). */
  void stepSample(TtfsNetwork net, int l, ForwardTrace trace, double[] delta);

  /** One update of layer {@code l} from its mean gradient ({@code grad[i][j]}, true units). */
  void stepDense(TtfsNetwork net, int l, float[][] grad, Parallel parallel);

  /** State to checkpoint (none for SGD). */
  List<WeightMatrix> state();

  /** Number of updates done (Adam's bias-correction step). */
  long steps();

  void restore(List<WeightMatrix> state, long steps);

  /** Plain SGD; the decay is folded into the layer's scale, so a sample costs spikes x fan-out. */
  final class Sgd implements WeightOptimizer {
    private final double lr;
    private final double decay;
    private long steps;

    public Sgd(double lr, double decay) {
      this.lr = lr;
      this.decay = decay;
    }

    @Override
    public void stepSample(TtfsNetwork net, int l, ForwardTrace trace, double[] delta) {
      DenseTtfsLayer layer = net.layers().get(l);
      layer.sgdStep(trace.times[l], trace.order[l], trace.spikes[l], trace.times[l + 1], delta, lr,
          trace.window, trace.mask, trace.order[l + 1], trace.spikes[l + 1]);
      layer.scaleBy(1 - lr * decay);
      if (l == 0) {
        steps++;
      }
    }

    @Override
    public void stepDense(TtfsNetwork net, int l, float[][] grad, Parallel parallel) {
      DenseTtfsLayer layer = net.layers().get(l);
      float[][] w = layer.rows();
      float c = (float) (lr / layer.scale());
      parallel.forRange(w.length, (worker, from, to) -> {
        for (int i = from; i < to; i++) {
          float[] row = w[i];
          float[] g = grad[i];
          for (int j = 0; j < row.length; j++) {
            row[j] -= c * g[j];
          }
        }
      });
      layer.scaleBy(1 - lr * decay);
      if (l == 0) {
        steps++;
      }
    }

    @Override
    public List<WeightMatrix> state() {
      return List.of();
    }

    @Override
    public long steps() {
      return steps;
    }

    @Override
    public void restore(List<WeightMatrix> state, long steps) {
      this.steps = steps;
    }
  }

  /** Adam with bias correction, then the L2 decay; dense (every weight, every update). */
  final class Adam implements WeightOptimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double decay;
    private final float[][][] m;
    private final float[][][] v;
    private final float[][][] sampleGrad;
    private long steps;

    public Adam(double lr, double beta1, double beta2, double epsilon, double decay, TtfsNetwork net) {
      this.lr = lr;
      this.beta1 = beta1;
      this.beta2 = beta2;
      this.epsilon = epsilon;
      this.decay = decay;
      int layers = net.layers().size();
      m = new float[layers][][];
      v = new float[layers][][];
      sampleGrad = new float[layers][][];
      for (int l = 0; l < layers; l++) {
        DenseTtfsLayer layer = net.layers().get(l);
        m[l] = new float[layer.sources()][layer.targets()];
        v[l] = new float[layer.sources()][layer.targets()];
      }
    }

    @Override
    public void stepSample(TtfsNetwork net, int l, ForwardTrace trace, double[] delta) {
      DenseTtfsLayer layer = net.layers().get(l);
      if (sampleGrad[l] == null) {
        sampleGrad[l] = new float[layer.sources()][layer.targets()];
      }
      float[][] g = sampleGrad[l];
      for (float[] row : g) {
        java.util.Arrays.fill(row, 0f);
      }
      layer.accumulateGradient(trace.times[l], trace.order[l], trace.spikes[l], trace.times[l + 1], delta,
          1f, trace.window, g, 0, layer.sources(), trace.mask, trace.order[l + 1], trace.spikes[l + 1]);
      try (Parallel inline = new Parallel(1)) {
        stepDense(net, l, g, inline);
      }
    }

    @Override
    public void stepDense(TtfsNetwork net, int l, float[][] grad, Parallel parallel) {
      DenseTtfsLayer layer = net.layers().get(l);
      layer.foldScale();
      if (l == net.layers().size() - 1) {
        steps++; // layers are updated from the output down: the output's update opens a step
      }
      float[][] w = layer.rows();
      float[][] ml = m[l];
      float[][] vl = v[l];
      double c1 = 1 - Math.pow(beta1, steps);
      double c2 = 1 - Math.pow(beta2, steps);
      float b1 = (float) beta1;
      float b2 = (float) beta2;
      float stepSize = (float) (lr / c1);
      float invC2 = (float) (1 / c2);
      float eps = (float) epsilon;
      float keep = (float) (1 - lr * decay);
      parallel.forRange(w.length, (worker, from, to) -> {
        for (int i = from; i < to; i++) {
          float[] wi = w[i];
          float[] gi = grad[i];
          float[] mi = ml[i];
          float[] vi = vl[i];
          for (int j = 0; j < wi.length; j++) {
            float g = gi[j];
            float mk = b1 * mi[j] + (1 - b1) * g;
            float vk = b2 * vi[j] + (1 - b2) * g * g;
            mi[j] = mk;
            vi[j] = vk;
            float updated = wi[j] - stepSize * mk / ((float) Math.sqrt(vk * invC2) + eps);
            wi[j] = updated * keep;
          }
        }
      });
    }

    @Override
    public List<WeightMatrix> state() {
      var out = new java.util.ArrayList<WeightMatrix>();
      for (int l = 0; l < m.length; l++) {
        out.add(flatten(m[l]));
        out.add(flatten(v[l]));
      }
      return out;
    }

    @Override
    public long steps() {
      return steps;
    }

    @Override
    public void restore(List<WeightMatrix> state, long steps) {
      if (state.size() != 2 * m.length) {
        throw new IllegalArgumentException("Adam state needs " + 2 * m.length + " arrays, got " + state.size());
      }
      for (int l = 0; l < m.length; l++) {
        unflatten(state.get(2 * l), m[l]);
        unflatten(state.get(2 * l + 1), v[l]);
      }
      this.steps = steps;
    }

    /** A {@code [sources, targets]} matrix of a per-weight state. */
    private static WeightMatrix flatten(float[][] a) {
      int cols = a[0].length;
      float[] d = new float[a.length * cols];
      for (int i = 0; i < a.length; i++) {
        System.arraycopy(a[i], 0, d, i * cols, cols);
      }
      return new WeightMatrix(a.length, cols, d);
    }

    private static void unflatten(WeightMatrix w, float[][] a) {
      if (w.rows() != a.length || w.cols() != a[0].length) {
        throw new IllegalArgumentException("Adam state is " + w.rows() + "x" + w.cols() + ", expected "
            + a.length + "x" + a[0].length);
      }
      for (int i = 0; i < a.length; i++) {
        System.arraycopy(w.data(), i * w.cols(), a[i], 0, w.cols());
      }
    }
  }
}
