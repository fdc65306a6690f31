package io.kairos.cli.runtime;

import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.quality.EvaluationClassifier;
import io.kairos.runtime.quality.SampleQuality;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the evaluation classifier lives and how it is obtained (docs/quality.md, "Classifier
 * cache"): a file given on the command line, else {@code $KAIROS_CACHE/mnist-classifier.sd}
 * (default {@code ~/.cache/kairos/}) when {@code kairos quality train-classifier} wrote one, else
 * the classifier shipped in the jar.
 */
final class QualitySetup {
  static final String FILE = "mnist-classifier.sd";

  private QualitySetup() {}

  static Path defaultClassifier() {
    String env = System.getenv("KAIROS_CACHE");
    Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "kairos");
    return dir.resolve(FILE);
  }

  /**
   * The evaluation classifier to measure with: {@code explicit} when given; else the cached one
   * that {@code kairos quality train-classifier} wrote, if any; else the one shipped in the jar
   * (examples/models/mnist-classifier.sd). {@code describe} receives where it came from.
   */
  static EvaluationClassifier classifier(Path explicit, java.util.function.Consumer<String> describe) throws IOException {
    if (explicit != null) {
      describe.accept(explicit.toString());
      return EvaluationClassifier.load(explicit);
    }
    Path cached = defaultClassifier();
    if (Files.isRegularFile(cached)) {
      describe.accept(cached.toString());
      return EvaluationClassifier.load(cached);
    }
    describe.accept("shipped (examples/models/" + FILE + ")");
    return EvaluationClassifier.shipped();
  }

  static EvaluationClassifier train(TrainTestData data, PrintWriter out) {
    float[] images = GanImages.intensities(data.train(), data.train().count());
    int[] labels = new int[data.train().count()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = data.train().label(i);
    }
    EvaluationClassifier c = EvaluationClassifier.train(images, labels, EvaluationClassifier.Settings.DEFAULT, line -> {
      out.println(line);
      out.flush();
    });
    double acc = heldOutAccuracy(c, data);
    out.println(String.format(java.util.Locale.ROOT, "held-out accuracy %.2f%% on %d digits", 100 * acc, data.test().count()));
    return c;
  }

  /** The classifier's accuracy on the held-out digits of {@code data}. */
  static double heldOutAccuracy(EvaluationClassifier c, TrainTestData data) {
    int[] labels = new int[data.test().count()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = data.test().label(i);
    }
    return c.accuracy(GanImages.intensities(data.test(), data.test().count()), labels);
  }

  static SampleQuality sampleQuality(EvaluationClassifier c, TrainTestData data) {
    return GanImages.sampleQuality(c, data.train(), data.test());
  }
}
