package io.kairos.cli.runtime;

import io.kairos.cli.Threads;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.train.ClassifierTrainer;
import io.kairos.runtime.train.RunFolder;
import io.kairos.runtime.train.TrainingConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos train}: trains a model's classifier in the float runtime and writes a run folder. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model (.snn, or IR .json) with TTFS temporal backpropagation; writes a run folder.")
public final class TrainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the model: .snn source or IR JSON")
  Path file;

  @Option(names = "--data", paramLabel = "DIR",
      description = "folder of MNIST-format IDX files (default: the model's dataset; mnist = the shipped digits)")
  Path data;

  @Option(names = "--epochs", paramLabel = "N", description = "epochs (default: the model's)")
  Integer epochs;

  @Option(names = "--out", paramLabel = "DIR", description = "run folder (default: runs/<model name>)")
  Path out;

  @Option(names = "--resume", description = "continue the interrupted run in --out from its last checkpoint")
  boolean resume;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores); never changes results")
  Integer threads;

  @Option(names = "--silent-surrogate", paramLabel = "S",
      description = "GAN only: weight of the silent-input surrogate (docs/gan.md; default ${DEFAULT-VALUE})")
  double silentSurrogate = io.kairos.runtime.gan.GanConfig.DEFAULT_SURROGATE;

  @Option(names = "--feature-matching", paramLabel = "F",
      description = "GAN only: share of feature matching in G's error at D's last hidden layer, 0..1 (docs/gan.md; default ${DEFAULT-VALUE})")
  double featureMatching = io.kairos.runtime.gan.GanConfig.DEFAULT_FEATURE_MATCHING;

  @Option(names = "--feature-spread", paramLabel = "K",
      description = "GAN only: feature matching also matches the spread of the feature times, ratio capped at K (0 = means only; default ${DEFAULT-VALUE})")
  double featureSpread = io.kairos.runtime.gan.GanConfig.DEFAULT_FEATURE_SPREAD;

  @Option(names = "--hidden-rate", paramLabel = "P",
      description = "GAN only: target share of noise vectors on which each G hidden neuron fires, 0..1 (0 = off; docs/gan.md; default ${DEFAULT-VALUE})")
  double hiddenRate = io.kairos.runtime.gan.GanConfig.DEFAULT_HIDDEN_RATE;

  @Option(names = "--hidden-rate-weight", paramLabel = "A",
      description = "GAN only: share of the hidden-rate error in G's hidden errors, 0..1 (default ${DEFAULT-VALUE})")
  double hiddenRateWeight = io.kairos.runtime.gan.GanConfig.DEFAULT_HIDDEN_RATE_WEIGHT;

  @Option(names = "--late-surrogate", paramLabel = "L",
      description = "GAN only: weight of the late-input surrogate (docs/gan.md; 0 = off; default ${DEFAULT-VALUE})")
  double lateSurrogate = io.kairos.runtime.gan.GanConfig.DEFAULT_LATE_SURROGATE;

  @Option(names = "--quality-every", paramLabel = "N",
      description = "GAN only: measure sample quality every N epochs and after the last (0 = never; default ${DEFAULT-VALUE})")
  int qualityEvery = 5;

  @Option(names = "--subset", paramLabel = "N",
      description = "train on the first N training digits only (short experiments)")
  Integer subset;

  @Override
  public Integer call() throws Exception {
    Model model = ModelFiles.load(file);
    int t = Threads.resolve(threads);
    if (model.training() instanceof io.kairos.compiler.ir.GanTraining) {
      return GanTraining.run(model, file, data, epochs, out, resume, t, silentSurrogate, featureMatching, featureSpread, hiddenRate, hiddenRateWeight, lateSurrogate, qualityEvery, subset,
          spec.commandLine().getOut());
    }
    TrainingConfig config = TrainingConfig.of(model, epochs, t);
    Path dir = out != null ? out : Path.of("runs", model.name());
    if (!resume && RunFolder.holdsRun(dir)) {
      throw new io.kairos.cli.UserException(
          dir + " already holds a training run; use --resume to continue it or choose another --out");
    }
    if (resume) {
      RunFolder.open(dir); // fail on a non-run before loading data
    }
    TrainTestData d = DataSources.firstTraining(DataSources.resolve(data, model, file.toAbsolutePath().getParent()), subset);
    var pw = spec.commandLine().getOut();
    pw.println("training " + model.name() + " on " + d.description() + " (" + d.train().count() + " train / "
        + d.test().count() + " test), " + config.epochs() + " epochs, batch " + config.training().batch()
        + ", " + t + " thread(s) -> " + dir);
    var printer = new ProgressPrinter(pw, System.console() != null, config.epochs());
    if (resume) {
      ClassifierTrainer.resume(config, d, dir, printer);
    } else {
      ClassifierTrainer.start(config, d, dir, printer);
    }
    pw.println("run folder: " + dir);
    return 0;
  }
}
