package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.IfNeuron;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployCommandTest {
  @TempDir Path tmp;

  private Path run() throws Exception {
    var net = new Network("net", "in", List.of(new Population("out", 2, "IF", 1.0, List.of("a", "b"))),
        List.of(new Projection("in", "out", new Init.Uniform(0, 1))), null);
    var model = new Model(Model.SCHEMA_VERSION, "M", 16, List.of(new IfNeuron("IF", 1, 16)),
        List.of(new NoiseLatencyEncoder("in", 3)), List.of(net), null, null);
    var tm = new TrainedModel(model, Map.of("net", List.of(new WeightMatrix(2, 3, new float[] {1, 0.5f, -0.2f, 0.3f, 0.9f, 1}))));
    Path dir = tmp.resolve("run");
    tm.save(dir);
    return dir;
  }

  @Test
  void deploysARunFolder() throws Exception {
    Path out = tmp.resolve("deploy");
    var r = CliRun.run("deploy", run().toString(), "--target", "loihi1", "--out", out.toString(), "--set", "weight_bits=6");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("mapping on loihi1: 1 chip(s), 1 cores"), r.out());
    assertTrue(r.out().contains("quantisation of network net"), r.out());
    assertTrue(Files.isRegularFile(out.resolve("tables.kct")));
  }

  @Test
  void aPerLayerScaleQuantileReachesItsLayerAndTheManifest() throws Exception {
    Path out = tmp.resolve("deploy");
    var r = CliRun.run("deploy", run().toString(), "--target", "loihi1", "--out", out.toString(), "--samples", "0",
        "--set", "scale_quantile=0.9", "--set", "scale_quantile.net/out=0.5");
    assertEquals(0, r.status(), r.err());
    var layer = io.kairos.compiler.deploy.DeployJson.mapper()
        .readTree(Files.readString(out.resolve("quantisation.json"))).get(0).get("layers").get(0);
    assertEquals(0.5, layer.get("scaleQuantile").asDouble());
    assertTrue(Files.readString(out.resolve(io.kairos.cli.chip.DeployManifest.FILE)).contains("scale_quantile.net/out"));
  }

  @Test
  void badPerLayerSettingsAreOneLineUserErrors() throws Exception {
    var unknown = CliRun.run("deploy", run().toString(), "--target", "loihi1", "--out", tmp.resolve("d").toString(),
        "--set", "scale_quantile.net/hidden=0.9");
    assertEquals(ExitCodes.USER_ERROR, unknown.status());
    assertEquals("error: deployment setting 'scale_quantile.net/hidden' names layer net/hidden, which the model"
        + " does not have; layers: net/out", unknown.err().strip());
    var range = CliRun.run("deploy", run().toString(), "--target", "loihi1", "--out", tmp.resolve("d").toString(),
        "--set", "scale_quantile.net/out=1.5");
    assertEquals(ExitCodes.USER_ERROR, range.status());
    assertEquals("error: scale_quantile.net/out must be in (0, 1], got 1.5", range.err().strip());
    var malformed = CliRun.run("deploy", run().toString(), "--target", "loihi1", "--out", tmp.resolve("d").toString(),
        "--set", "scale_quantile[net/out]=0.9");
    assertEquals(ExitCodes.USER_ERROR, malformed.status());
    assertTrue(malformed.err().startsWith("error: malformed deployment setting 'scale_quantile[net/out]'"), malformed.err());
    assertTrue(Files.notExists(tmp.resolve("d")), "nothing written on a user error");
  }

  @Test
  void deploymentProblemsAreOneLineUserErrors() throws Exception {
    var r = CliRun.run("deploy", run().toString(), "--target", "loihi1", "--out", tmp.resolve("d").toString(),
        "--set", "weight_bits=12");
    assertEquals(ExitCodes.USER_ERROR, r.status());
    assertEquals("error: weight_bits must be an integer in [2, 8] for this chip, got 12.0", r.err().strip());
    var noTarget = CliRun.run("deploy", run().toString(), "--out", tmp.resolve("d").toString());
    assertEquals(ExitCodes.USER_ERROR, noTarget.status());
    assertTrue(noTarget.err().startsWith("error: the model declares no deploy target"), noTarget.err());
  }
}
