package io.kairos.runtime.gan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.engine.ForwardTrace;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.NoiseCode;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.SupervisedGenerator;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.engine.WeightOptimizer;
import org.junit.jupiter.api.Test;

/**
 * Why the default noise code is sparse and early (docs/gan.md, "Noise code"): the default G, taught
 * directly (no D) to draw 10 real digits from 10 fixed noise vectors, learns them with the sparse
 * code and cannot separate them with the dense one, because with every noise neuron firing inside
 * the window each G neuron's final potential is the same for every noise vector.
 */
class GeneratorCapacityTest {
  private static final int DIGITS = 10;
  private static final int STEPS = 300;

  @Test
  void theDefaultGeneratorMemorisesTenDigitsWithTheSparseCodeButNotWithTheDenseOne() {
    var spec = SpikingGanModels.defaults();
    double sparse = wrongPixelShare(SpikingGanModels.model(spec));
    var denseSpec = spec.toBuilder().noiseActive(spec.noise()).noiseSpan(256).build();
    double dense = wrongPixelShare(SpikingGanModels.model(denseSpec));
    System.out.printf(java.util.Locale.ROOT, "wrong pixels after %d steps: sparse %.4f, dense %.4f%n", STEPS, sparse, dense);
    assertTrue(sparse < 0.08, "sparse code: " + sparse + " of pixels still lit where the digit is black or vice versa");
    assertTrue(dense > 2 * sparse, "dense code " + dense + " vs sparse " + sparse);
  }

  /** Share of pixels whose lit/black state differs from the target after supervised training. */
  private static double wrongPixelShare(Model model) {
    TtfsNetwork g = TtfsNetwork.fromIr(model, "generator");
    GanTraining t = (GanTraining) model.training();
    g.initialise(t.seed());
    NoiseCode code = NoiseCode.forNetwork(model, "generator");
    LabelledImages train = MnistFolder.shipped().train();
    int[][] targets = new int[DIGITS][g.outputSize()];
    int found = 0;
    for (int i = 0; found < DIGITS; i++) {
      if (train.label(i) == found) {
        train.inputTimes(i, g.window(), targets[found++]);
      }
    }
    int[][] noise = new int[DIGITS][g.inputSize()];
    for (int b = 0; b < DIGITS; b++) {
      GanLearner.noiseTimes(t.seed(), GanLearner.STREAM_EVAL, b, code, noise[b]);
    }
    WeightOptimizer opt = WeightOptimizer.of(t.generatorOptimizer(), g);
    try (Parallel parallel = new Parallel(1)) {
      SupervisedGenerator teacher = new SupervisedGenerator(g, opt, parallel);
      for (int s = 0; s < STEPS; s++) {
        teacher.step(noise, targets);
      }
    }
    ForwardTrace tr = g.newTrace();
    long wrong = 0;
    for (int b = 0; b < DIGITS; b++) {
      System.arraycopy(noise[b], 0, tr.inputTimes(), 0, noise[b].length);
      g.forward(tr);
      int[] out = tr.outputTimes();
      for (int k = 0; k < out.length; k++) {
        if ((out[k] < g.window()) != (targets[b][k] < g.window())) {
          wrong++;
        }
      }
    }
    return wrong / (double) (DIGITS * g.outputSize());
  }
}
