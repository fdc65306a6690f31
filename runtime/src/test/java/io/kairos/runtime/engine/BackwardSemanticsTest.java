package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.WeightMatrix;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** docs/ttfs-semantics.md, "Error and updates": hand-computed and against {@link ReferenceS4nn}. */
class BackwardSemanticsTest {
  /** One-sample source of fixed input times and label. */
  private static Samples one(int label, int... times) {
    return new Samples() {
      public int size() {
        return 1;
      }

      public int label(int index) {
        return label;
      }

      public void inputTimes(int index, int window, int[] out) {
        System.arraycopy(times, 0, out, 0, times.length);
      }
    };
  }

  private static double[][] matrix(TtfsNetwork net, int l) {
    WeightMatrix m = net.layers().get(l).toMatrix();
    double[][] w = new double[m.rows()][m.cols()];
    for (int j = 0; j < m.rows(); j++) {
      for (int i = 0; i < m.cols(); i++) {
        w[j][i] = m.get(j, i);
      }
    }
    return w;
  }

  @Test
  void handComputedOutputStep() {
    // 3 inputs -> 2 outputs, theta 10, window 20, label 1, lr 0.5, no decay.
    TtfsNetwork net = Micro.net(20, 10, 3, 2);
    Micro.weights(net, 0, new double[][] {{11, 0, 0}, {4, 4, 4}});
    // inputs at 0, 2, 5: out0 crosses at 0 -> 1; out1: V = 4, 8, 12 at t = 5 -> 6
    // tau = 1, label 1: T = (min(1 + 3, 20) = 4, 1); e = (3, -5) / 20; delta = (3, -5) / sqrt(34)
    // w_ji -= 0.5 delta_j [t_i < t_j]: out0 (t = 1): only input 0 (t = 0) counts; out1 (t = 6): all
    try (var learner = new ClassifierLearner(net, new TargetRule.S4nn(3), new WeightOptimizer.Sgd(0.5, 0), 1, 1)) {
      learner.train(one(1, 0, 2, 5), new int[] {0}, 0, 1, new Tally(net));
    }
    double d0 = 3 / Math.sqrt(34);
    double d1 = -5 / Math.sqrt(34);
    double[][] w = matrix(net, 0);
    assertArrayEquals(new double[] {11 - 0.5 * d0, 0, 0}, w[0], 1e-6);
    assertArrayEquals(new double[] {4 - 0.5 * d1, 4 - 0.5 * d1, 4 - 0.5 * d1}, w[1], 1e-6);
  }

  @Test
  void decayShrinksEveryWeightAfterTheUpdate() {
    TtfsNetwork net = Micro.net(20, 10, 2, 1);
    Micro.weights(net, 0, new double[][] {{11, 3}});
    // label 0 fires first at 1 and alone: zero error, only the decay acts: w *= 1 - lr * decay
    try (var learner = new ClassifierLearner(net, new TargetRule.S4nn(3), new WeightOptimizer.Sgd(0.2, 0.01), 1, 1)) {
      learner.train(one(0, 0, 4), new int[] {0}, 0, 1, new Tally(net));
    }
    net.foldScales();
    assertArrayEquals(new double[] {11 * 0.998, 3 * 0.998}, matrix(net, 0)[0], 1e-5);
  }

  @Test
  void hiddenErrorUsesTheUpdatedOutputWeights() {
    // 2 inputs -> 1 hidden -> 2 outputs. The hidden error sum_j delta_j w_ji is taken after the
    // output update, so with w = (w0, w1) it is delta0 (w0 - lr delta0) + delta1 (w1 - lr delta1).
    TtfsNetwork net = Micro.net(30, 10, 2, 1, 2);
    Micro.weights(net, 0, new double[][] {{11, 0}});
    Micro.weights(net, 1, new double[][] {{11}, {5}});
    // input 0 at 0 -> hidden crosses at 0, fires 1 -> out0 crosses at 1, fires 2; out1 never (5)
    // label 1: tau = 2, T = (5, 2); e = (3, -28) / 30; delta = (3, -28) / sqrt(793)
    double n = Math.sqrt(9 + 784);
    double d0 = 3 / n;
    double d1 = -28 / n;
    double lr = 0.1;
    double w0 = 11 - lr * d0;
    double w1 = 5 - lr * d1;
    double hidden = d0 * w0 + d1 * w1; // then normalised over 1 neuron: sign(hidden)
    double dh = Math.signum(hidden);
    try (var learner = new ClassifierLearner(net, new TargetRule.S4nn(3), new WeightOptimizer.Sgd(lr, 0), 1, 1)) {
      learner.train(one(1, 0, 25), new int[] {0}, 0, 1, new Tally(net));
    }
    assertArrayEquals(new double[] {w0}, matrix(net, 1)[0], 1e-6);
    assertArrayEquals(new double[] {w1}, matrix(net, 1)[1], 1e-6);
    // hidden fired at 1: input 0 (t = 0) before it, input 1 (t = 25) after
    assertArrayEquals(new double[] {11 - lr * dh, 0}, matrix(net, 0)[0], 1e-6);
  }

