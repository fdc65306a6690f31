package io.kairos.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.SpikingGanModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnGanSizesTest {
  @Test
  void theDefaultSpikingGanGivesItsTwoGHiddenLayersAndItsGBatch() {
    Model m = SpikingGanModels.model(SpikingGanModels.defaults());
    AnnGanSizes s = AnnGanSizes.of(m);
    assertEquals(new AnnGanSizes(100, List.of(400, 400), List.of(400), 8, 64), s);
    assertEquals("100 -> 400 -> 400 -> 784 / 784 -> 400 -> 1", s.architecture());
  }

  @Test
  void everyHiddenPopulationIsMirroredAndTheOutputsAreNot() {
    var d = SpikingGanModels.defaults();
    Init init = d.generatorOutputInit();
    var spec = d.toBuilder()
        .noise(20).noiseActive(6)
        .generatorHidden(List.of(new SpikingGanModels.Layer(40, init), new SpikingGanModels.Layer(30, init),
            new SpikingGanModels.Layer(20, init)))
        .discriminatorHidden(12).epochs(1).batch(8).generatorBatch(48).seed(3)
        .labelNoise(0).deadNeuronRate(0).sampleMatching(0.5).generatorCentring(0).matchingMargin(0)
        .matchingPairing(MatchingPairing.GREEDY).generatorAverage(0)
        .build();
    AnnGanSizes s = AnnGanSizes.of(SpikingGanModels.model(spec));
    assertEquals(List.of(40, 30, 20), s.generatorHidden());
    assertEquals(List.of(12), s.discriminatorHidden());
    assertEquals(8, s.batch());
    assertEquals(48, s.generatorBatch());
    assertEquals("20 -> 40 -> 30 -> 20 -> 784 / 784 -> 12 -> 1", s.architecture());
    assertEquals(128, s.withGeneratorBatch(128).generatorBatch());
    assertEquals(s.batch(), s.withGeneratorBatch(128).batch());
  }

  @Test
  void aOneLayerModelGivesOneHiddenLayerEach() {
    var d = SpikingGanModels.defaults();
    var spec = d.toBuilder()
        .noise(100).generatorHidden(List.of(new SpikingGanModels.Layer(400, d.generatorOutputInit())))
        .discriminatorHidden(400).batch(32).generatorBatch(32)
        .labelNoise(0).deadNeuronRate(0).sampleMatching(0.5).generatorCentring(0).matchingMargin(0)
        .matchingPairing(MatchingPairing.GREEDY).generatorAverage(0)
        .build();
    assertEquals(AnnGanSizes.oneHidden(100, 400, 32), AnnGanSizes.of(SpikingGanModels.model(spec)));
  }

  @Test
  void aModelWithoutGanTrainingIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> AnnGanSizes.of(S4nnModels.s4nn(4, 1, 1)));
    assertEquals(true, e.getMessage().contains("no GAN training"), e.getMessage());
  }
}
