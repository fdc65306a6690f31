package io.kairos.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.SpikingGanModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnGanSizesTest {
  @Test
  void theDefaultSpikingGanGivesOneHiddenLayerEach() {
    Model m = SpikingGanModels.model(SpikingGanModels.defaults());
    AnnGanSizes s = AnnGanSizes.of(m);
    assertEquals(AnnGanSizes.oneHidden(100, 400, 32), s);
    assertEquals("100 -> 400 -> 784 / 784 -> 400 -> 1", s.architecture());
  }

  @Test
  void everyHiddenPopulationIsMirroredAndTheOutputsAreNot() {
    Model m = SpikingGanModels.model(SpikingGanModels.defaults());
    Network g = m.network("generator").orElseThrow();
    List<Population> pops = new ArrayList<>(g.populations());
    pops.add(1, new Population("hidden2", 300, pops.get(0).neuron(), pops.get(0).threshold(), List.of()));
    Projection toPixels = g.projections().get(1);
    List<Projection> projs = List.of(g.projections().get(0), new Projection("hidden", "hidden2", toPixels.init()),
        new Projection("hidden2", toPixels.target(), toPixels.init()));
    Network deep = new Network(g.name(), g.input(), pops, projs, g.decoder());
    Model dm = new Model(m.schemaVersion(), m.name(), m.window(), m.neurons(), m.encoders(),
        List.of(deep, m.network("discriminator").orElseThrow()), m.training(), null);
    AnnGanSizes s = AnnGanSizes.of(dm);
    assertEquals(List.of(400, 300), s.generatorHidden());
    assertEquals(List.of(400), s.discriminatorHidden());
    assertEquals(s.batch(), s.generatorBatch());
    assertEquals("100 -> 400 -> 300 -> 784 / 784 -> 400 -> 1", s.architecture());
    assertEquals(128, s.withGeneratorBatch(128).generatorBatch());
    assertEquals(s.batch(), s.withGeneratorBatch(128).batch());
  }

  @Test
  void aModelWithoutGanTrainingIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> AnnGanSizes.of(S4nnModels.s4nn(4, 1, 1)));
    assertEquals(true, e.getMessage().contains("no GAN training"), e.getMessage());
  }
}
