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
 * cache"): {@code $KAIROS_CACHE/mnist-classifier.sd}, default {@code ~/.cache/kairos/}; trained
 * with {@code Settings.DEFAULT} on the shipped 8,000 training digits when missing.
 */
final class QualitySetup {
  static final String FILE = "mnist-classifier.sd";

  private QualitySetup() {}

  static Path defaultClassifier() {
    String env = System.getenv("KAIROS_CACHE");
    Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "kairos");
    return dir.resolve(FILE);
  }

  /** Loads the classifier at {@code file}, training and saving it first when it is missing. */
  static EvaluationClassifier classifier(Path file, TrainTestData shipped, PrintWriter out) throws IOException {
    if (Files.isRegularFile(file)) {
      return EvaluationClassifier.load(file);
    }
    out.println("evaluation classifier " + file + " is missing; training it (about 5 minutes on 2 cores)...");
    out.flush();
    EvaluationClassifier c = train(shipped, out);
    c.save(file);
    out.println("saved " + file);
    return c;
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
