package io.kairos.cli.runtime;

import io.kairos.cli.Threads;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.gan.GanRunFolder;
import io.kairos.runtime.gan.GanTrainer;
import io.kairos.runtime.quality.QualityReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kairos quality RUN_DIR}: sample quality of a GAN run's generator (docs/quality.md). */
@Command(name = "quality", mixinStandardHelpOptions = true,
    description = "Sample quality of a GAN run's generator: FD (and the real-vs-real floor), classifier score, confident share, coverage on 2,000 digits.",
    subcommands = {QualityCommand.TrainClassifier.class})
public final class QualityCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_DIR", description = "a GAN run folder")
  Path run;

  @Option(names = "--classifier", paramLabel = "FILE", description = "evaluation classifier (default: the one train-classifier cached, else the shipped one)")
  Path classifier;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads; never changes results")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    int t = Threads.resolve(threads);
    if (run == null) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return 0;
    }
    GanRunFolder folder = TrainedGanRun.open(run);
    GanTrainer.Networks nets = GanTrainer.loadRun(run);
    TrainTestData data = MnistFolder.shipped();
    var out = spec.commandLine().getOut();
    String[] from = new String[1];
    var classifierModel = QualitySetup.classifier(classifier, f -> from[0] = f);
    out.println(String.format(java.util.Locale.ROOT, "evaluation classifier %s: %.2f%% on the 2,000 held-out digits", from[0],
        100 * QualitySetup.heldOutAccuracy(classifierModel, data)));
    var quality = QualitySetup.sampleQuality(classifierModel, data);
    long seed = Long.parseLong(folder.manifest("seed"));
    QualityReport r;
    try (Parallel p = new Parallel(t)) {
      r = GanImages.measure(nets.generator(), nets.noise(), seed, quality, p);
    }
    out.println("run " + run + " (2,000 generated digits vs the 2,000 held-out shipped digits)");
    out.print(r.toText());
    out.flush();
    return 0;
  }

  /** {@code kairos quality train-classifier}: trains and saves the evaluation classifier. */
  @Command(name = "train-classifier", mixinStandardHelpOptions = true,
      description = "Train the evaluation classifier (Settings.DEFAULT) on the shipped 8,000 training digits and save it.")
  static final class TrainClassifier implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "where to save it (default: the cache, ~/.cache/kairos/mnist-classifier.sd)")
    Path out;

    @Override
    public Integer call() throws Exception {
      Path file = out != null ? out : QualitySetup.defaultClassifier();
      var pw = spec.commandLine().getOut();
      var c = QualitySetup.train(MnistFolder.shipped(), pw);
      c.save(file);
      pw.println("saved " + file);
      return 0;
    }
  }
}
