package io.kairos.runtime.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.run.Npy;
import io.kairos.compiler.run.RunFormatException;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.TargetRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generator_average through the trainer (docs/gan.md, "Generator average"): off = before, raw G untouched, resume, loading. */
class GanGeneratorAverageTest {
  private static final List<String> G = List.of("hidden", "pixels");
  private static final List<String> D = List.of("hidden", "verdict");

  @TempDir Path tmp;

  /** {@link GanGeneratorBatchTest#tiny} (sample matching 0.5, G batch 4, greedy) with generator average {@code d}. */
  static Model tiny(int epochs, double d) {
    return tiny(epochs, d, null);
  }

  /**
   * As {@link #tiny(int, double)}, G's optimizer Adam with learning rate {@code gLr} when not null:
   * large enough that G's spike times move within a few steps, so the average and G generate
   * different digits.
   */
  static Model tiny(int epochs, double d, Double gLr) {
    Model base = GanGeneratorBatchTest.tiny(epochs, 4, MatchingPairing.GREEDY);
    GanTraining t = (GanTraining) base.training();
    Optimizer gOpt = gLr == null ? t.generatorOptimizer() : new Optimizer.Adam(gLr, 0.5, 0.999, 1e-8, 0);
    GanTraining m = new GanTraining(t.generator(), t.discriminator(), t.data(), t.loss(), gOpt,
        t.discriminatorOptimizer(), t.discriminatorSteps(), t.epochs(), t.batch(), t.seed(), t.labelNoise(),
        t.deadNeuronRate(), t.sampleMatching(), t.generatorCentring(), t.matchingMargin(), t.generatorBatch(),
        t.matchingPairing(), d);
    return new Model(base.schemaVersion(), base.name(), base.window(), base.neurons(), base.encoders(),
        base.networks(), m, base.deployment());
  }

  private static GanConfig config(Model m, int epochs, int threads) {
    return GanConfig.of(m, epochs, threads, 0.5, 0);
  }

  private static List<GanEpochMetrics> start(Model m, int epochs, int threads, Path dir) throws Exception {
    return GanTrainer.start(config(m, epochs, threads), GanTrainerTest.tinyData(), dir, null, GanListener.SILENT);
  }

  private static float[] npy(Path run, int epoch, String folder, String layer) throws Exception {
    return Npy.read(run.resolve(String.format("checkpoints/epoch-%04d", epoch)).resolve(folder).resolve(layer + ".npy"))
        .data();
  }

  /** The checkpoint's raw G, D and optimizer state, every file's floats. */
  private static List<float[]> trainingState(Path run, int epoch) throws Exception {
    Path cp = run.resolve(String.format("checkpoints/epoch-%04d", epoch));
    List<float[]> out = new java.util.ArrayList<>();
    for (String l : G) {
      out.add(npy(run, epoch, "generator", l));
    }
    for (String l : D) {
      out.add(npy(run, epoch, "discriminator", l));
    }
    for (String opt : List.of("optimizer-generator", "optimizer-discriminator")) {
      try (Stream<Path> files = Files.list(cp.resolve(opt))) {
        for (Path f : files.sorted().toList()) {
          out.add(Npy.read(f).data());
        }
      }
    }
    return out;
  }

  private static void assertSameFloats(List<float[]> a, List<float[]> b) {
    assertEquals(a.size(), b.size());
    for (int k = 0; k < a.size(); k++) {
      assertArrayEquals(a.get(k), b.get(k), "array " + k);
    }
  }

  /**
   * Off is what training was before the option: the IR without the field and the IR with 0 both
   * train to the weights recorded before it existed ({@link GanGeneratorBatchTest}'s digest of the
   * same model), and the checkpoint holds no averaged G.
   */
  @Test
  void offTrainsBitForBitAsBeforeAndWritesNoAverage() throws Exception {
    Model zero = tiny(2, 0);
    String json = IrJson.write(zero);
    String old = json.replaceAll("\\s*\"generatorAverage\" : 0.0,", "");
    assertFalse(old.contains("generatorAverage"), old);
    assertEquals(zero, IrJson.read(old));
    String recorded = "f36426736988f19d94bf2b8781138e02f25f5717c99f9bb0a6cf67cd010b72c9";
    for (Model m : List.of(IrJson.read(old), zero)) {
      Path dir = tmp.resolve("off-" + (m == zero ? "zero" : "absent"));
      start(m, 2, 2, dir);
      assertEquals(recorded, GanGeneratorBatchTest.digest(dir, 2));
      assertFalse(Files.exists(dir.resolve("checkpoints/epoch-0002").resolve(GanRunFolder.GENERATOR_AVERAGE_DIR)));
      for (String l : G) {
        assertArrayEquals(npy(dir, 2, "generator", l),
            Npy.read(dir.resolve("weights/generator").resolve(l + ".npy")).data(), "top-level G is the raw G");
      }
    }
  }

