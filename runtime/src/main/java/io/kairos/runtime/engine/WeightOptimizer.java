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

  /** One update of layer {@code l} from its mean gradient (source-major, true units). */
  void stepDense(TtfsNetwork net, int l, float[] grad, Parallel parallel);

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
          trace.window, trace.mask, trace.targetOrder, trace.counts);
      layer.scaleBy(1 - lr * decay);
      if (l == 0) {
        steps++;
      }
    }

    @Override
    public void stepDense(TtfsNetwork net, int l, float[] grad, Parallel parallel) {
      DenseTtfsLayer layer = net.layers().get(l);
      float[] w = layer.raw();
      float c = (float) (lr / layer.scale());
      parallel.forRange(w.length, (worker, from, to) -> {
        for (int k = from; k < to; k++) {
          w[k] -= c * grad[k];
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
    private final float[][] m;
    private final float[][] v;
    private final float[][] sampleGrad;
    private long steps;

    public Adam(double lr, double beta1, double beta2, double epsilon, double decay, TtfsNetwork net) {
      this.lr = lr;
      this.beta1 = beta1;
      this.beta2 = beta2;
      this.epsilon = epsilon;
      this.decay = decay;
      int layers = net.layers().size();
      m = new float[layers][];
      v = new float[layers][];
      sampleGrad = new float[layers][];
      for (int l = 0; l < layers; l++) {
        int size = net.layers().get(l).raw().length;
        m[l] = new float[size];
        v[l] = new float[size];
      }
    }

    @Override
    public void stepSample(TtfsNetwork net, int l, ForwardTrace trace, double[] delta) {
      DenseTtfsLayer layer = net.layers().get(l);
      if (sampleGrad[l] == null) {
        sampleGrad[l] = new float[layer.raw().length];
      }
      float[] g = sampleGrad[l];
      java.util.Arrays.fill(g, 0f);
      layer.accumulateGradient(trace.times[l], trace.order[l], trace.spikes[l], trace.times[l + 1], delta,
          1f, trace.window, g, 0, layer.sources(), trace.mask, trace.targetOrder, trace.counts);
      try (Parallel inline = new Parallel(1)) {
        stepDense(net, l, g, inline);
      }
    }

    @Override
    public void stepDense(TtfsNetwork net, int l, float[] grad, Parallel parallel) {
      DenseTtfsLayer layer = net.layers().get(l);
      layer.foldScale();
      if (l == net.layers().size() - 1) {
        steps++; // layers are updated from the output down: the output's update opens a step
      }
      float[] w = layer.raw();
      float[] ml = m[l];
      float[] vl = v[l];
      double c1 = 1 - Math.pow(beta1, steps);
      double c2 = 1 - Math.pow(beta2, steps);
      float b1 = (float) beta1;
      float b2 = (float) beta2;
      float stepSize = (float) (lr / c1);
      float invC2 = (float) (1 / c2);
      float eps = (float) epsilon;
      float keep = (float) (1 - lr * decay);
      parallel.forRange(w.length, (worker, from, to) -> {
        for (int k = from; k < to; k++) {
          float g = grad[k];
          float mk = b1 * ml[k] + (1 - b1) * g;
          float vk = b2 * vl[k] + (1 - b2) * g * g;
          ml[k] = mk;
          vl[k] = vk;
          float updated = w[k] - stepSize * mk / ((float) Math.sqrt(vk * invC2) + eps);
          w[k] = updated * keep;
        }
      });
    }

    @Override
    public List<WeightMatrix> state() {
      var out = new java.util.ArrayList<WeightMatrix>();
      for (int l = 0; l < m.length; l++) {
        out.add(new WeightMatrix(1, m[l].length, m[l].clone()));
        out.add(new WeightMatrix(1, v[l].length, v[l].clone()));
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
        System.arraycopy(state.get(2 * l).data(), 0, m[l], 0, m[l].length);
        System.arraycopy(state.get(2 * l + 1).data(), 0, v[l], 0, v[l].length);
      }
      this.steps = steps;
    }
  }
}
