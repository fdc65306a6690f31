package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.gan.GanConfig;
import io.kairos.runtime.gan.GanRunFolder;
import io.kairos.runtime.gan.GanTrainer;
import io.kairos.runtime.gan.GeneratorDiagnosis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kairos gan diagnose} on a tiny GAN (full-size images, tiny layers) trained for one epoch on 32 digits. */
class GanDiagnoseCommandTest {
  @TempDir static Path tmp;
  static Path run;
  static Model model;

  static Model tinyMnistGan() {
    var spec = SpikingGanModels.defaults().toBuilder()
        .noise(20).noiseActive(6)
        .generatorHidden(List.of(new SpikingGanModels.Layer(30, new Init.Uniform(-10, 60))))
        .discriminatorHidden(8).epochs(1).generatorBatch(8).seed(11)
        .labelNoise(0).deadNeuronRate(0).sampleMatching(0).generatorCentring(0).matchingMargin(0)
        .matchingPairing(MatchingPairing.GREEDY).generatorAverage(0)
        .generatorOutputInit(new Init.Uniform(-4, 12)).discriminatorOutputInit(new Init.Uniform(0, 60))
        .build();
    return SpikingGanModels.model(spec);
  }

  @BeforeAll
  static void trainTinyRun() throws Exception {
    model = tinyMnistGan();
    Path f = tmp.resolve("tiny-gan.json");
    Files.writeString(f, IrJson.write(model));
    run = tmp.resolve("run");
    var r = CliRun.run("train", f.toString(), "--epochs", "1", "--subset", "32", "--quality-every", "0", "--threads", "2",
        "--out", run.toString());
    assertEquals(0, r.status(), r.out() + r.err());
  }

  private static void assertUserError(CliRun.Result r, String fragment) {
    assertEquals(ExitCodes.USER_ERROR, r.status(), r.out() + r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertTrue(r.err().contains(fragment), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  @Test
  void printsTheReportAndWritesTheSameNumbersAsJson() throws Exception {
    Path json = tmp.resolve("one.json");
    var r = CliRun.run("gan", "diagnose", run.toString(), "--samples", "30", "--threads", "1", "--json", json.toString());
    assertEquals(0, r.status(), r.out() + r.err());
    for (String s : new String[] {"generator of epoch 1", "spikes per sample", "hidden (30)", "pixels (784)",
        "lit pixels per sample", "real held-out", "output margin", "[0.98, 1]", ">= 1.2", "all 30 samples",
        "with lit pixels in [", "noise samples drawn", "wrote " + json}) {
      assertTrue(r.out().contains(s), "missing '" + s + "' in:\n" + r.out());
    }
    JsonNode j = JsonMapper.builder().build().readTree(json.toFile());
    assertEquals(1, j.get("epoch").asInt());
    assertEquals(11, j.get("seed").asLong());
    assertEquals(30, j.get("samples").asInt());
    // The library on the run's generator, the run's seed and the quality stream gives the same numbers.
    GeneratorDiagnosis.Spikes s;
    try (Parallel p = new Parallel(1)) {
      var nets = GanTrainer.loadRun(run);
      s = GeneratorDiagnosis.spikes(nets.generator(), nets.noise(), 11, 30, p);
    }
    assertEquals(s.lit().mean(), j.at("/litPixels/mean").asDouble());
    assertEquals(s.lit().p95(), j.at("/litPixels/p95").asInt());
    assertEquals(s.layers().get(0).spikes().mean(), j.at("/layers/0/spikes/mean").asDouble());
    assertEquals(s.margins().silentPairs(), j.at("/outputMargins/silentPairs").asLong());
    assertEquals(30L * 784, j.at("/outputMargins/silentPairs").asLong() + j.at("/outputMargins/firedPairs").asLong());
    assertTrue(j.at("/layers/1/correlationWithLit").isNull(), "the output layer has no correlation with itself");
    assertEquals(30, j.at("/realNonzeroPixels/count").asInt());
    assertEquals(30, j.at("/brightnessCost/all/samples").asInt());
    int passed = j.at("/brightnessCost/passed").asInt();
    assertTrue(passed >= 2 && passed <= 30, "passed " + passed);
    assertEquals(j.at("/realNonzeroPixels/p5").asInt(), j.at("/brightnessCost/low").asInt());
    assertEquals(j.at("/realNonzeroPixels/p95").asInt(), j.at("/brightnessCost/high").asInt());
  }

  @Test
  void theThreadCountNeverChangesTheNumbers() throws Exception {
    Path one = tmp.resolve("t1.json");
    Path three = tmp.resolve("t3.json");
    assertEquals(0, CliRun.run("gan", "diagnose", run.toString(), "--samples", "25", "--threads", "1", "--json",
        one.toString()).status());
    assertEquals(0, CliRun.run("gan", "diagnose", run.toString(), "--samples", "25", "--threads", "3", "--json",
        three.toString()).status());
    assertEquals(Files.readString(one), Files.readString(three));
  }

  @Test
  void userErrorsExitTwoWithOneSentence() throws Exception {
    assertUserError(CliRun.run("gan", "diagnose", tmp.resolve("missing").toString()), "is not a folder");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertUserError(CliRun.run("gan", "diagnose", empty.toString()), "not a GAN run folder");
    Path fresh = tmp.resolve("fresh");
    GanRunFolder.create(fresh, GanConfig.of(model, 1, 1, 0, 0), "tiny");
    assertUserError(CliRun.run("gan", "diagnose", fresh.toString()), "no epoch was committed");
    assertUserError(CliRun.run("gan", "diagnose", run.toString(), "--samples", "1"), "--samples");
    assertUserError(CliRun.run("gan", "diagnose", run.toString(), "--samples", "-5"), "--samples");
    assertUserError(CliRun.run("gan", "diagnose", run.toString(), "--threads", "0"), "--threads");
    assertFalse(Files.exists(tmp.resolve("nothing.json")));
  }
}
