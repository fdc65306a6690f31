package io.kairos.cli.runtime;

import io.kairos.cli.UserException;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.gan.GanConfig;
import io.kairos.runtime.gan.GanRunFolder;
import io.kairos.runtime.gan.GanTrainer;
import io.kairos.runtime.quality.SampleQuality;
import io.kairos.runtime.train.RunFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code kairos train} of a model whose training is a GAN. */
final class GanTraining {
  private GanTraining() {}

  static int run(Model model, Path modelFile, Path data, Integer epochs, Path out, boolean resume, int threads,
      double surrogate, double featureMatching, double featureSpread, double hiddenRate, double hiddenRateWeight,
      double lateSurrogate, int qualityEvery, Integer subset, PrintWriter pw) throws Exception {
    GanConfig config = GanConfig.of(model, epochs, threads, surrogate, featureMatching, featureSpread, hiddenRate,
        hiddenRateWeight, lateSurrogate, qualityEvery);
    Path dir = out != null ? out : Path.of("runs", model.name());
    if (!resume && RunFolder.holdsRun(dir)) {
      throw new UserException(dir + " already holds a training run; use --resume to continue it or choose another --out");
    }
    if (resume) {
      GanRunFolder.open(dir); // fail on a classifier run or a non-run before loading data
    }
    TrainTestData d = DataSources.firstTraining(
        DataSources.resolve(data, model, modelFile.toAbsolutePath().getParent()), subset);
    GanTrainer.build(model, config.training(), d.train()); // refuse a bad model before anything is written
    SampleQuality quality = null;
    if (qualityEvery > 0) {
      quality = QualitySetup.sampleQuality(QualitySetup.classifier(null, from -> pw.println("evaluation classifier: " + from)), d);
    }
    pw.println("training GAN " + model.name() + " on " + d.description() + " (" + d.train().count() + " digits), "
        + config.epochs() + " epochs, batch " + config.training().batch()
        + (config.training().generatorBatch() != config.training().batch()
            ? ", generator batch " + config.training().generatorBatch() : "")
        + (config.training().generatorAverage() > 0
            ? ", generator average " + config.training().generatorAverage() : "")
        + ", " + threads + " thread(s) -> " + dir);
    var printer = new GanProgressPrinter(pw, config.epochs(), "");
    if (resume) {
      GanTrainer.resume(config, d, dir, quality, printer);
    } else {
      GanTrainer.start(config, d, dir, quality, printer);
    }
    pw.println("run folder: " + dir);
    return 0;
  }
}
