package io.kairos.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.run.WeightMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class LateSurrogateTest {
  private static final Init ANY = new Init.Uniform(0, 1);

  /** D's error at its input times for input spikes at 10 and 50 and first-layer error (0.6, -0.8). */
  private static double[] inputError(double late) {
    var gLayer = new DenseTtfsLayer("pixels", 1, 2, 100, ANY);
    TtfsNetwork g = new TtfsNetwork("g", 256, 1, List.of(gLayer));
    // both hidden neurons listen to both inputs with weight 150: they fire at 11, after input 0
    // (t = 10) and before input 1 (t = 50)
    var hidden = new DenseTtfsLayer("hidden", 2, 2, 100, ANY);
    hidden.load(new WeightMatrix(2, 2, new float[] {150, 150, 150, 150}));
    var verdict = new DenseTtfsLayer("verdict", 2, 2, 100, ANY);
    verdict.load(new WeightMatrix(2, 2, new float[] {150, 0, 0, 60}));
    TtfsNetwork d = new TtfsNetwork("d", 256, 2, List.of(hidden, verdict));
    try (var learner = new GanLearner(g, d, TargetRule.of(new Loss.S4nn(3)), new WeightOptimizer.Sgd(0.5, 0),
        new WeightOptimizer.Sgd(0.5, 0), 1, 1, 1, new GanLearner.Options(0, 1, 0, 0, 0, 0, late))) {
      ForwardTrace dt = d.newTrace();
      dt.times[0][0] = 10;
      dt.times[0][1] = 50;
      d.forward(dt);
      double[] out = new double[2];
      learner.errorAtInput(dt, new double[] {0.6, -0.8}, out);
      return out;
    }
  }

  @Test
  void s4nnGivesAnInputAfterEveryHiddenSpikeNoError() {
    // input 0: 150 * 0.6 + 150 * (-0.8) = -30; input 1 fired after both hidden neurons: 0
    assertArrayEquals(new double[] {-1, 0}, inputError(0), 1e-12);
  }

  @Test
  void theLateSurrogateGivesItTheErrorOfTheNeuronsThatFiredFirst() {
    // input 1: 0.5 * (150 * 0.6 + 150 * (-0.8)) = -15; (-30, -15) normalised
    double n = Math.sqrt(900 + 225);
    // S4NN's kernel carries the errors in single precision (its float mask), hence 1e-6
    assertArrayEquals(new double[] {-30 / n, -15 / n}, inputError(0.5), 1e-6);
  }
}
