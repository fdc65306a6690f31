package io.kairos.cli.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.cli.CliRun;
import io.kairos.cli.ExitCodes;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.baseline.AnnGan;
import io.kairos.runtime.baseline.AnnGanSizes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kairos gan ann}: the architecture and G batch it reports, and its user errors. */
class GanAnnCommandTest {
  @TempDir Path tmp;

  /** A tiny Spiking-GAN whose generator has two hidden populations (16 then 12) and D one of 8. */
  private static Model deepTinyGan() {
    var d = SpikingGanModels.defaults();
    Init hiddenInit = d.generatorHidden().get(0).init();
    var spec = d.toBuilder()
        .noise(20).noiseActive(6)
        .generatorHidden(List.of(new SpikingGanModels.Layer(16, hiddenInit),
            new SpikingGanModels.Layer(12, d.generatorOutputInit())))
        .discriminatorHidden(8).epochs(1).batch(8).generatorBatch(8).seed(11)
        .labelNoise(0).deadNeuronRate(0).sampleMatching(0).generatorCentring(0).matchingMargin(0)
        .matchingPairing(MatchingPairing.GREEDY).generatorAverage(0)
        .build();
    return SpikingGanModels.model(spec);
  }

  private Path write(Model m) throws Exception {
    Path f = tmp.resolve("gan.json");
    Files.writeString(f, IrJson.write(m));
    return f;
  }

  @Test
  void headerShowsEveryLayerAndTheDefaultGeneratorBatchIsTheBatch() {
    var settings = AnnGan.Settings.baseline(AnnGanSizes.of(deepTinyGan()), 3, 1, 5);
    assertEquals("ANN GAN 20 -> 16 -> 12 -> 784 / 784 -> 8 -> 1 on digits, 3 epochs, batch 8, G batch 8, seed 5",
        GanAnnCommand.header(settings, "digits"));
  }

  @Test
  void trainsTheMirroredArchitectureWithTheGivenGeneratorBatch() throws Exception {
    var r = CliRun.run("gan", "ann", "--model", write(deepTinyGan()).toString(), "--epochs", "1", "--subset", "32",
        "--seed", "3", "--generator-batch", "5");
    assertEquals(0, r.status(), r.out() + r.err());
    String first = r.out().lines().filter(l -> l.startsWith("ANN GAN ")).findFirst().orElseThrow();
    assertTrue(first.startsWith("ANN GAN 20 -> 16 -> 12 -> 784 / 784 -> 8 -> 1 on "), first);
    assertTrue(first.endsWith(", 1 epochs, batch 8, G batch 5, seed 3"), first);
    assertTrue(r.out().contains("ann-gan epoch 1/1: D loss "), r.out());
  }

  @Test
  void aBadGeneratorBatchIsAUserError() throws Exception {
    for (String bad : new String[] {"0", "-3"}) {
      var r = CliRun.run("gan", "ann", "--model", write(deepTinyGan()).toString(), "--generator-batch", bad);
      assertEquals(ExitCodes.USER_ERROR, r.status(), r.out() + r.err());
      assertTrue(r.err().startsWith("error: ") && r.err().contains("--generator-batch must be >= 1"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.out().contains("ann-gan epoch"), r.out());
    }
  }
}
