package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.Population;
import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.train.RunFolder;
import io.kairos.runtime.train.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanCommandsTest {
  @TempDir Path tmp;

  private static void assertUserError(CliRun.Result r, String fragment) {
    assertEquals(ExitCodes.USER_ERROR, r.status(), r.out() + r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertTrue(r.err().contains(fragment), r.err());
    assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
  }

  @Test
  void trainRefusesAGeneratorThatDoesNotFitTheDiscriminator() throws Exception {
    Model m = SpikingGanModels.model(SpikingGanModels.defaults());
    Network g = m.network("generator").orElseThrow();
    List<Population> populations = new java.util.ArrayList<>(g.populations());
    populations.set(populations.size() - 1, new Population("pixels", 700, "if", 100, List.of()));
    Network g700 = new Network(g.name(), g.input(), populations, g.projections(), g.decoder());
    Model bad = new Model(m.schemaVersion(), m.name(), m.window(), m.neurons(), m.encoders(),
        List.of(g700, m.network("discriminator").orElseThrow()), m.training(), null);
    Path f = tmp.resolve("bad.json");
    Files.writeString(f, IrJson.write(bad));
    var r = CliRun.run("train", f.toString(), "--out", tmp.resolve("run").toString(), "--threads", "1");
    assertUserError(r, "700 outputs");
    assertTrue(!Files.exists(tmp.resolve("run")));
  }

  @Test
  void aGanCannotResumeAClassifierRun() throws Exception {
    Path run = tmp.resolve("cls");
    RunFolder.create(run, TrainingConfig.of(S4nnModels.s4nn(4, 1, 1), null, 1), "tiny");
    Path f = tmp.resolve("gan.json");
    Files.writeString(f, IrJson.write(SpikingGanModels.model(SpikingGanModels.defaults())));
    var r = CliRun.run("train", f.toString(), "--out", run.toString(), "--resume", "--threads", "1");
    assertUserError(r, "not a GAN run");
  }

  @Test
  void badGanOptionsAreUserErrors() throws Exception {
    Path f = tmp.resolve("gan.json");
    Files.writeString(f, IrJson.write(SpikingGanModels.model(SpikingGanModels.defaults())));
    assertUserError(CliRun.run("train", f.toString(), "--out", tmp.resolve("fm").toString(), "--threads", "1",
        "--feature-matching", "1.5"), "feature-matching share");
    assertUserError(CliRun.run("train", f.toString(), "--out", tmp.resolve("hr").toString(), "--threads", "1",
        "--hidden-rate", "2"), "hidden rate");
    assertUserError(CliRun.run("gan", "ann", "--epochs", "0"), "--epochs");
    assertUserError(CliRun.run("gan", "ann", "--real-label", "1.5"), "real label");
    assertUserError(CliRun.run("gan", "ann", "--dropout", "1"), "dropout");
  }

  @Test
  void badGeneratorBatchOrPairingInIrAreUserErrors() throws Exception {
    String json = IrJson.write(SpikingGanModels.model(SpikingGanModels.defaults()));
    assertTrue(json.matches("(?s).*\"generatorBatch\" : [0-9]+,.*") && json.contains("\"matchingPairing\" : \"optimal\""));
    Path zero = tmp.resolve("zero.json");
    Files.writeString(zero, json.replaceAll("\"generatorBatch\" : [0-9]+,", "\"generatorBatch\" : 0,"));
    assertUserError(CliRun.run("train", zero.toString(), "--out", tmp.resolve("z").toString(), "--threads", "1"),
        "generator batch must be >= 1, got 0");
    Path best = tmp.resolve("best.json");
    Files.writeString(best, json.replace("\"matchingPairing\" : \"optimal\"", "\"matchingPairing\" : \"best\""));
    assertUserError(CliRun.run("train", best.toString(), "--out", tmp.resolve("b").toString(), "--threads", "1"),
        "best");
    Path off = tmp.resolve("off.json");
    Files.writeString(off, json
        .replaceAll("\"sampleMatching\" : [0-9.]+", "\"sampleMatching\" : 0.0")
        .replaceAll("\"matchingMargin\" : [0-9.]+", "\"matchingMargin\" : 0.0"));
    assertUserError(CliRun.run("train", off.toString(), "--out", tmp.resolve("o").toString(), "--threads", "1"),
        "matching pairing optimal needs sample matching");
    assertTrue(!Files.exists(tmp.resolve("z")) && !Files.exists(tmp.resolve("b")) && !Files.exists(tmp.resolve("o")));
  }

  @Test
  void ganBenchTimesTheDefaultWithItsGeneratorAverage() {
    CliRun.Result r = CliRun.run("gan", "bench", "--steps", "2", "--threads", "1");
    assertEquals(0, r.status(), r.err());
    var d = SpikingGanModels.defaults();
    assertTrue(r.out().contains("batch " + d.batch() + ", generator batch " + d.generatorBatch()
        + ", generator average " + d.generatorAverage() + ","), r.out());
    assertTrue(r.out().matches("(?s).*: [0-9.]+ G\\+D updates/s, [0-9]+ samples/s.*"), r.out());
  }

  @Test
  void aGeneratorAverageOutsideZeroToBelowOneInIrIsAUserError() throws Exception {
    String json = IrJson.write(SpikingGanModels.model(SpikingGanModels.defaults()));
    assertTrue(json.matches("(?s).*\"generatorAverage\" : [0-9.]+,.*"), "the model states its generator average");
    for (String bad : List.of("1.0", "-0.1")) {
      Path f = tmp.resolve("average" + bad + ".json");
      Files.writeString(f, json.replaceAll("\"generatorAverage\" : [0-9.]+,", "\"generatorAverage\" : " + bad + ","));
      Path out = tmp.resolve("a" + bad);
      assertUserError(CliRun.run("train", f.toString(), "--out", out.toString(), "--threads", "1"),
          "generator average must be in [0, 1), got " + Double.parseDouble(bad));
      assertTrue(!Files.exists(out));
    }
  }

  @Test
  void qualityNeedsAGanRunFolder() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertUserError(CliRun.run("quality", empty.toString()), "holds no generator");
    assertUserError(CliRun.run("quality", tmp.resolve("missing").toString()), "is not a folder");
  }

  @Test
  void ganModelPrintsTrainableIr() {
    var r = CliRun.run("gan", "model");
    assertEquals(0, r.status(), r.err());
    Model m = IrJson.read(r.out());
    assertTrue(m.training() instanceof io.kairos.compiler.ir.GanTraining);
  }

  @Test
  void ganModelSetChangesExactlyTheNamedSettings() throws Exception {
    var r = CliRun.run("gan", "model", "--set", "training.batch=16", "--set", "training.generatorOptimizer.lr=0.001",
        "--set", "training.seed=8", "--set", "training.matchingPairing=greedy");
    assertEquals(0, r.status(), r.err());
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var got = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(r.out());
    var want = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
        IrJson.write(SpikingGanModels.model(SpikingGanModels.defaults())));
    var training = (com.fasterxml.jackson.databind.node.ObjectNode) want.get("training");
    training.put("batch", 16);
    training.put("seed", 8);
    training.put("matchingPairing", "greedy");
    ((com.fasterxml.jackson.databind.node.ObjectNode) training.get("generatorOptimizer")).put("lr", 0.001);
    assertEquals(want, got);
    var m = (io.kairos.compiler.ir.GanTraining) IrJson.read(r.out()).training();
    assertEquals(16, m.batch());
    assertEquals(8, m.seed());
  }

  @Test
  void ganModelSetRefusesUnknownKeysBadValuesAndOutOfRangeSettings() {
    assertUserError(CliRun.run("gan", "model", "--set", "training.bacth=16"),
        "the model has no setting training.bacth; training has ");
    assertUserError(CliRun.run("gan", "model", "--set", "trainin.batch=16"), "the model has no setting trainin.batch");
    assertUserError(CliRun.run("gan", "model", "--set", "networks.generator=1"), "no setting networks.generator");
    assertUserError(CliRun.run("gan", "model", "--set", "training.batch=sixteen"), "training.batch is a whole number");
    assertUserError(CliRun.run("gan", "model", "--set", "training.sampleMatching=lots"), "is a number");
    assertUserError(CliRun.run("gan", "model", "--set", "training.batch"), "expected KEY=VALUE");
    assertUserError(CliRun.run("gan", "model", "--set", "training.generatorAverage=1.5"),
        "generator average must be in [0, 1), got 1.5");
  }
}
