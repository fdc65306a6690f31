package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.compiler.ir.Decoder;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy's fidelity report, simulate and energy on small nets over the shipped test digits. */
class ChipCommandsTest {
  static final int WINDOW = 40;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path classifierDeploy;

  /** 784 -> 12 -> 10 IF classifier with seeded random weights (it fires, but it is not trained). */
  static Path classifierRun() throws Exception {
    var net = new Network("cls", "image",
        List.of(new Population("hidden", 12, "IF", 1.0, List.of()),
            new Population("digit", 10, "IF", 1.0, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))),
        List.of(new Projection("image", "hidden", new Init.Uniform(0, 1)), new Projection("hidden", "digit", new Init.Uniform(0, 1))),
        null);
    var model = new Model(Model.SCHEMA_VERSION, "Cls", WINDOW, List.of(new IfNeuron("IF", 1, WINDOW)),
        List.of(new ImageLatencyEncoder("image", 28, 28)), List.of(net), null, null);
    var rnd = new SplittableRandom(5);
    float[] w1 = new float[12 * 784];
    for (int i = 0; i < w1.length; i++) {
      w1[i] = (float) rnd.nextDouble(-0.01, 0.035);
    }
    float[] w2 = new float[10 * 12];
    for (int i = 0; i < w2.length; i++) {
      w2[i] = (float) rnd.nextDouble(-0.2, 0.6);
    }
    var tm = new TrainedModel(model, Map.of("cls", List.of(new WeightMatrix(12, 784, w1), new WeightMatrix(10, 12, w2))));
    Path dir = tmp.resolve("cls-run");
    tm.save(dir);
    return dir;
  }

  /** 5 noise inputs -> 6 hidden -> 4 pixels decoded as a 2 x 2 image. */
  static Path generatorRun() throws Exception {
    var net = new Network("gen", "noise",
        List.of(new Population("hidden", 6, "IF", 1.0, List.of()), new Population("pixels", 4, "IF", 1.0, List.of())),
        List.of(new Projection("noise", "hidden", new Init.Uniform(0, 1)), new Projection("hidden", "pixels", new Init.Uniform(0, 1))),
        new Decoder("pixels", "image"));
    var model = new Model(Model.SCHEMA_VERSION, "Gen", WINDOW, List.of(new IfNeuron("IF", 1, WINDOW)),
        List.of(new NoiseLatencyEncoder("noise", 5), new ImageLatencyEncoder("image", 2, 2)), List.of(net), null, null);
    var rnd = new SplittableRandom(9);
    float[] w1 = new float[30];
    for (int i = 0; i < w1.length; i++) {
      w1[i] = (float) rnd.nextDouble(0, 0.7);
    }
    float[] w2 = new float[24];
    for (int i = 0; i < w2.length; i++) {
      w2[i] = (float) rnd.nextDouble(-0.1, 0.8);
    }
    var tm = new TrainedModel(model, Map.of("gen", List.of(new WeightMatrix(6, 5, w1), new WeightMatrix(4, 6, w2))));
    Path dir = tmp.resolve("gen-run");
    tm.save(dir);
    return dir;
  }

  @BeforeAll
  static void deployClassifier() throws Exception {
    classifierDeploy = tmp.resolve("cls-deploy");
    var r = CliRun.run("deploy", classifierRun().toString(), "--target", "loihi1", "--out",
        classifierDeploy.toString(), "--samples", "60");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("fidelity of classifier cls on 60 samples"), r.out());
    assertTrue(r.out().contains("accuracy, S4NN rule:"), r.out());
    assertTrue(r.out().contains("decision agreement:"), r.out());
  }

  @Test
  void deployWritesTheFidelityReportAndTheManifest() throws Exception {
    JsonNode f = JSON.readTree(classifierDeploy.resolve("fidelity.json").toFile());
    JsonNode rep = f.get("reports").get(0);
    assertEquals("classifier", rep.get("kind").asText());
    assertEquals(60, rep.get("samples").asInt());
    assertEquals(2, rep.get("layers").size());
    double acc = rep.get("floatAccuracyS4nn").asDouble();
    assertTrue(acc >= 0 && acc <= 1);
    assertTrue(rep.get("layers").get(0).get("floatFiredShare").asDouble() > 0.05, "the fixture's hidden layer fires");
    JsonNode m = JSON.readTree(classifierDeploy.resolve("deploy.json").toFile());
    assertEquals("loihi1", m.get("target").asText());
    assertEquals("cls", m.get("networks").get(0).asText());
  }

  @Test
  void simulateMatchesTheFixedPointReferenceBitForBit() throws Exception {
    Path out = tmp.resolve("sim-verify");
    var r = CliRun.run("simulate", classifierDeploy.toString(), "--samples", "100", "--verify-reference",
        "--threads", "2", "--out", out.toString());
    assertEquals(0, r.status(), r.err() + r.out());
    assertTrue(r.out().contains("bit-exact: the hardware model equals the fixed-point reference in every neuron of every "
        + "layer on 100 of 100 samples"), r.out());
    assertTrue(r.out().contains("ESTIMATE per inference on loihi1"), r.out());
    JsonNode s = JSON.readTree(out.resolve("simulation.json").toFile());
    assertEquals(100, s.get("perSample").size());
    assertEquals(100, s.get("referenceCheck").get("exactSamples").asInt());
    assertNotNull(ImageIO.read(out.resolve("raster.png").toFile()));
  }

  @Test
  void threadCountDoesNotChangeResults() throws Exception {
    Path a = tmp.resolve("sim-t1");
    Path b = tmp.resolve("sim-t2");
    assertEquals(0, CliRun.run("simulate", classifierDeploy.toString(), "--samples", "40", "--threads", "1",
        "--out", a.toString()).status());
    assertEquals(0, CliRun.run("simulate", classifierDeploy.toString(), "--samples", "40", "--threads", "2",
        "--out", b.toString()).status());
    JsonNode x = JSON.readTree(a.resolve("simulation.json").toFile());
    JsonNode y = JSON.readTree(b.resolve("simulation.json").toFile());
    assertEquals(x.get("perSample"), y.get("perSample"));
    assertEquals(x.get("energy"), y.get("energy"));
  }

  @Test
  void earlyExitKeepsDecisionsAndSavesEnergy() throws Exception {
    Path full = tmp.resolve("sim-full");
    Path early = tmp.resolve("sim-early");
    assertEquals(0, CliRun.run("simulate", classifierDeploy.toString(), "--samples", "50", "--out",
        full.toString()).status());
    var r = CliRun.run("simulate", classifierDeploy.toString(), "--samples", "50", "--early-exit", "--out",
        early.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("early exit saves"), r.out());
    JsonNode f = JSON.readTree(full.resolve("simulation.json").toFile());
    JsonNode e = JSON.readTree(early.resolve("simulation.json").toFile());
    assertEquals(f.get("classifier"), e.get("classifier"), "stopping at the decision keeps every decision");
    for (int i = 0; i < 50; i++) {
      JsonNode fs = f.get("perSample").get(i);
      JsonNode es = e.get("perSample").get(i);
      assertEquals(fs.get("prediction"), es.get("prediction"));
      assertEquals(fs.get("decisionStep"), es.get("decisionStep"));
      int expectSteps = es.get("decisionStep").asInt() < WINDOW ? es.get("decisionStep").asInt() + 1 : WINDOW;
      assertEquals(expectSteps, es.get("steps").asInt(), "sample " + i + " stops after its decision step");
      assertTrue(es.get("totalUj").asDouble() <= fs.get("totalUj").asDouble());
    }
    assertEquals(f.get("energy").get("totalUj").asDouble(), e.get("fullWindowEnergy").get("totalUj").asDouble(), 1e-12);
    double saved = e.get("energySavedUj").asDouble();
    assertEquals(f.get("energy").get("totalUj").asDouble() - e.get("energy").get("totalUj").asDouble(), saved, 1e-9);
    assertTrue(saved > 0, "the fixture decides before the window ends");
  }

  @Test
  void energyPrintsTheSummaryTable() {
    var r = CliRun.run("energy", classifierDeploy.toString(), "--samples", "5");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("ESTIMATE per inference on loihi1 (full window of 40 steps), mean over 5 samples"), r.out());
    assertTrue(r.out().contains("dynamic energy"), r.out());
    assertTrue(r.out().contains("static energy"), r.out());
    assertTrue(r.out().contains("layer cls/hidden"), r.out());
  }

  @Test
  void generatorDeploysWithPixelFidelityAndSimulatesToImages() throws Exception {
    Path dep = tmp.resolve("gen-deploy");
    var d = CliRun.run("deploy", generatorRun().toString(), "--target", "loihi2", "--out", dep.toString(),
        "--samples", "30", "--seed", "4");
    assertEquals(0, d.status(), d.err());
    assertTrue(d.out().contains("fidelity of generator gen on 30 samples"), d.out());
    assertTrue(d.out().contains("identical output times:"), d.out());
    assertTrue(d.out().contains("note: generator gen: FD not measured (it needs 28x28 digits"), d.out());
    Path out = tmp.resolve("gen-sim");
    var s = CliRun.run("simulate", dep.toString(), "--samples", "9", "--verify-reference", "--out", out.toString());
    assertEquals(0, s.status(), s.err() + s.out());
    assertTrue(s.out().contains("bit-exact"), s.out());
    var img = ImageIO.read(out.resolve("images.png").toFile());
    assertEquals(3 * (2 * 2 + 1) + 1, img.getWidth(), "a 3 x 3 grid of 2 x 2 images at 2x with 1-pixel gaps and border");
    var e = CliRun.run("simulate", dep.toString(), "--early-exit");
    assertEquals(ExitCodes.USER_ERROR, e.status());
    assertTrue(e.err().startsWith("error: --early-exit stops at a classifier's decision"), e.err());
  }

  private static void idx(Path file, int magic, int[] dims, byte[] data) throws Exception {
    var b = java.nio.ByteBuffer.allocate(4 + 4 * dims.length + data.length);
    b.putInt(magic);
    for (int d : dims) {
      b.putInt(d);
    }
    b.put(data);
    Files.write(file, b.array());
  }

  @Test
  void theDataARunWasTrainedOnIsTheDefault() throws Exception {
    Path data = tmp.resolve("tiny-data");
    Files.createDirectories(data);
    byte[] train = new byte[5 * 4];
    byte[] test = new byte[6 * 4];
    for (int i = 0; i < test.length; i++) {
      test[i] = (byte) (40 * (i % 7));
    }
    idx(data.resolve("train-images-idx3-ubyte"), 0x803, new int[] {5, 2, 2}, train);
    idx(data.resolve("train-labels-idx1-ubyte"), 0x801, new int[] {5}, new byte[] {0, 1, 2, 0, 1});
    idx(data.resolve("t10k-images-idx3-ubyte"), 0x803, new int[] {6, 2, 2}, test);
    idx(data.resolve("t10k-labels-idx1-ubyte"), 0x801, new int[] {6}, new byte[] {0, 1, 2, 2, 1, 0});
    var net = new Network("tiny", "image", List.of(new Population("out", 3, "IF", 1.0, List.of("a", "b", "c"))),
        List.of(new Projection("image", "out", new Init.Uniform(0, 1))), null);
    var model = new Model(Model.SCHEMA_VERSION, "Tiny", WINDOW, List.of(new IfNeuron("IF", 1, WINDOW)),
        List.of(new ImageLatencyEncoder("image", 2, 2)), List.of(net), null, null);
    Path run = tmp.resolve("tiny-run");
    new TrainedModel(model, Map.of("tiny", List.of(new WeightMatrix(3, 4,
        new float[] {0.5f, 0.6f, 0, 0.1f, 0.2f, 0.9f, 0.4f, 0, 0.3f, 0.3f, 0.3f, 0.3f})))).save(run);
    Files.writeString(run.resolve("run.json"), "{\"format\": 1, \"data\": \"" + data.toAbsolutePath() + "\"}");
    Path dep = tmp.resolve("tiny-deploy");
    var d = CliRun.run("deploy", run.toString(), "--target", "loihi1", "--out", dep.toString());
    assertEquals(0, d.status(), d.err());
    assertTrue(d.out().contains("fidelity of classifier tiny on 6 samples"), d.out());
    var s = CliRun.run("simulate", dep.toString(), "--verify-reference");
    assertEquals(0, s.status(), s.err());
    assertTrue(s.out().contains("6 held-out test images"), s.out());
    assertTrue(s.out().contains("on 6 of 6 samples"), s.out());
  }

  /** A copy of the classifier's deploy folder, to break. */
  private static Path copyDeploy(String name) throws Exception {
    Path d = tmp.resolve(name);
    Files.createDirectories(d);
    try (var files = Files.list(classifierDeploy)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, d.resolve(f.getFileName()));
      }
    }
    return d;
  }

  private static void assertUserError(String expectedStart, String... args) {
    var r = CliRun.run(args);
    assertEquals(ExitCodes.USER_ERROR, r.status(), r.out() + r.err());
    assertTrue(r.err().startsWith("error: " + expectedStart), r.err());
    assertTrue(r.err().lines().noneMatch(l -> l.contains("Exception") || l.strip().startsWith("at ")),
        "no stack trace: " + r.err());
  }

  @Test
  void tablesThatReferenceMissingCoresOrAxonsAreUserErrors() throws Exception {
    Path d = copyDeploy("bad-route");
    Files.delete(d.resolve("tables.kct"));
    ObjectNode t = (ObjectNode) JSON.readTree(d.resolve("tables.json").toFile());
    ArrayNode route = (ArrayNode) t.get("cores").get(0).get("routes").get(0).get(0);
    route.set(1, JSON.getNodeFactory().numberNode(99)); // a core that does not exist
    Files.writeString(d.resolve("tables.json"), JSON.writeValueAsString(t));
    assertUserError("core tables", "simulate", d.toString(), "--samples", "2");

    Path a = copyDeploy("bad-axon");
    Files.delete(a.resolve("tables.kct"));
    ObjectNode u = (ObjectNode) JSON.readTree(a.resolve("tables.json").toFile());
    ArrayNode dest = (ArrayNode) u.get("inputs").get(0).get("destinations").get(0);
    dest.set(2, JSON.getNodeFactory().numberNode(100000)); // an axon that does not exist
    Files.writeString(a.resolve("tables.json"), JSON.writeValueAsString(u));
    assertUserError("core tables", "energy", a.toString(), "--samples", "2");
  }

  @Test
  void aSpecWhoseLimitsTheTablesBreakIsAUserError() throws Exception {
    Path d = copyDeploy("small-spec");
    ObjectNode spec = (ObjectNode) JSON.readTree(d.resolve("chip.json").toFile());
    ((ObjectNode) spec.get("core")).put("compartments_per_core", 8); // the hidden core holds 12
    Files.writeString(d.resolve("chip.json"), JSON.writeValueAsString(spec));
    var r = CliRun.run("simulate", d.toString(), "--samples", "2");
    assertTrue(r.err().contains("12 compartments exceed 'core.compartments_per_core' = 8 by 4"), r.err());
  }

  @Test
  void inputsForPortsTheTablesDoNotHaveAreUserErrors() throws Exception {
    Path d = copyDeploy("bad-ports");
    ObjectNode m = (ObjectNode) JSON.readTree(d.resolve("mapping.json").toFile());
    ((ObjectNode) m.get("networks").get(0)).put("firstInputPort", 5); // 784 inputs from port 5: past the last port
    Files.writeString(d.resolve("mapping.json"), JSON.writeValueAsString(m));
    assertUserError(d + ": network cls has input ports 5..788 but the tables have 784", "simulate", d.toString());
  }

  /** The deploy-folder reader is shared with export and codegen: its refusals are one line, exit 2, for every command. */
  @Test
  void missingOrCorruptDeployFilesAreOneLineUserErrors() throws Exception {
    Path noTables = copyDeploy("no-tables");
    Files.delete(noTables.resolve("tables.kct"));
    Files.delete(noTables.resolve("tables.json"));
    String missing = noTables.resolve("tables.json") + " is missing: " + noTables + " is not a deploy folder written by `kairos deploy`";
    assertUserError(missing, "simulate", noTables.toString());
    assertUserError(missing, "energy", noTables.toString());
    assertUserError(missing, "bench", "chip", noTables.toString(), "--samples", "1");
    assertUserError(missing, "export", noTables.toString(), "--format", "netx", "--out", tmp.resolve("x.net").toString());
    assertUserError(missing, "codegen", noTables.toString(), "--java", "--package", "a.b", "--out", tmp.resolve("x").toString());

    Path badChip = copyDeploy("corrupt-chip");
    Files.writeString(badChip.resolve("chip.json"), "{\"name\": ");
    assertUserError("chip spec " + badChip.resolve("chip.json") + ": not valid JSON", "simulate", badChip.toString());
    assertUserError("chip spec " + badChip.resolve("chip.json") + ": not valid JSON", "codegen", badChip.toString(),
        "--java", "--package", "a.b", "--out", tmp.resolve("y").toString());

    Path badMapping = copyDeploy("corrupt-mapping");
    Files.writeString(badMapping.resolve("mapping.json"), "[]");
    assertUserError(badMapping.resolve("mapping.json") + ": not a mapping summary", "energy", badMapping.toString());

    Path noQuantisation = copyDeploy("no-quantisation");
    Files.delete(noQuantisation.resolve("quantisation.json"));
    var s = CliRun.run("energy", noQuantisation.toString(), "--samples", "2");
    assertEquals(0, s.status(), s.err()); // the chip runs the tables; only the exporters need the exponents
    assertUserError(noQuantisation.resolve("quantisation.json") + " is missing", "export", noQuantisation.toString(),
        "--format", "netx", "--out", tmp.resolve("z.net").toString());

    Path run = tmp.resolve("cls-run");
    assertUserError(run.resolve("chip.json") + " is missing: " + run + " is not a deploy folder", "simulate", run.toString());
  }

  @Test
  void otherMistakesAreUserErrors() throws Exception {
    assertUserError(tmp.resolve("nowhere") + " is not a folder", "simulate", tmp.resolve("nowhere").toString());
    assertUserError("--verify-reference compares every neuron over the full window", "simulate",
        classifierDeploy.toString(), "--verify-reference", "--early-exit");
    assertUserError("--samples must be >= 1", "energy", classifierDeploy.toString(), "--samples", "0");
    Path d = copyDeploy("no-model");
    Files.delete(d.resolve("model.json"));
    assertUserError(d.resolve("model.json") + " is missing", "simulate", d.toString());
  }
}