  /** Training never reads the average: the raw G, D and optimizer state with d > 0 equal those with d = 0 bit for bit. */
  @Test
  void theRawWeightsAreThoseOfTrainingWithoutAnAverage() throws Exception {
    start(tiny(2, 0, 3.0), 2, 1, tmp.resolve("off"));
    List<GanEpochMetrics> on = start(tiny(2, 0.9, 3.0), 2, 1, tmp.resolve("on"));
    assertSameFloats(trainingState(tmp.resolve("off"), 2), trainingState(tmp.resolve("on"), 2));
    for (String l : G) {
      float[] average = npy(tmp.resolve("on"), 2, GanRunFolder.GENERATOR_AVERAGE_DIR, l);
      assertFalse(Arrays.equals(average, npy(tmp.resolve("on"), 2, "generator", l)), "the average is not G: " + l);
      assertArrayEquals(average, Npy.read(tmp.resolve("on/weights/generator").resolve(l + ".npy")).data(),
          "the top-level generator is the average");
    }
    // G re-drew hidden neurons after epoch 2: their incoming rows restart in A as in G, and only theirs
    int redrawn = on.get(1).redrawn().get("generator.hidden");
    assertTrue(redrawn > 0, "the test needs a re-draw in G's last epoch");
    float[] a = npy(tmp.resolve("on"), 2, GanRunFolder.GENERATOR_AVERAGE_DIR, "hidden");
    float[] w = npy(tmp.resolve("on"), 2, "generator", "hidden");
    int sources = 6;
    int equalRows = 0;
    for (int j = 0; j < a.length / sources; j++) {
      if (Arrays.equals(a, j * sources, (j + 1) * sources, w, j * sources, (j + 1) * sources)) {
        equalRows++;
      }
    }
    assertEquals(redrawn, equalRows, "rows of A equal to G's");
  }

  /** 2 epochs on 1 thread against 1 epoch on 2 threads resumed to 2: the same raw G, average, D, stats and grid. */
  @Test
  void aResumedRunOnAnotherThreadCountEqualsAnUninterruptedOne() throws Exception {
    Model m = tiny(3, 0.9, 3.0);
    Path whole = tmp.resolve("whole");
    Path parts = tmp.resolve("parts");
    List<GanEpochMetrics> a = start(m, 3, 1, whole);
    start(m, 1, 2, parts);
    List<GanEpochMetrics> b = GanTrainer.resume(config(m, 3, 2), GanTrainerTest.tinyData(), parts, null,
        GanListener.SILENT);
    for (int k = 0; k < 3; k++) {
      assertEquals(a.get(k).stats(), b.get(k).stats(), "epoch " + (k + 1));
      assertEquals(a.get(k).redrawn(), b.get(k).redrawn(), "epoch " + (k + 1));
    }
    assertSameFloats(trainingState(whole, 3), trainingState(parts, 3));
    for (String l : G) {
      assertArrayEquals(npy(whole, 3, GanRunFolder.GENERATOR_AVERAGE_DIR, l),
          npy(parts, 3, GanRunFolder.GENERATOR_AVERAGE_DIR, l), l);
    }
    assertArrayEquals(Files.readAllBytes(whole.resolve("samples/epoch-0003.png")),
        Files.readAllBytes(parts.resolve("samples/epoch-0003.png")));
  }

