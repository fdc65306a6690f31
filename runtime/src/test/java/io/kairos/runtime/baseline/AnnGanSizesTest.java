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
    var spec = new SpikingGanModels.Spec(20, 6, 32,
        List.of(new SpikingGanModels.Layer(40, init), new SpikingGanModels.Layer(30, init),
            new SpikingGanModels.Layer(20, init)),
        12, 1, 8, 48, 1, 3, d.loss(), d.generatorOptimizer(), d.discriminatorOptimizer(), 0, 0, 0.5, 0, 0,
        MatchingPairing.GREEDY, init, d.discriminatorHiddenInit(), d.discriminatorOutputInit());
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
    var spec = new SpikingGanModels.Spec(100, 30, 32, List.of(new SpikingGanModels.Layer(400, d.generatorOutputInit())),
        400, 20, 32, 32, 1, 7, d.loss(), d.generatorOptimizer(), d.discriminatorOptimizer(), 0, 0, 0.5, 0, 0,
        MatchingPairing.GREEDY, d.generatorOutputInit(), d.discriminatorHiddenInit(), d.discriminatorOutputInit());
    assertEquals(AnnGanSizes.oneHidden(100, 400, 32), AnnGanSizes.of(SpikingGanModels.model(spec)));
  }

  @Test
  void aModelWithoutGanTrainingIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> AnnGanSizes.of(S4nnModels.s4nn(4, 1, 1)));
    assertEquals(true, e.getMessage().contains("no GAN training"), e.getMessage());
  }
}
