package io.kairos.compiler.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.run.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the one deploy-folder reader gives the chip commands (tables, ports) and how it refuses
 * folders that are not deploy folders: every refusal is an {@link InterchangeException} with one
 * line naming the file or folder.
 */
class DeployFolderReadingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path deploy(String name) throws Exception {
    Path dir = tmp.resolve(name);
    ExportFixtures.deploy(ExportFixtures.classifier(3, 20, 12, 8, 4), "loihi1", dir);
    return dir;
  }

  private static InterchangeException refused(Path dir) {
    var e = assertThrows(InterchangeException.class, () -> DeployFolder.load(dir));
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    return e;
  }

  @Test
  void theBinaryTablesAreReadAndTheJsonOnesWhenThereIsNoBinaryImage() throws Exception {
    Path dir = deploy("d");
    DeployFolder withKct = DeployFolder.load(dir);
    Files.delete(dir.resolve(DeployedNetwork.TABLES_BINARY));
    DeployFolder withJson = DeployFolder.load(dir);
    assertEquals(withKct.tables(), withJson.tables());
    assertEquals(dir, withJson.dir());
    assertEquals("loihi1", withJson.chip().name());
    assertEquals(withKct.network(null), withJson.network(null));
  }

  @Test
  void portsDefaultToTheFirstNetworkAndAnUnknownNameListsTheDeployedOnes() throws Exception {
    Path dir = tmp.resolve("gan");
    ExportFixtures.deploy(DeployFolderTest.shrunkGan(), "loihi2", dir);
    DeployFolder f = DeployFolder.load(dir);
    assertEquals("Generator", f.ports(null).network());
    assertEquals(f.mapping().networks().get(1), f.ports("Discriminator"));
    assertEquals(f.mapping().networks().get(0), f.ports("Generator"));
    var e = assertThrows(InterchangeException.class, () -> f.ports("Critic"));
    assertEquals("the deploy folder has no network Critic; it has Generator, Discriminator", e.getMessage());
    var n = assertThrows(InterchangeException.class, () -> f.network("Critic"));
    assertEquals(e.getMessage(), n.getMessage());
  }

  @Test
  void aMissingFileIsNamed() throws Exception {
    Path dir = deploy("no-tables");
    Files.delete(dir.resolve(DeployedNetwork.TABLES_BINARY));
    Files.delete(dir.resolve(DeployedNetwork.TABLES_JSON));
    assertEquals(dir.resolve("tables.json") + " is missing: " + dir + " is not a deploy folder written by `kairos deploy`",
        refused(dir).getMessage());

    Path m = deploy("no-mapping");
    Files.delete(m.resolve(DeployedNetwork.MAPPING_JSON));
    assertTrue(refused(m).getMessage().startsWith(m.resolve("mapping.json") + " is missing"));
  }

  @Test
  void aFolderThatIsNotADeployFolderIsRefusedByName() throws Exception {
    Path run = tmp.resolve("run");
    TrainedModel trained = ExportFixtures.classifier(3, 20, 12, 8, 4);
    trained.save(run);
    assertEquals(run.resolve("chip.json") + " is missing: " + run + " is not a deploy folder written by `kairos deploy`",
        refused(run).getMessage());

    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    assertEquals(file + " is not a folder (expected a deploy folder written by `kairos deploy`)", refused(file).getMessage());
    assertTrue(refused(tmp.resolve("nowhere")).getMessage().startsWith(tmp.resolve("nowhere") + " is not a folder"));
  }

  @Test
  void corruptFilesAreNamed() throws Exception {
    Path chip = deploy("bad-chip");
    Files.writeString(chip.resolve(DeployedNetwork.CHIP_JSON), "{ not json");
    assertTrue(refused(chip).getMessage().startsWith("chip spec " + chip.resolve("chip.json") + ": not valid JSON"),
        refused(chip).getMessage());

    Path model = deploy("bad-model");
    Files.writeString(model.resolve(DeployedNetwork.MODEL_JSON), "[1, 2");
    assertTrue(refused(model).getMessage().startsWith(model.resolve("model.json") + ": not valid Kairos IR JSON"),
        refused(model).getMessage());

    Path mapping = deploy("bad-mapping");
    Files.writeString(mapping.resolve(DeployedNetwork.MAPPING_JSON), "{\"chipSpec\": 3, \"cores\": \"many\"}");
    assertTrue(refused(mapping).getMessage().startsWith(mapping.resolve("mapping.json") + ": not a mapping summary: "),
        refused(mapping).getMessage());

    Path kct = deploy("bad-kct");
    Files.write(kct.resolve(DeployedNetwork.TABLES_BINARY), new byte[] {1, 2, 3});
    assertTrue(refused(kct).getMessage().contains(kct.resolve("tables.kct").toString()), refused(kct).getMessage());
  }

  @Test
  void aMappingThatDisagreesWithTheTablesOrTheModelIsRefused() throws Exception {
    Path empty = deploy("no-networks");
    editMapping(empty, m -> m.set("networks", JSON.createArrayNode()));
    assertEquals(empty.resolve("mapping.json") + " lists no deployed network", refused(empty).getMessage());

    Path unknown = deploy("unknown-network");
    editMapping(unknown, m -> ((ObjectNode) m.get("networks").get(0)).put("network", "ghost"));
    assertEquals(unknown + ": network ghost of mapping.json is not in model.json", refused(unknown).getMessage());

    Path layer = deploy("unknown-layer");
    editMapping(layer, m -> ((ArrayNode) m.get("networks").get(0).get("layers")).set(0, JSON.getNodeFactory().textNode("x")));
    assertEquals(layer + ": layer x of network net is not in the tables", refused(layer).getMessage());

    Path outputs = deploy("bad-outputs");
    editMapping(outputs, m -> ((ObjectNode) m.get("networks").get(0)).put("outputs", 5));
    assertEquals(outputs + ": network net has outputs 0..4 but the tables have 4", refused(outputs).getMessage());

    Path inputs = deploy("short-inputs");
    editMapping(inputs, m -> ((ObjectNode) m.get("networks").get(0)).put("inputs", 11));
    assertEquals(inputs + ": network net has 11 input ports but its encoder in model.json codes 12 inputs",
        refused(inputs).getMessage());
  }

  @Test
  void theTablesRunWithoutTheQuantisationReportButTheExportersNeedIt() throws Exception {
    Path dir = deploy("no-quantisation");
    Files.delete(dir.resolve(DeployedNetwork.QUANTISATION_JSON));
    DeployFolder f = DeployFolder.load(dir);
    assertEquals(4, f.ports(null).outputs());
    var e = assertThrows(InterchangeException.class, () -> f.network(null));
    assertEquals(dir.resolve("quantisation.json") + " is missing: " + dir + " is not a deploy folder written by "
        + "`kairos deploy`", e.getMessage());

    Path bad = deploy("bad-quantisation");
    Files.writeString(bad.resolve(DeployedNetwork.QUANTISATION_JSON), "[{");
    var b = assertThrows(InterchangeException.class, () -> DeployFolder.load(bad).networks());
    assertTrue(b.getMessage().startsWith(bad.resolve("quantisation.json") + ": not valid JSON"), b.getMessage());
  }

  @Test
  void theMappingCanBeReadOnItsOwn() throws Exception {
    Path dir = deploy("mapping");
    assertEquals(DeployFolder.load(dir).mapping(), DeployFolder.readMapping(dir.resolve(DeployedNetwork.MAPPING_JSON)));
    Files.writeString(dir.resolve(DeployedNetwork.MAPPING_JSON), "null");
    var e = assertThrows(InterchangeException.class, () -> DeployFolder.readMapping(dir.resolve("mapping.json")));
    assertTrue(e.getMessage().startsWith(dir.resolve("mapping.json") + ": not a mapping summary"), e.getMessage());
  }

  private static void editMapping(Path dir, java.util.function.Consumer<ObjectNode> edit) throws Exception {
    Path f = dir.resolve(DeployedNetwork.MAPPING_JSON);
    ObjectNode m = (ObjectNode) JSON.readTree(f.toFile());
    edit.accept(m);
    Files.writeString(f, JSON.writeValueAsString(m));
  }
}
