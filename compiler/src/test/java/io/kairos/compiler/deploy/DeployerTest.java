package io.kairos.compiler.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.CoreTablesBinary;
import io.kairos.hardware.tables.CoreTablesJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployerTest {
  @TempDir Path tmp;

  private static io.kairos.compiler.run.TrainedModel model() {
    var rnd = new SplittableRandom(4);
    int[] sizes = {16, 8, 4};
    return DeployFixtures.ifModel(20, sizes, new double[] {2, 1.5}, DeployFixtures.weights(sizes, () -> rnd.nextDouble(-0.5, 1)));
  }

  @Test
  void writesAReadableDeployFolderAndReplacesAnOldOne() throws Exception {
    var spec = ChipSpecLoader.preset("loihi1");
    DeployedNetwork d = Deployer.deploy(model(), List.of("net"), spec, Map.of("weight_bits", 6.0));
    assertEquals(6, d.quantisation().get(0).layers().get(0).weightBits());
    assertEquals(FireOnce.SELF_INHIBITION, d.quantisation().get(0).layers().get(0).fireOnce());
    assertEquals(2, d.mapping().cores());
    assertEquals(List.of("net/L1", "net/L2"), d.mapping().networks().get(0).layers());
    Path out = tmp.resolve("deploy");
    Files.createDirectories(out);
    Files.writeString(out.resolve("stale.txt"), "old");
    d.writeTo(out);
    assertFalse(Files.exists(out.resolve("stale.txt")));
    assertEquals(d.tables(), CoreTablesJson.read(out.resolve(DeployedNetwork.TABLES_JSON), spec));
    assertEquals(d.tables(), CoreTablesBinary.read(out.resolve(DeployedNetwork.TABLES_BINARY), spec));
    String mapping = Files.readString(out.resolve(DeployedNetwork.MAPPING_JSON));
    assertTrue(mapping.contains("\"fireOnceSynapses\""), mapping);
    assertTrue(Files.readString(out.resolve(DeployedNetwork.SUMMARY_TXT)).contains("quantisation of network net"));
    assertTrue(Files.readString(out.resolve(DeployedNetwork.QUANTISATION_JSON)).contains("\"scaleLimit\""));
    assertEquals(model().model(), io.kairos.compiler.ir.IrJson.read(Files.readString(out.resolve(DeployedNetwork.MODEL_JSON))));
    try (var s = Files.list(tmp)) {
      assertEquals(List.of(out), s.toList(), "no temporary folders left behind");
    }
  }

  @Test
  void twoNetworksShareTheTablesWithConsecutivePorts() {
    var rnd = new SplittableRandom(9);
    var a = new io.kairos.compiler.ir.Network("A", "in",
        List.of(new io.kairos.compiler.ir.Population("h", 5, "IF", 1, List.of())),
        List.of(new io.kairos.compiler.ir.Projection("in", "h", new io.kairos.compiler.ir.Init.Uniform(0, 1))), null);
    var b = new io.kairos.compiler.ir.Network("B", "in",
        List.of(new io.kairos.compiler.ir.Population("h", 3, "IF", 1, List.of())),
        List.of(new io.kairos.compiler.ir.Projection("in", "h", new io.kairos.compiler.ir.Init.Uniform(0, 1))), null);
    var model = new io.kairos.compiler.ir.Model(io.kairos.compiler.ir.Model.SCHEMA_VERSION, "M", 20,
        List.of(new io.kairos.compiler.ir.IfNeuron("IF", 1, 20)),
        List.of(new io.kairos.compiler.ir.NoiseLatencyEncoder("in", 4)), List.of(a, b), null, null);
    var tm = new io.kairos.compiler.run.TrainedModel(model, Map.of(
        "A", DeployFixtures.weights(new int[] {4, 5}, () -> rnd.nextDouble(-1, 1)),
        "B", DeployFixtures.weights(new int[] {4, 3}, () -> rnd.nextDouble(-1, 1))));
    assertEquals(List.of("A", "B"), Deployer.trainedNetworks(tm));
    DeployedNetwork d = Deployer.deploy(tm, List.of("A", "B"), ChipSpecLoader.preset("loihi1"), Map.of());
    var ports = d.mapping().networks();
    assertEquals(0, ports.get(0).firstInputPort());
    assertEquals(4, ports.get(1).firstInputPort());
    assertEquals(5, ports.get(1).firstOutput());
    assertEquals(8, d.tables().inputs().size());
    assertEquals(8, d.tables().outputs().size());
    assertEquals(5, d.tables().layer("A/h").size());
    assertEquals(3, d.tables().layer("B/h").size());
    var e = assertThrows(DeploymentException.class,
        () -> Deployer.deploy(tm, List.of("A", "A"), ChipSpecLoader.preset("loihi1"), Map.of()));
    assertTrue(e.getMessage().contains("named twice"), e.getMessage());
  }

  @Test
  void loihi2UsesTheOneShotFlagAndNoSelfSynapses() {
    DeployedNetwork d = Deployer.deploy(model(), List.of("net"), ChipSpecLoader.preset("loihi2"), Map.of());
    assertEquals(0, d.mapping().fireOnceSynapses());
    assertTrue(d.tables().cores().stream().allMatch(c -> c.compartments().stream().allMatch(x -> x.oneShot())));
  }

  @Test
  void unknownSettingsAndNetworksAreUserErrors() {
    var spec = ChipSpecLoader.preset("loihi1");
    var e = assertThrows(DeploymentException.class, () -> Deployer.deploy(model(), List.of("net"), spec, Map.of("bits", 4.0)));
    assertEquals("unknown deployment setting 'bits'; known settings: scale_quantile, weight_bits", e.getMessage());
    var e2 = assertThrows(DeploymentException.class, () -> Deployer.deploy(model(), List.of("net"), spec, Map.of("weight_bits", 4.5)));
    assertTrue(e2.getMessage().contains("[2, 8]") && e2.getMessage().contains("4.5"), e2.getMessage());
    var e3 = assertThrows(DeploymentException.class, () -> Deployer.deploy(model(), List.of("gen"), spec, Map.of()));
    assertEquals("the model has no network gen", e3.getMessage());
  }
}
