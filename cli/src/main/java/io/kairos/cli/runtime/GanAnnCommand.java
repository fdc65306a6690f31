package io.kairos.cli.runtime;

import io.kairos.cli.UserException;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.baseline.AnnGan;
import io.kairos.runtime.baseline.AnnGanSizes;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.image.DigitGrid;
import io.kairos.runtime.quality.QualityReport;
import io.kairos.runtime.quality.SampleQuality;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kairos gan ann}: trains only the same-size ANN GAN baseline ({@link AnnGan}) on a GAN
 * model's data and budget and measures it with the quality protocol (docs/quality.md), so the
 * Spiking-GAN's FD has a measured reference without re-training the spiking variants. The sizes
 * (every hidden layer of G and D, batch, G batch) come from {@link AnnGanSizes#of}.
 */
@Command(name = "ann", mixinStandardHelpOptions = true,
    description = "Train the same-size ANN GAN baseline on the model's data and budget; print its sample quality.")
final class GanAnnCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE", description = "GAN model whose sizes and budget to copy (default: the built-in Spiking-GAN)")
  Path model;

  @Option(names = "--epochs", paramLabel = "N", description = "epochs (default: the model's)")
  Integer epochs;

  @Option(names = "--subset", paramLabel = "N", description = "train on the first N training digits")
  Integer subset;

  @Option(names = "--seed", paramLabel = "S", description = "seed (default: the model's)")
  Long seed;

  @Option(names = "--generator-batch", paramLabel = "N",
      description = "noise vectors per G step (default: the model's generator_batch, which is its batch unless set)")
  Integer generatorBatch;

  @Option(names = "--lr", paramLabel = "R", description = "Adam learning rate (default: the baseline's, 1e-3)")
  Double lr;

  @Option(names = "--beta1", paramLabel = "B", description = "Adam beta1 (default: the baseline's, 0.5)")
  Double beta1;

  @Option(names = "--noise", paramLabel = "DIST",
      description = "noise distribution: ${COMPLETION-CANDIDATES} (default: the baseline's, NORMAL)")
  AnnGan.NoiseDistribution noiseDistribution;

  @Option(names = "--output", paramLabel = "F", description = "G output: ${COMPLETION-CANDIDATES} (default: the baseline's, TANH)")
  AnnGan.Output output;

  @Option(names = "--real-label", paramLabel = "T", description = "D's target for real digits (default: the baseline's, 0.9)")
  Double realLabel;

  @Option(names = "--dropout", paramLabel = "P", description = "dropout on D's hidden layer (default: the baseline's, 0)")
  Double dropout;

  @Option(names = "--grid", paramLabel = "FILE", description = "write an 8x8 PNG grid of 64 samples here")
  Path grid;

  @Override
  public Integer call() throws Exception {
    PrintWriter pw = spec.commandLine().getOut();
    Model base = model == null ? SpikingGanModels.model(SpikingGanModels.defaults()) : ModelFiles.load(model);
    if (!(base.training() instanceof GanTraining gt)) {
      throw new UserException("model " + base.name() + " declares no GAN training");
    }
    int n = epochs == null ? gt.epochs() : epochs;
    if (n < 1) {
      throw new UserException("--epochs must be >= 1, got " + n);
    }
    if (generatorBatch != null && generatorBatch < 1) {
      throw new UserException("--generator-batch must be >= 1, got " + generatorBatch);
    }
    long s = seed == null ? gt.seed() : seed;
    AnnGan.Settings settings;
    try {
      AnnGanSizes sizes = AnnGanSizes.of(base);
      if (generatorBatch != null) {
        sizes = sizes.withGeneratorBatch(generatorBatch);
      }
      var base0 = AnnGan.Settings.baseline(sizes, n, gt.discriminatorSteps(), s);
      settings = new AnnGan.Settings(sizes, n, gt.discriminatorSteps(),
          lr == null ? base0.lr() : lr, beta1 == null ? base0.beta1() : beta1,
          noiseDistribution == null ? base0.noiseDistribution() : noiseDistribution,
          output == null ? base0.output() : output,
          realLabel == null ? base0.realLabel() : realLabel, dropout == null ? base0.dropout() : dropout, s);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    TrainTestData data = DataSources.resolve(null, base, model == null ? null : model.toAbsolutePath().getParent());
    if (subset != null) {
      if (subset < 1) {
        throw new UserException("--subset must be >= 1, got " + subset);
      }
      data = new TrainTestData(data.train().head(subset), data.test(), data.description() + " (first " + subset + " training digits)");
    }
    SampleQuality quality = QualitySetup.sampleQuality(
        QualitySetup.classifier(null, from -> pw.println("evaluation classifier: " + from)), data);
    pw.println(header(settings, data.description() + " (" + data.train().count() + " digits)"));
    pw.println(String.format(Locale.ROOT, "recipe: noise %s, output %s, Adam lr %s beta1 %s, real label %s, D dropout %s",
        settings.noiseDistribution(), settings.output(), settings.lr(), settings.beta1(), settings.realLabel(), settings.dropout()));
    pw.flush();
    AnnGan gan = new AnnGan(settings);
    long start = System.nanoTime();
    gan.train(GanImages.intensities(data.train(), data.train().count()), line -> {
      pw.println(line);
      pw.flush();
    });
    double wall = (System.nanoTime() - start) / 1e9;
    QualityReport q = quality.measure(gan.sample(GanImages.QUALITY_SAMPLES));
    pw.println(String.format(Locale.ROOT, "train wall time %.1f s", wall));
    pw.println(q.toText());
    pw.println("class shares " + Arrays.toString(q.classShares()));
    if (grid != null) {
      float[] x = Arrays.copyOf(gan.sample(GanImages.QUALITY_SAMPLES), GanImages.GRID * 784);
      AtomicFiles.write(grid, DigitGrid.png(DigitGrid.toBytes(x), 28, 8, 2));
      pw.println("grid: " + grid);
    }
    // Last, so that the figures above do not depend on it (it draws noise).
    pw.println(String.format(Locale.ROOT, "G hidden common share %.3f (share of G's hidden pre-activation energy "
        + "that is the same for every noise vector; near 1 = collapse)", gan.hiddenCommonShare(1000)));
    return 0;
  }

  /** The first line: the architecture as trained, the data, and the budget including the G batch. */
  static String header(AnnGan.Settings settings, String data) {
    return "ANN GAN " + settings.sizes().architecture() + " on " + data + ", " + settings.epochs() + " epochs, batch "
        + settings.batch() + ", G batch " + settings.generatorBatch() + ", seed " + settings.seed();
  }
}