  /**
   * "The generator" of a run is the average: loadCommitted gives it, and the committed epoch's
   * stats and sample grid are exactly those of the loaded (averaged) G, not of the raw one.
   */
  @Test
  void loadCommittedStatsAndGridAreTheAveragedGenerator() throws Exception {
    Model m = tiny(2, 0.9, 3.0);
    Path dir = tmp.resolve("avg");
    List<GanEpochMetrics> metrics = start(m, 2, 2, dir);
    GanTrainer.CommittedRun run = GanTrainer.loadCommitted(dir);
    assertEquals(2, run.epoch());
    List<WeightMatrix> loaded = run.networks().generator().weights();
    for (int l = 0; l < G.size(); l++) {
      assertArrayEquals(npy(dir, 2, GanRunFolder.GENERATOR_AVERAGE_DIR, G.get(l)), loaded.get(l).data());
      assertFalse(Arrays.equals(npy(dir, 2, "generator", G.get(l)), loaded.get(l).data()));
      assertArrayEquals(TrainedModel.load(dir).weights().get("generator").get(l).data(), loaded.get(l).data());
    }
    GanTraining t = (GanTraining) m.training();
    GanConfig c = config(m, 2, 2);
    GanTrainer.Networks n = run.networks();
    try (Parallel p = new Parallel(1)) {
      GanStats averaged = GanEvaluation.measure(m, n.generator(), n.discriminator(), TargetRule.of(t.loss()),
          GanTrainerTest.tinyData().test(), c.evalSamples(), t.seed(), p);
      assertEquals(metrics.get(1).stats(), averaged);
      assertArrayEquals(Files.readAllBytes(GanRunFolder.open(dir).samplePng(2)),
          GanImages.grid(n.generator(), n.noise(), t.seed(), p));
      n.generator().load(GanRunFolder.open(dir).checkpoint(n.generator(), n.discriminator()).generator());
      GanStats raw = GanEvaluation.measure(m, n.generator(), n.discriminator(), TargetRule.of(t.loss()),
          GanTrainerTest.tinyData().test(), c.evalSamples(), t.seed(), p);
      assertFalse(raw.equals(averaged), "the stats do not tell the raw G from the average; the test proves nothing");
    }
  }

  @Test
  void aCheckpointWithoutTheAverageOfAModelWithOneIsRefusedAndAnotherDecayIsAnotherModel() throws Exception {
    Path dir = tmp.resolve("missing");
    start(tiny(2, 0.9), 1, 1, dir);
    var other = assertThrows(RunFormatException.class, () -> GanTrainer.resume(config(tiny(2, 0.5), 2, 1),
        GanTrainerTest.tinyData(), dir, null, GanListener.SILENT));
    assertTrue(other.getMessage().contains("different model"), other.getMessage());
    Path average = dir.resolve("checkpoints/epoch-0001").resolve(GanRunFolder.GENERATOR_AVERAGE_DIR);
    for (String l : G) {
      Files.delete(average.resolve(l + ".npy"));
    }
    Files.delete(average);
    var resume = assertThrows(RunFormatException.class, () -> GanTrainer.resume(config(tiny(2, 0.9), 2, 1),
        GanTrainerTest.tinyData(), dir, null, GanListener.SILENT));
    assertTrue(resume.getMessage().contains("holds no generator-average/"), resume.getMessage());
    var load = assertThrows(RunFormatException.class, () -> GanTrainer.loadCommitted(dir));
    assertTrue(load.getMessage().contains("holds no generator-average/"), load.getMessage());
  }

  /** A run folder written before the option (its model.json without the field, no average in the checkpoint) resumes and loads. */
  @Test
  void anOldRunFolderWithoutTheFieldResumesAndLoads() throws Exception {
    Model zero = tiny(2, 0);
    Path dir = tmp.resolve("old");
    start(zero, 1, 1, dir);
    Path modelJson = dir.resolve(TrainedModel.MODEL_FILE);
    String old = Files.readString(modelJson).replaceAll("\\s*\"generatorAverage\" : 0.0,", "");
    assertFalse(old.contains("generatorAverage"));
    Files.writeString(modelJson, old);
    GanTrainer.loadCommitted(dir);
    GanTrainer.resume(config(zero, 2, 1), GanTrainerTest.tinyData(), dir, null, GanListener.SILENT);
    start(zero, 2, 1, tmp.resolve("whole"));
    assertEquals(GanGeneratorBatchTest.digest(tmp.resolve("whole"), 2), GanGeneratorBatchTest.digest(dir, 2));
  }
}
