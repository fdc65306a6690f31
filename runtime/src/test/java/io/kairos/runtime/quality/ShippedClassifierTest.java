package io.kairos.runtime.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.gan.GanImages;
import org.junit.jupiter.api.Test;

/** The quality protocol's classifier, as shipped, meets its accuracy bound (docs/quality.md). */
class ShippedClassifierTest {

  @Test
  void shippedClassifierIsAtLeast975PercentOnTheHeldOutDigits() throws Exception {
    TrainTestData data = MnistFolder.shipped();
    int[] labels = new int[data.test().count()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = data.test().label(i);
    }
    double accuracy =
        EvaluationClassifier.shipped().accuracy(GanImages.intensities(data.test(), data.test().count()), labels);
    assertTrue(accuracy >= 0.975, "held-out accuracy " + accuracy);
  }

  @Test
  void realDigitsScoreFarBetterThanNoise() throws Exception {
    TrainTestData data = MnistFolder.shipped();
    var quality = new SampleQuality(
        EvaluationClassifier.shipped(),
        GanImages.intensities(data.test(), 1000),
        GanImages.intensities(data.train(), 1000));
    float[] noise = new float[1000 * 784];
    var rng = new java.util.SplittableRandom(3);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (float) rng.nextDouble();
    }
    QualityReport real = quality.measure(GanImages.intensities(data.train(), 2000));
    QualityReport random = quality.measure(noise);
    assertTrue(real.frechetDistance() < random.frechetDistance() / 10, real + " vs " + random);
    assertTrue(real.confidentShare() > 0.9, "real confident share " + real.confidentShare());
    assertTrue(real.classifierScore() > 8, "real classifier score " + real.classifierScore());
    assertTrue(real.minClassShare() > 0.05, "real coverage " + real.minClassShare());
  }
}
