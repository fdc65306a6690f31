package io.kairos.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.RunFormatException;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.UnsupportedModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTrainerTest {
  @TempDir Path dir;

  private static final TrainTestData SHIPPED = MnistFolder.shipped();

  private static TrainTestData small(int train, int test) {
    return new TrainTestData(SHIPPED.train().head(train), SHIPPED.test().head(test), "first " + train + " shipped digits");
  }

  @Test
  void aSmallNetworkLearnsAboveChance() throws Exception {
    Model model = S4nnModels.s4nn(40, 2, 7);
    List<EpochMetrics> m = ClassifierTrainer.start(TrainingConfig.of(model, null, 1), small(500, 300), dir.resolve("run"),
        TrainingListener.NONE);
    assertEquals(2, m.size());
    EpochMetrics last = m.get(1);
    assertTrue(last.testAccuracy() > 0.3, "test accuracy " + last.testAccuracy()); // chance is 0.1
    assertTrue(last.testAccuracyStrict() <= last.testAccuracy());
    TrainedModel saved = TrainedModel.load(dir.resolve("run"));
    assertEquals(model, saved.model());
    assertEquals(2, Files.readAllLines(dir.resolve("run").resolve(RunFolder.METRICS)).size());
  }

  @Test
  void resumingAnInterruptedRunReachesTheSameWeights() throws Exception {
    for (int batch : new int[] {1, 4}) {
      Model base = S4nnModels.s4nn(12, 3, 3);
      var ct = (io.kairos.compiler.ir.ClassifierTraining) base.training();
      Model model = new Model(base.schemaVersion(), base.name(), base.window(), base.neurons(), base.encoders(),
          base.networks(), new io.kairos.compiler.ir.ClassifierTraining(ct.network(), ct.data(), ct.loss(),
              ct.optimizer(), 3, batch, ct.seed(), 0.98), null); // high dead rate: re-draws happen
      TrainTestData data = small(200, 50);
      Path whole = dir.resolve("whole" + batch);
      Path cut = dir.resolve("cut" + batch);
      List<EpochMetrics> full = ClassifierTrainer.start(TrainingConfig.of(model, null, 1), data, whole, TrainingListener.NONE);
      TrainingListener crashAfterFirst = new TrainingListener() {
        @Override
        public void epochDone(EpochMetrics metrics) {
          throw new IllegalStateException("interrupted");
        }
      };
      assertThrows(IllegalStateException.class,
          () -> ClassifierTrainer.start(TrainingConfig.of(model, null, 2), data, cut, crashAfterFirst));
      List<EpochMetrics> resumed = ClassifierTrainer.resume(TrainingConfig.of(model, null, 2), data, cut, TrainingListener.NONE);
      assertEquals(3, resumed.size());
      assertEquals(TrainedModel.load(whole).weights(), TrainedModel.load(cut).weights(), "batch " + batch);
      for (int e = 0; e < 3; e++) {
        assertEquals(full.get(e).testAccuracy(), resumed.get(e).testAccuracy());
        assertEquals(full.get(e).redrawn(), resumed.get(e).redrawn());
      }
      assertTrue(full.stream().anyMatch(x -> x.redrawn().values().stream().anyMatch(n -> n > 0)));
    }
  }

  @Test
  void badRunsAreRefusedBeforeAnythingIsWritten() throws Exception {
    Model model = S4nnModels.s4nn(8, 1, 1);
    TrainTestData data = small(50, 20);
    Path run = dir.resolve("run");
    ClassifierTrainer.start(TrainingConfig.of(model, null, 1), data, run, TrainingListener.NONE);
    byte[] before = Files.readAllBytes(run.resolve("weights/classifier/hidden.npy"));
    var e = assertThrows(RunFormatException.class,
        () -> ClassifierTrainer.start(TrainingConfig.of(model, null, 1), data, run, TrainingListener.NONE));
    assertTrue(e.getMessage().contains("already holds a training run"));
    assertArrayEquals(before, Files.readAllBytes(run.resolve("weights/classifier/hidden.npy")));
    e = assertThrows(RunFormatException.class,
        () -> ClassifierTrainer.resume(TrainingConfig.of(model, null, 1), data, dir.resolve("nothing"), TrainingListener.NONE));
    assertTrue(e.getMessage().contains("is not a Kairos run folder"), e.getMessage());
    Model other = S4nnModels.s4nn(9, 1, 1);
    e = assertThrows(RunFormatException.class,
        () -> ClassifierTrainer.resume(TrainingConfig.of(other, null, 1), data, run, TrainingListener.NONE));
    assertTrue(e.getMessage().contains("different model"), e.getMessage());
    // a model whose input does not match 28x28 images
    Model wrongInput = new Model(model.schemaVersion(), model.name(), model.window(), model.neurons(),
        List.of(new io.kairos.compiler.ir.ImageLatencyEncoder("image", 20, 20)), model.networks(), model.training(), null);
    var u = assertThrows(UnsupportedModelException.class,
        () -> ClassifierTrainer.start(TrainingConfig.of(wrongInput, null, 1), data, dir.resolve("new"), TrainingListener.NONE));
    assertEquals("network classifier has 400 inputs but the data images have 784 pixels (28x28)", u.getMessage());
    assertFalse(Files.exists(dir.resolve("new")));
  }
}
