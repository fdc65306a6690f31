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
import io.kairos.compiler.run.Npy;
import io.kairos.runtime.engine.UnsupportedModelException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generator_batch and matching_pairing through the trainer: compatibility, determinism, resume, accounting. */
class GanGeneratorBatchTest {
  private static final List<String> WEIGHTS = List.of("generator/hidden.npy", "generator/pixels.npy",
      "discriminator/hidden.npy", "discriminator/verdict.npy");

  @TempDir Path tmp;

  /** The tiny GAN (batch 4, 24 digits: 6 steps an epoch) with sample matching 0.5, centring 0.8, margin 0.1. */
  static Model tiny(int epochs, int generatorBatch, MatchingPairing pairing) {
    Model base = GanTrainerTest.tinyModel(epochs);
    GanTraining t = (GanTraining) base.training();
    GanTraining m = new GanTraining(t.generator(), t.discriminator(), t.data(), t.loss(), t.generatorOptimizer(),
        t.discriminatorOptimizer(), t.discriminatorSteps(), t.epochs(), t.batch(), t.seed(), t.labelNoise(),
        t.deadNeuronRate(), 0.5, 0.8, 0.1, generatorBatch, pairing);
    return new Model(base.schemaVersion(), base.name(), base.window(), base.neurons(), base.encoders(),
        base.networks(), m, base.deployment());
  }

  private static GanConfig config(Model m, int epochs, int threads) {
    return GanConfig.of(m, epochs, threads, 0.5, 0);
  }

  static String digest(Path run, int epoch) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String f : WEIGHTS) {
      float[] data = Npy.read(run.resolve(String.format("checkpoints/epoch-%04d", epoch)).resolve(f)).data();
      ByteBuffer b = ByteBuffer.allocate(4 * data.length);
      for (float x : data) {
        b.putInt(Float.floatToRawIntBits(x));
      }
      md.update(b.array());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The compatibility guarantee through the trainer: the model without the two fields in its IR
   * JSON (as written before they existed) and the model with generatorBatch = batch and greedy
   * pairing both train to the weights recorded on main at bcc8864, before the fields existed.
   */
  @Test
  void aGeneratorBatchEqualToTheBatchTrainsBitForBitAsBefore() throws Exception {
    Model explicit = tiny(2, 4, MatchingPairing.GREEDY);
    String json = IrJson.write(explicit);
    String old = json.replaceAll("\\s*\"generatorBatch\" : 4,", "").replaceAll("\\s*\"matchingPairing\" : \"greedy\",", "");
    assertFalse(old.contains("generatorBatch") || old.contains("matchingPairing"), old);
    Model fromOld = IrJson.read(old);
    assertEquals(explicit, fromOld);
    String recorded = "f36426736988f19d94bf2b8781138e02f25f5717c99f9bb0a6cf67cd010b72c9";
    GanTrainer.start(config(fromOld, 2, 2), GanTrainerTest.tinyData(), tmp.resolve("old"), null, GanListener.SILENT);
    assertEquals(recorded, digest(tmp.resolve("old"), 2));
    GanTrainer.start(config(explicit, 2, 1), GanTrainerTest.tinyData(), tmp.resolve("new"), null, GanListener.SILENT);
    assertEquals(recorded, digest(tmp.resolve("new"), 2));
  }

  /** G batch 10 with batch 4: each epoch's G steps wrap past the end of the 24 digits (from 20: 20..23, 0..5). */
  @Test
  void aLargerGeneratorBatchTrainsTheSameForAnyThreadCountAndResumesExactly() throws Exception {
    Model m = tiny(2, 10, MatchingPairing.OPTIMAL);
    Path whole = tmp.resolve("whole");
    Path parts = tmp.resolve("parts");
    List<GanEpochMetrics> a = GanTrainer.start(config(m, 2, 1), GanTrainerTest.tinyData(), whole, null,
        GanListener.SILENT);
    GanTrainer.start(config(m, 1, 2), GanTrainerTest.tinyData(), parts, null, GanListener.SILENT);
    List<GanEpochMetrics> b = GanTrainer.resume(config(m, 2, 2), GanTrainerTest.tinyData(), parts, null,
        GanListener.SILENT);
    for (int k = 0; k < 2; k++) {
      assertEquals(a.get(k).stats(), b.get(k).stats(), "epoch " + (k + 1));
    }
    assertEquals(digest(whole, 2), digest(parts, 2));
    GanTrainer.start(config(tiny(2, 4, MatchingPairing.OPTIMAL), 2, 1), GanTrainerTest.tinyData(), tmp.resolve("four"),
        null, GanListener.SILENT);
    assertFalse(digest(whole, 2).equals(digest(tmp.resolve("four"), 2)), "generator batch 10 trained as batch 4");
    GanTrainer.start(config(tiny(2, 10, MatchingPairing.GREEDY), 2, 1), GanTrainerTest.tinyData(),
        tmp.resolve("greedy"), null, GanListener.SILENT);
    assertFalse(digest(whole, 2).equals(digest(tmp.resolve("greedy"), 2)), "optimal pairing trained as greedy");
  }

  /**
   * samples/s counts 2 x batch per D step and generatorBatch per G step; updates/s counts D's updates
   * (2 x batch for SGD) and one per G step. Over the same seconds their ratio is samples / updates:
   * 6 steps of (8 + 10) samples and (8 + 1) updates, so exactly 2.
   */
  @Test
  void samplesPerSecondCountTheGeneratorBatch() throws Exception {
    List<GanEpochMetrics> m = GanTrainer.start(config(tiny(1, 10, MatchingPairing.GREEDY), 1, 1),
        GanTrainerTest.tinyData(), tmp.resolve("rate"), null, GanListener.SILENT);
    GanEpochMetrics e = m.get(0);
    assertEquals(6 * (8 + 10) / (double) (6 * (8 + 1)), e.samplesPerSecond() / e.updatesPerSecond(), 1e-9);
  }

  @Test
  void optimalPairingWithoutSampleMatchingIsRefusedBeforeTraining() {
    Model base = GanTrainerTest.tinyModel(1);
    GanTraining t = (GanTraining) base.training();
    GanTraining off = new GanTraining(t.generator(), t.discriminator(), t.data(), t.loss(), t.generatorOptimizer(),
        t.discriminatorOptimizer(), t.discriminatorSteps(), t.epochs(), t.batch(), t.seed(), t.labelNoise(),
        t.deadNeuronRate(), 0, 0, 0, 4, MatchingPairing.OPTIMAL);
    Model m = new Model(base.schemaVersion(), base.name(), base.window(), base.neurons(), base.encoders(),
        base.networks(), off, base.deployment());
    var e = assertThrows(UnsupportedModelException.class, () -> config(m, 1, 1));
    assertTrue(e.getMessage().contains("needs sample matching"), e.getMessage());
    assertTrue(Arrays.asList(tmp.toFile().list()).isEmpty());
  }
}
