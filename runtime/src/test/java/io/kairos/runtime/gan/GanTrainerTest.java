package io.kairos.runtime.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.run.Npy;
import io.kairos.compiler.run.RunFormatException;
import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.UnsupportedModelException;
import io.kairos.runtime.train.RunFolder;
import io.kairos.runtime.train.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanTrainerTest {
  @TempDir Path tmp;

  static Model tinyModel(int epochs) {
    return SpikingGanModels.model(tinySpec(epochs), 4);
  }

  static SpikingGanModels.Spec tinySpec(int epochs) {
    return SpikingGanModels.defaults().toBuilder()
        .noise(6).noiseActive(6).noiseSpan(256)
        .generatorHidden(List.of(new SpikingGanModels.Layer(10, new Init.Uniform(-10, 60))))
        .discriminatorHidden(8).epochs(epochs).batch(4).generatorBatch(4).seed(3)
        .labelNoise(0.1).deadNeuronRate(0.05).sampleMatching(0).generatorCentring(0).matchingMargin(0)
        .matchingPairing(MatchingPairing.GREEDY).generatorAverage(0)
        .generatorOutputInit(new Init.Uniform(-10, 40)).discriminatorHiddenInit(new Init.Uniform(-5, 40))
        .discriminatorOutputInit(new Init.Uniform(0, 60))
        .build();
  }

  static TrainTestData tinyData() {
    return new TrainTestData(digits(24, 1), digits(8, 2), "tiny random 4x4 digits");
  }

  private static LabelledImages digits(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    byte[] px = new byte[n * 16];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (r.nextDouble() < 0.4 ? 155 + r.nextInt(101) : 0);
    }
    return new LabelledImages(n, 4, 4, px, new byte[n]);
  }

  private static GanConfig config(Model m, int epochs, int threads) {
    GanTraining t = (GanTraining) m.training();
    return new GanConfig(m, t, epochs, threads, new GanLearner.Options(t.labelNoise(), 0.5), 8, 0);
  }

  @Test
  void aSparseNoiseCodeIsWhatGReadsInTrainingAndEvaluation() throws Exception {
    Model sparse = SpikingGanModels.model(tinySpec(1).toBuilder().noiseActive(2).noiseSpan(64).build(), 4);
    Path dir = tmp.resolve("sparse");
    List<GanEpochMetrics> m = GanTrainer.start(config(sparse, 1, 2), tinyData(), dir, null, GanListener.SILENT);
    assertEquals(2.0, m.get(0).stats().gSpikes().get("noise"), "2 noise spikes per generated digit");
    assertEquals(new io.kairos.runtime.engine.NoiseCode(6, 2, 64, 256), GanTrainer.loadRun(dir).noise());
    List<GanEpochMetrics> dense = GanTrainer.start(config(tinyModel(1), 1, 2), tinyData(), tmp.resolve("dense"), null,
        GanListener.SILENT);
    assertEquals(6.0, dense.get(0).stats().gSpikes().get("noise"));
  }

  @Test
  void resumeEqualsAnUninterruptedRun() throws Exception {
    Model m = tinyModel(3);
    Path whole = tmp.resolve("whole");
    Path parts = tmp.resolve("parts");
    List<GanEpochMetrics> a = GanTrainer.start(config(m, 3, 1), tinyData(), whole, null, GanListener.SILENT);
    GanTrainer.start(config(m, 1, 2), tinyData(), parts, null, GanListener.SILENT);
    List<GanEpochMetrics> b = GanTrainer.resume(config(m, 3, 2), tinyData(), parts, null, GanListener.SILENT);
    assertEquals(3, b.size());
    for (int k = 0; k < 3; k++) {
      assertEquals(a.get(k).stats(), b.get(k).stats(), "epoch " + (k + 1));
      assertEquals(a.get(k).redrawn(), b.get(k).redrawn());
    }
    for (String f : List.of("generator/hidden.npy", "generator/pixels.npy", "discriminator/hidden.npy",
        "discriminator/verdict.npy")) {
      Path cp = Path.of("checkpoints", "epoch-0003", f);
      assertArrayEquals(Npy.read(whole.resolve(cp)).data(), Npy.read(parts.resolve(cp)).data(), f);
    }
    assertTrue(Files.isRegularFile(whole.resolve("samples/epoch-0003.png")));
    assertTrue(Files.isRegularFile(whole.resolve("model.json")));
  }

  private static GanConfig featureConfig(Model m, int epochs, int threads, double f, double k) {
    GanTraining t = (GanTraining) m.training();
    return new GanConfig(m, t, epochs, threads, new GanLearner.Options(t.labelNoise(), 0.5, f, k), 8, 0);
  }

  @Test
  void featureMatchingIsRecordedAndResumesExactly() throws Exception {
    Model m = tinyModel(2);
    Path whole = tmp.resolve("fm-whole");
    Path parts = tmp.resolve("fm-parts");
    List<GanEpochMetrics> a = GanTrainer.start(featureConfig(m, 2, 1, 0.5, 3), tinyData(), whole, null, GanListener.SILENT);
    GanTrainer.start(featureConfig(m, 1, 2, 0.5, 3), tinyData(), parts, null, GanListener.SILENT);
    var run = GanRunFolder.open(parts);
    assertEquals(0.5, Double.parseDouble(run.manifest("featureMatching")));
    assertEquals(3, Double.parseDouble(run.manifest("featureSpread")));
    var e = assertThrows(RunFormatException.class,
        () -> GanTrainer.resume(featureConfig(m, 2, 1, 0, 0), tinyData(), parts, null, GanListener.SILENT));
    assertTrue(e.getMessage().contains("featureMatching"), e.getMessage());
    List<GanEpochMetrics> b = GanTrainer.resume(featureConfig(m, 2, 2, 0.5, 3), tinyData(), parts, null, GanListener.SILENT);
    assertEquals(a.get(1).stats(), b.get(1).stats());
    Path g = Path.of("checkpoints", "epoch-0002", "generator/pixels.npy");
    assertArrayEquals(Npy.read(whole.resolve(g)).data(), Npy.read(parts.resolve(g)).data());
  }

  @Test
  void aClassifierRunCannotBeResumedAsAGan() throws Exception {
    Path dir = tmp.resolve("classifier");
    RunFolder.create(dir, TrainingConfig.of(S4nnModels.s4nn(4, 1, 1), null, 1), "tiny");
    var e = assertThrows(RunFormatException.class,
        () -> GanTrainer.resume(config(tinyModel(2), 2, 1), tinyData(), dir, null, GanListener.SILENT));
    assertTrue(e.getMessage().contains("not a GAN run"), e.getMessage());
  }

  @Test
  void refusesAGeneratorWhoseOutputIsNotTheDiscriminatorInput() throws Exception {
    Model m = tinyModel(1);
    Network g = m.network("generator").orElseThrow();
    var pops = List.of(g.populations().get(0), new Population("pixels", 9, "if", 100, List.of()));
    Network g9 = new Network(g.name(), g.input(), pops, g.projections(), g.decoder());
    Model bad = new Model(m.schemaVersion(), m.name(), m.window(), m.neurons(), m.encoders(),
        List.of(g9, m.network("discriminator").orElseThrow()), m.training(), null);
    var e = assertThrows(UnsupportedModelException.class,
        () -> GanTrainer.start(config(bad, 1, 1), tinyData(), tmp.resolve("bad"), null, GanListener.SILENT));
    assertTrue(e.getMessage().contains("9 outputs"), e.getMessage());
    assertTrue(!Files.exists(tmp.resolve("bad")), "nothing may be written for a refused model");
  }
}
