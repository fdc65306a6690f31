package io.kairos.compiler.lower;

import io.kairos.compiler.TestSources;
import static io.kairos.compiler.TestSources.compileClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.CubaLifNeuron;
import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.Deployment;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defaults, resolution of {@code window}, effective thresholds and projections. */
class LoweringTest {
  private static final String CLASSIFIER =
      """
      model M
      window 100
      neuron IF : if { threshold 10 }
      neuron LIF : cuba_lif { threshold 5; current_decay 1; voltage_decay 0.25 }
      encode image : intensity(2 x 3) -> latency
      network N(image) {
        dense h : 4 LIF init normal(0.5, 2) threshold 7
        dense out : 3 IF init uniform(-1, 1) classes(a, "b c", 7)
      }
      train classifier(N) on "data/digits" {
        loss aggressive_ttfs
        optimizer adam(lr 1e-3)
        epochs 2
      }
      deploy "chips/custom.json"
      """;

  @Test
  void neuronDefaultsAndWindowResolution() {
    Model m = compileClean(CLASSIFIER);
    assertEquals(new IfNeuron("IF", 10, 100), m.neurons().get(0), "IF refractory defaults to the window");
    assertEquals(new CubaLifNeuron("LIF", 5, 1, 1, 0.25, 0), m.neurons().get(1));
    assertTrue(m.neurons().get(0).firesOnceWithin(m.window()));
  }

  @Test
  void refractoryWindowIsTheWindowValue() {
    Model m = compileClean(CLASSIFIER.replace("{ threshold 10 }", "{ threshold 10; refractory window }"));
    assertEquals(100, m.neurons().get(0).refractory());
    Model steps = compileClean(CLASSIFIER.replace("{ threshold 10 }", "{ threshold 10; refractory 3 }"));
    assertEquals(3, steps.neurons().get(0).refractory());
  }

  @Test
  void populationsProjectionsAndThresholdOverride() {
    var n = compileClean(CLASSIFIER).networks().get(0);
    assertEquals(
        List.of(new Population("h", 4, "LIF", 7, List.of()), new Population("out", 3, "IF", 10, List.of("a", "b c", "7"))),
        n.populations());
    assertEquals(
        List.of(new Projection("image", "h", new Init.Normal(0.5, 2)), new Projection("h", "out", new Init.Uniform(-1, 1))),
        n.projections());
    assertNull(n.decoder());
  }

