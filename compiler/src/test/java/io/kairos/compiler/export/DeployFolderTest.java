package io.kairos.compiler.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployedNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class DeployFolderTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"loihi1", "loihi2"})
  void decompilesTheTablesIntoTheDeployedFixedPointNetworks(String preset) throws Exception {
    for (long seed = 1; seed <= 4; seed++) {
      var trained = ExportFixtures.classifier(seed, 24, 20, 12, 5);
      Path dir = tmp.resolve(preset + seed);
      DeployedNetwork d = ExportFixtures.deploy(trained, preset, dir);
      DeployFolder f = DeployFolder.load(dir);
      assertEquals(d.networks().get(0).network(), f.network(null), "seed " + seed);
      assertEquals(d.tables(), f.tables());
      assertEquals(trained.model(), f.model());
    }
  }

  @Test
  void twoNetworksComeBackWithTheirOwnPorts() throws Exception {
    var small = shrunkGan();
    Path dir = tmp.resolve("gan");
    DeployedNetwork d = ExportFixtures.deploy(small, "loihi2", dir);
    DeployFolder f = DeployFolder.load(dir);
    assertEquals(2, f.networks().size());
    assertEquals(d.networks().get(0).network(), f.network("Generator"));
    assertEquals(d.networks().get(1).network(), f.network("Discriminator"));
    var e = assertThrows(InterchangeException.class, () -> f.network(null));
    assertTrue(e.getMessage().contains("Generator, Discriminator"), e.getMessage());
  }

  @Test
  void aFolderWithoutTheDeployFilesIsRefusedByName() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    var e = assertThrows(InterchangeException.class, () -> DeployFolder.load(tmp.resolve("empty")));
    assertTrue(e.getMessage().contains("is not a deploy folder") && e.getMessage().contains("chip.json"), e.getMessage());
  }

  /** The GAN example with 12 noise values, 4x4 images and small hidden layers: quick to deploy. */
  static io.kairos.compiler.run.TrainedModel shrunkGan() {
    String example = io.kairos.compiler.TestSources.example("spiking-gan-mnist.snn");
    if (!example.contains("uniform(100, active 30")) {
      throw new AssertionError("the example's noise encoder changed; update shrunkGan");
    }
    String src = example
        .replace("28 x 28", "4 x 4").replace("uniform(100, active 30", "uniform(12, active 4")
        .replace(": 400 IF", ": 9 IF").replace(": 784 IF", ": 16 IF");
    var model = io.kairos.compiler.TestSources.compileClean(src);
    var rnd = new java.util.SplittableRandom(11);
    var weights = new java.util.LinkedHashMap<String, java.util.List<io.kairos.compiler.run.WeightMatrix>>();
    for (var net : model.networks()) {
      var ws = new java.util.ArrayList<io.kairos.compiler.run.WeightMatrix>();
      for (var p : net.projections()) {
        int rows = net.population(p.target()).orElseThrow().size();
        int cols = net.population(p.source()).map(x -> x.size())
            .orElseGet(() -> model.encoder(p.source()).orElseThrow().size());
        float[] d = new float[rows * cols];
        for (int k = 0; k < d.length; k++) {
          d[k] = (float) rnd.nextDouble(-20, 60);
        }
        ws.add(new io.kairos.compiler.run.WeightMatrix(rows, cols, d));
      }
      weights.put(net.name(), ws);
    }
    return new io.kairos.compiler.run.TrainedModel(model, weights);
  }
}
