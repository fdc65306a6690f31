package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.api.WritableGroup;
import io.kairos.compiler.export.Hdf5Files;
import io.kairos.compiler.export.netx.NetxFile;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.IrJson;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeCommandsTest {
  @TempDir Path tmp;

  private TrainedModel trained() {
    var rnd = new SplittableRandom(5);
    var net = new Network("net", "in",
        List.of(new Population("hidden", 6, "IF", 1.5, List.of()), new Population("out", 3, "IF", 1.0, List.of("a", "b", "c"))),
        List.of(new Projection("in", "hidden", new Init.Uniform(0, 1)), new Projection("hidden", "out", new Init.Uniform(0, 1))),
        null);
    var model = new Model(Model.SCHEMA_VERSION, "M", 20, List.of(new IfNeuron("IF", 1, 20)),
        List.of(new NoiseLatencyEncoder("in", 8)), List.of(net), null, null);
    return new TrainedModel(model, Map.of("net", List.of(random(rnd, 6, 8), random(rnd, 3, 6))));
  }

  private static WeightMatrix random(SplittableRandom rnd, int rows, int cols) {
    float[] d = new float[rows * cols];
    for (int k = 0; k < d.length; k++) {
      d[k] = (float) rnd.nextDouble(-0.5, 1);
    }
    return new WeightMatrix(rows, cols, d);
  }

  private Path runFolder() throws Exception {
    Path dir = tmp.resolve("run");
    trained().save(dir);
    return dir;
  }

  private Path deployFolder() throws Exception {
    Path out = tmp.resolve("deploy");
    var r = CliRun.run("deploy", runFolder().toString(), "--target", "loihi1", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    return out;
  }

  @Test
  void exportNirThenImportGivesTheSameRunFolder() throws Exception {
    Path nir = tmp.resolve("net.nir");
    var e = CliRun.run("export", runFolder().toString(), "--format", "nir", "--out", nir.toString());
    assertEquals(0, e.status(), e.err());
    assertEquals("wrote " + nir + ": NIR graph of network net (6 nodes, 5 edges; time step, delays and fire-once rule in its metadata)",
        e.out().strip());
    Path back = tmp.resolve("back");
    var i = CliRun.run("import", nir.toString(), "--out", back.toString());
    assertEquals(0, i.status(), i.err());
    TrainedModel t = TrainedModel.load(back);
    assertEquals(trained().model(), t.model());
    assertEquals(trained().weightsOf("net"), t.weightsOf("net"));
    Path json = tmp.resolve("only.json");
    var j = CliRun.run("import", nir.toString(), "--out", json.toString());
    assertEquals(0, j.status(), j.err());
    assertEquals(trained().model(), IrJson.read(Files.readString(json)));
  }

  @Test
  void exportNetxAndCodegenFromADeployFolder() throws Exception {
    Path deploy = deployFolder();
    Path net = tmp.resolve("net.net");
    var e = CliRun.run("export", deploy.toString(), "--format", "netx", "--out", net.toString());
    assertEquals(0, e.status(), e.err());
    assertTrue(e.out().contains("cannot fire once per 20-step window (self inhibition on the chip)"), e.out());
    assertEquals(4, NetxFile.read(net).layers().size());
    Path src = tmp.resolve("src");
    var c = CliRun.run("codegen", deploy.toString(), "--java", "--package", "com.example.net", "--out", src.toString());
    assertEquals(0, c.status(), c.err());
    Path java = src.resolve("com/example/net/Net.java");
    assertEquals("wrote " + java, c.out().strip());
    assertTrue(Files.readString(java).contains("public static int[] run(int[] inputTimes)"));
  }

  @Test
  void badInputsAreOneLineUserErrors() throws Exception {
    Path deploy = deployFolder();
    var pkg = CliRun.run("codegen", deploy.toString(), "--java", "--package", "com.example.class", "--out",
        tmp.resolve("x").toString());
    assertEquals(ExitCodes.USER_ERROR, pkg.status());
    assertEquals("error: 'com.example.class' is not a Java package name (dot-separated identifiers that are not "
        + "keywords, e.g. com.example.net)", pkg.err().strip());

    Path corrupt = tmp.resolve("corrupt.nir");
    Files.write(corrupt, new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n', 1, 2, 3});
    var c = CliRun.run("import", corrupt.toString(), "--out", tmp.resolve("r").toString());
    assertEquals(ExitCodes.USER_ERROR, c.status());
    assertTrue(c.err().startsWith("error: " + corrupt + " is not a readable HDF5 file"), c.err());
    assertEquals(1, c.err().strip().lines().count(), c.err());

    Path conv = tmp.resolve("conv.nir");
    Hdf5Files.writeAtomically(conv, h -> {
      h.putDataset("version", "1.0.0");
      WritableGroup node = h.putGroup("node");
      node.putDataset("type", "NIRGraph");
      WritableGroup nodes = node.putGroup("nodes");
      WritableGroup in = nodes.putGroup("input");
      in.putDataset("type", "Input");
      in.putDataset("shape", new long[] {1, 8, 8});
      nodes.putGroup("conv1").putDataset("type", "Conv2d");
      nodes.putGroup("pool").putDataset("type", "SumPool2d");
      node.putDataset("edges", new String[][] {{"input", "conv1"}, {"conv1", "pool"}});
    });
    var u = CliRun.run("import", conv.toString(), "--out", tmp.resolve("r").toString());
    assertEquals(ExitCodes.USER_ERROR, u.status());
    assertEquals("error: " + conv + ": NIR node kinds Kairos cannot import: conv1 (Conv2d), pool (SumPool2d); "
        + "Kairos imports Input, Linear, Affine, IF, Output", u.err().strip());

    var noJava = CliRun.run("codegen", deploy.toString(), "--package", "a.b", "--out", tmp.resolve("y").toString());
    assertEquals(ExitCodes.USER_ERROR, noJava.status());
    assertEquals("error: choose the target language: --java (the only one so far)", noJava.err().strip());

    var notDeploy = CliRun.run("export", runFolder().toString(), "--format", "netx", "--out", tmp.resolve("n.net").toString());
    assertEquals(ExitCodes.USER_ERROR, notDeploy.status());
    assertTrue(notDeploy.err().startsWith("error: ") && notDeploy.err().contains("is not a deploy folder"), notDeploy.err());

    var badFormat = CliRun.run("export", runFolder().toString(), "--format", "onnx", "--out", "x");
    assertEquals(ExitCodes.USER_ERROR, badFormat.status());
  }
}