  @Test
  void trainingDefaults() {
    var t = (ClassifierTraining) compileClean(CLASSIFIER).training();
    assertEquals(
        new ClassifierTraining(
            "N", new Dataset(null, "data/digits"), new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0),
            new Optimizer.Adam(1e-3, 0.9, 0.999, 1e-8, 0), 2, 1, 0, 0.001),
        t);
  }

  @Test
  void aPerLayerScaleQuantileTravelsUnderTheDeployersName() {
    Model m = compileClean(TestSources.SMALL_GAN.replace(
        "deploy loihi1 { weight_bits 8 }",
        "deploy loihi1 {\n  scale_quantile 0.999\n  scale_quantile Gen / out 1\n  scale_quantile Disc/v 0.5\n}"));
    assertEquals(
        new Deployment("loihi1", Map.of("scale_quantile", 0.999, "scale_quantile.Gen/out", 1.0, "scale_quantile.Disc/v", 0.5)),
        m.deployment());
  }

  @Test
  void deployToASpecFileWithoutSettings() {
    assertEquals(new Deployment("chips/custom.json", Map.of()), compileClean(CLASSIFIER).deployment());
  }

  @Test
  void aggressiveRuleBWithExplicitValuesAndDigitRangeLabels() {
    Model m = compileClean(
        CLASSIFIER.replace("loss aggressive_ttfs", "loss aggressive_ttfs(rule B, gamma 4, pull 2, target 10)")
            .replace("classes(a, \"b c\", 7)", "classes(3..5)"));
    assertEquals(new Loss.AggressiveTtfs(Loss.Rule.B, 4, 2, 10), m.training().loss());
    assertEquals(List.of("3", "4", "5"), m.networks().get(0).output().classes());
  }

  @Test
  void ganOptimizersPerRoleAndSharedDefault() {
    String gan = TestSources.SMALL_GAN;
    GanTraining t = (GanTraining) compileClean(gan).training();
    assertEquals(new Optimizer.Sgd(0.1, 0), t.generatorOptimizer());
    assertEquals(new Optimizer.Sgd(0.1, 0), t.discriminatorOptimizer(), "one plain optimizer serves both roles");
    GanTraining own = (GanTraining) compileClean(gan.replace(
        "optimizer sgd(lr 0.1)", "optimizer sgd(lr 0.1)\n optimizer generator adam(lr 0.5)")).training();
    assertEquals(new Optimizer.Adam(0.5, 0.9, 0.999, 1e-8, 0), own.generatorOptimizer());
    assertEquals(new Optimizer.Sgd(0.1, 0), own.discriminatorOptimizer());
    assertEquals(1, t.discriminatorSteps());
    assertEquals(0, t.labelNoise());
    assertEquals(new Loss.S4nn(3), t.loss());
  }

  @Test
  void generatorBatchDefaultsToTheBatchAndPairingToGreedy() {
    GanTraining t = (GanTraining) compileClean(TestSources.SMALL_GAN.replace("epochs 1", "epochs 1; batch 8")).training();
    assertEquals(8, t.batch());
    assertEquals(8, t.generatorBatch());
    assertEquals(MatchingPairing.GREEDY, t.matchingPairing());
  }

  @Test
  void generatorBatchAndOptimalPairingReachTheIrAndRoundTrip() {
    Model m = compileClean(TestSources.SMALL_GAN.replace("epochs 1",
        "epochs 1; batch 8\n  generator_batch 128\n  sample_matching 0.7\n  matching_pairing optimal"));
    GanTraining t = (GanTraining) m.training();
    assertEquals(8, t.batch());
    assertEquals(128, t.generatorBatch());
    assertEquals(MatchingPairing.OPTIMAL, t.matchingPairing());
    assertEquals(m, IrJson.read(IrJson.write(m)));
    GanTraining greedy = (GanTraining) compileClean(TestSources.SMALL_GAN.replace("epochs 1",
        "epochs 1\n  sample_matching 0.7\n  matching_pairing greedy")).training();
    assertEquals(MatchingPairing.GREEDY, greedy.matchingPairing());
  }

  @Test
  void generatorAverageReachesTheIrAndRoundTripsAndDefaultsToOff() {
    Model m = compileClean(TestSources.SMALL_GAN.replace("epochs 1", "epochs 1\n  generator_average 0.995"));
    assertEquals(0.995, ((GanTraining) m.training()).generatorAverage());
    assertEquals(m, IrJson.read(IrJson.write(m)));
    assertEquals(0.0, ((GanTraining) compileClean(TestSources.SMALL_GAN).training()).generatorAverage());
  }

  @Test
  void keywordsAreNamesAndLineEndingsDoNotMatter() {
    String text =
        """
        model model
        window 16
        neuron neuron : if { threshold 1 }
        encode x : uniform(3) -> latency
        network network(x) {
          dense dense : 2 neuron init uniform(low -1, high 5e-1) classes(0, 1)
        }
        train classifier(network) on "my data" { loss s4nn; optimizer sgd(lr 2E-1); epochs 1 }
        """;
    Model m = compileClean(text);
    assertEquals("model", m.name());
    assertEquals(new Population("dense", 2, "neuron", 1, List.of("0", "1")), m.networks().get(0).output());
    assertEquals(new Init.Uniform(-1, 0.5), m.networks().get(0).projections().get(0).init());
    assertEquals(new Dataset(null, "my data"), m.training().data());
    assertEquals(m, compileClean(text.replace("\n", "\r\n")));
  }

  @Test
  void theNoiseCodeDefaultsToEveryNeuronOverTheWindow() {
    String gan = TestSources.SMALL_GAN;
    assertEquals(new NoiseLatencyEncoder("z", 3, 3, 8), compileClean(gan).encoder("z").orElseThrow());
    assertEquals(new NoiseLatencyEncoder("z", 3, 2, 5),
        compileClean(gan.replace("uniform(3)", "uniform(3, active 2, span 5)")).encoder("z").orElseThrow());
    assertEquals(new NoiseLatencyEncoder("z", 3, 1, 8),
        compileClean(gan.replace("uniform(3)", "uniform(span window, size 3, active 1)")).encoder("z").orElseThrow());
    assertEquals(compileClean(gan), compileClean(gan.replace("uniform(3)", "uniform(3, 3, 8)")));
  }
}