  @Test
  void batchOneMatchesTheReferenceAlgorithmOnRandomNetworks() {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      int window = 30;
      TtfsNetwork net = Micro.net(window, 10, 8, 6, 3);
      double[][][] w = {ReferenceS4nn.random(rnd, 6, 8, -1, 5), ReferenceS4nn.random(rnd, 3, 6, -1, 9)};
      Micro.weights(net, 0, w[0]);
      Micro.weights(net, 1, w[1]);
      try (var learner = new ClassifierLearner(net, new TargetRule.S4nn(3), new WeightOptimizer.Sgd(0.2, 1e-3), 1, 1)) {
        for (int step = 0; step < 5; step++) {
          int[] in = new int[8];
          for (int i = 0; i < 8; i++) {
            in[i] = rnd.nextInt(window + 1);
          }
          int label = rnd.nextInt(3);
          ReferenceS4nn.trainSample(w, in, label, window, 10, 3, 0.2, 1e-3);
          learner.train(one(label, in), new int[] {0}, 0, 1, new Tally(net));
        }
      }
      for (int l = 0; l < 2; l++) {
        double[][] got = matrix(net, l);
        for (int j = 0; j < got.length; j++) {
          assertArrayEquals(w[l][j], got[j], 1e-4, "trial " + trial + " layer " + l);
        }
      }
    }
  }

  @Test
  void errorAtTheInputSpikeTimesFollowsTheFormula() {
    SplittableRandom rnd = new SplittableRandom(11);
    TtfsNetwork net = Micro.net(40, 10, 7, 5, 2);
    double[][][] w = {ReferenceS4nn.random(rnd, 5, 7, -1, 6), ReferenceS4nn.random(rnd, 2, 5, -1, 9)};
    Micro.weights(net, 0, w[0]);
    Micro.weights(net, 1, w[1]);
    int[] in = {0, 3, 3, 10, 40, 7, 39};
    ForwardTrace trace = net.forward(new SpikeTimes(40, in.clone()));
    int[][] times = ReferenceS4nn.forward(w, in, 40, 10);
    double[] outDelta = ReferenceS4nn.normalised(new double[] {0.3, -0.7});
    double[][] got = TemporalBackprop.deltas(net, trace, outDelta);
    double[] hidden = ReferenceS4nn.propagate(w[1], times[1], times[2], outDelta);
    double[] input = ReferenceS4nn.propagate(w[0], times[0], times[1], hidden);
    assertArrayEquals(hidden, got[1], 1e-6);
    assertArrayEquals(input, got[0], 1e-6);
    assertEquals(0.0, got[0][4]); // a silent input gets no error
  }

  @Test
  void batchResultsDoNotDependOnTheThreadCount() {
    List<WeightMatrix> reference = null;
    for (int threads : new int[] {1, 2, 3}) {
      TtfsNetwork net = Micro.net(30, 10, 12, 9, 4);
      net.initialise(5);
      SplittableRandom rnd = new SplittableRandom(8);
      int[][] inputs = new int[40][12];
      int[] labels = new int[40];
      for (int s = 0; s < 40; s++) {
        for (int i = 0; i < 12; i++) {
          inputs[s][i] = rnd.nextInt(31);
        }
        labels[s] = rnd.nextInt(4);
      }
      Samples data = new Samples() {
        public int size() {
          return 40;
        }

        public int label(int index) {
          return labels[index];
        }

        public void inputTimes(int index, int window, int[] out) {
          System.arraycopy(inputs[index], 0, out, 0, 12);
        }
      };
      int[] order = java.util.stream.IntStream.range(0, 40).toArray();
      try (var learner = new ClassifierLearner(net, new TargetRule.S4nn(3), new WeightOptimizer.Sgd(0.2, 1e-3), 8, threads)) {
        learner.train(data, order, 0, 40, new Tally(net));
      }
      net.foldScales();
      if (reference == null) {
        reference = net.weights();
      } else {
        assertEquals(reference, net.weights(), "threads " + threads);
      }
    }
  }

  @Test
  void batchGradientIsTheMeanOfThePerSampleGradientsWithBatchStartWeights() {
    TtfsNetwork net = Micro.net(20, 10, 2, 1);
    Micro.weights(net, 0, new double[][] {{4, 4}});
    // sample A: inputs (0, 5): V = 4, 8 -> silent; label 0 -> T = 17, e = -3/20 -> delta = -1
    // sample B: same times -> same delta -1; both inputs precede t = 20: g = -1 for both weights
    int[][] inputs = {{0, 5}, {0, 5}};
    Samples data = new Samples() {
      public int size() {
        return 2;
      }

      public int label(int index) {
        return 0;
      }

      public void inputTimes(int index, int window, int[] out) {
        System.arraycopy(inputs[index], 0, out, 0, 2);
      }
    };
    try (var learner = new ClassifierLearner(net, new TargetRule.S4nn(3), new WeightOptimizer.Sgd(0.5, 0), 2, 2)) {
      learner.train(data, new int[] {0, 1}, 0, 2, new Tally(net));
    }
    assertArrayEquals(new double[] {4.5, 4.5}, matrix(net, 0)[0], 1e-6); // mean g = -1, lr 0.5
  }

  @Test
  void adamStepFollowsKingmaAndBa() {
    TtfsNetwork net = Micro.net(20, 10, 2, 1);
    Micro.weights(net, 0, new double[][] {{4, 4}});
    var adam = new WeightOptimizer.Adam(0.1, 0.9, 0.999, 1e-8, 0.01, net);
    try (var learner = new ClassifierLearner(net, new TargetRule.S4nn(3), adam, 1, 1)) {
      learner.train(one(0, 0, 25), new int[] {0}, 0, 1, new Tally(net));
    }
    // silent, label 0: delta = -1. Input 0 (t = 0) gets g = -1; input 1 (t = 25 > window: silent) none.
    // step 1: m = 0.1 g, v = 0.001 g^2; mhat = g, vhat = g^2: w -= 0.1 * g / (|g| + 1e-8); then decay.
    double w0 = (4 + 0.1 * (1 / (1 + 1e-8))) * (1 - 0.1 * 0.01);
    double w1 = 4 * (1 - 0.1 * 0.01);
    assertArrayEquals(new double[] {w0, w1}, matrix(net, 0)[0], 1e-5);
    assertEquals(1, adam.steps());
  }
}
