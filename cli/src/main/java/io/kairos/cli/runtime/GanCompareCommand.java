package io.kairos.cli.runtime;

import io.kairos.cli.Threads;
import io.kairos.cli.UserException;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.baseline.AnnGan;
import io.kairos.runtime.baseline.AnnGanSizes;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.gan.GanConfig;
import io.kairos.runtime.gan.GanEpochMetrics;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.gan.GanRunFolder;
import io.kairos.runtime.gan.GanStats;
import io.kairos.runtime.gan.GanTrainer;
import io.kairos.runtime.quality.QualityReport;
import io.kairos.runtime.quality.SampleQuality;
import io.kairos.runtime.train.RunFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kairos gan compare}: trains the S4NN-loss and Aggressive-TTFS-loss variants of one GAN
 * model identically (same seeds, same budget) and prints the paper's figures side by side, plus the
 * same-size ANN GAN baseline on the same budget (docs/results.md).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Train the s4nn and aggressive_ttfs variants identically and print inference time, spikes, quality, wall time.")
final class GanCompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE", description = "GAN model (.snn or IR .json; default: the built-in Spiking-GAN)")
  Path model;

  @Option(names = "--epochs", paramLabel = "N", description = "epochs per run (default: the model's)")
  Integer epochs;

  @Option(names = "--seeds", paramLabel = "N", description = "seeds per variant: the model's seed, +1, ... (default ${DEFAULT-VALUE})")
  int seeds = 3;

  @Option(names = "--out", paramLabel = "DIR", description = "folder of the runs (default ${DEFAULT-VALUE}); finished runs are reused, interrupted ones resumed")
  Path out = Path.of("runs", "gan-compare");

  @Option(names = "--subset", paramLabel = "N", description = "train on the first N training digits")
  Integer subset;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores); never changes results")
  Integer threads;

  @Option(names = "--silent-surrogate", paramLabel = "S", description = "silent-input surrogate weight (default ${DEFAULT-VALUE})")
  double silentSurrogate = GanConfig.DEFAULT_SURROGATE;

  @Option(names = "--no-ann", description = "skip the ANN GAN baseline")
  boolean noAnn;

  @Option(names = "--no-quality", description = "skip quality metrics (no evaluation classifier needed)")
  boolean noQuality;

  /** One trained variant: its final figures. */
  record RunResult(GanStats stats, GanEpochMetrics.QualityLine quality, double wallSeconds, double samplesPerSecond,
      double updatesPerSecond) {}

  @Override
  public Integer call() throws Exception {
    int t = Threads.resolve(threads);
    PrintWriter pw = spec.commandLine().getOut();
    Model base = model == null ? SpikingGanModels.model(SpikingGanModels.defaults()) : ModelFiles.load(model);
    if (!(base.training() instanceof GanTraining gt)) {
      throw new UserException("model " + base.name() + " declares no GAN training");
    }
    if (seeds < 1) {
      throw new UserException("--seeds must be >= 1, got " + seeds);
    }
    int n = epochs == null ? gt.epochs() : epochs;
    AnnGanSizes annSizes = null;
    if (!noAnn) {
      try {
        annSizes = AnnGanSizes.of(base);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
    }
    Loss aggressive = gt.loss() instanceof Loss.AggressiveTtfs ? gt.loss() : SpikingGanModels.AGGRESSIVE_LOSS;
    Map<String, Loss> variants = new LinkedHashMap<>();
    variants.put("s4nn", new Loss.S4nn(aggressive.gamma()));
    variants.put("aggressive_ttfs", aggressive);
    TrainTestData data = DataSources.firstTraining(
        DataSources.resolve(null, base, model == null ? null : model.toAbsolutePath().getParent()), subset);
    SampleQuality quality = null;
    if (!noQuality) {
      quality = QualitySetup.sampleQuality(QualitySetup.classifier(null, from -> pw.println("evaluation classifier: " + from)), data);
    }
    pw.println("comparing losses on " + data.description() + ": " + n + " epochs, batch " + gt.batch() + ", " + seeds
        + " seed(s), " + t + " thread(s), aggressive = " + aggressive + " -> " + out);
    if (annSizes != null) {
      pw.println("ann_gan: " + annSizes.architecture() + ", G batch " + annSizes.generatorBatch());
    }
    Map<String, List<RunResult>> results = new LinkedHashMap<>();
    for (var v : variants.entrySet()) {
      List<RunResult> rs = new ArrayList<>();
      for (int k = 0; k < seeds; k++) {
        long seed = gt.seed() + k;
        Model m = withLoss(base, gt, v.getValue(), seed);
        Path dir = out.resolve(v.getKey() + "-seed" + seed);
        rs.add(trainOne(m, n, t, data, dir, quality, pw, v.getKey() + " seed " + seed + ": "));
      }
      results.put(v.getKey(), rs);
    }
    if (!noAnn) {
      List<RunResult> rs = new ArrayList<>();
      for (int k = 0; k < seeds; k++) {
        rs.add(ann(annSizes, gt, n, gt.seed() + k, data, quality, pw));
      }
      results.put("ann_gan", rs);
    }
    printTable(pw, results);
    return 0;
  }

  static Model withLoss(Model base, GanTraining gt, Loss loss, long seed) {
    GanTraining t = gt.withLossAndSeed(loss, seed);
    return new Model(base.schemaVersion(), base.name(), base.window(), base.neurons(), base.encoders(), base.networks(),
        t, base.deployment());
  }

  private RunResult trainOne(Model m, int n, int threads, TrainTestData data, Path dir, SampleQuality quality,
      PrintWriter pw, String prefix) throws Exception {
    GanConfig config = GanConfig.of(m, n, threads, silentSurrogate, quality == null ? 0 : n);
    List<GanEpochMetrics> metrics;
    long start = System.nanoTime();
    var printer = new GanProgressPrinter(pw, n, prefix);
    if (RunFolder.holdsRun(dir)) {
      GanRunFolder run = GanRunFolder.open(dir);
      if (!IrJson.write(run.model()).equals(IrJson.write(m))) {
        throw new UserException(dir + " holds a run of another model than this comparison's (a changed default or --model);"
            + " choose another --out or remove that folder");
      }
      List<GanEpochMetrics> done = run.readMetrics();
      if (!done.isEmpty() && done.get(done.size() - 1).epoch() >= n) {
        pw.println(prefix + "reusing the finished run " + dir);
        metrics = done.subList(0, n);
      } else {
        metrics = GanTrainer.resume(config, data, dir, quality, printer);
      }
    } else {
      metrics = GanTrainer.start(config, data, dir, quality, printer);
    }
    double wall = metrics.stream().mapToDouble(GanEpochMetrics::trainSeconds).sum();
    if (wall == 0) {
      wall = (System.nanoTime() - start) / 1e9;
    }
    GanEpochMetrics last = metrics.get(metrics.size() - 1);
    GanEpochMetrics.QualityLine q = last.quality();
    if (quality != null && q == null) {
      try (var p = new io.kairos.runtime.engine.Parallel(threads)) {
        GanTrainer.Networks nets = GanTrainer.loadRun(dir);
        q = GanEpochMetrics.QualityLine.of(GanImages.measure(nets.generator(), nets.noise(),
            ((GanTraining) m.training()).seed(), quality, p));
      }
    }
    double sps = metrics.stream().mapToDouble(GanEpochMetrics::samplesPerSecond).average().orElse(0);
    double ups = metrics.stream().mapToDouble(GanEpochMetrics::updatesPerSecond).average().orElse(0);
    return new RunResult(last.stats(), q, wall, sps, ups);
  }

  private static RunResult ann(AnnGanSizes sizes, GanTraining gt, int epochs, long seed, TrainTestData data,
      SampleQuality quality, PrintWriter pw) {
    var settings = AnnGan.Settings.baseline(sizes, epochs, gt.discriminatorSteps(), seed);
    AnnGan gan = new AnnGan(settings);
    long start = System.nanoTime();
    gan.train(GanImages.intensities(data.train(), data.train().count()), line -> {
      pw.println("ann_gan seed " + seed + ": " + line);
      pw.flush();
    });
    double wall = (System.nanoTime() - start) / 1e9;
    QualityReport q = quality == null ? null : quality.measure(gan.sample(GanImages.QUALITY_SAMPLES));
    // Per epoch: every D step sees batch real and batch generated digits, every G step generatorBatch.
    long dSteps = data.train().count() / settings.batch();
    double samples = (double) epochs * (dSteps * 2L * settings.batch()
        + dSteps / settings.discriminatorSteps() * settings.generatorBatch());
    return new RunResult(null, q == null ? null : GanEpochMetrics.QualityLine.of(q), wall, samples / wall, 0);
  }

  private static void printTable(PrintWriter pw, Map<String, List<RunResult>> results) {
    pw.println();
    pw.println("mean +- sd over seeds (figures after the last epoch; D on 1,000 held-out real + 1,000 generated digits)");
    row(pw, "", results.keySet().stream().toList());
    line(pw, results, "D decision time (steps)", r -> r.stats() == null ? Double.NaN : r.stats().decisionTime());
    line(pw, results, "  on real digits", r -> r.stats() == null ? Double.NaN : r.stats().decisionTimeReal());
    line(pw, results, "  on generated digits", r -> r.stats() == null ? Double.NaN : r.stats().decisionTimeFake());
    line(pw, results, "G last output spike", r -> r.stats() == null ? Double.NaN : r.stats().gLastSpike());
    line(pw, results, "D spikes/inference (neurons)", r -> r.stats() == null ? Double.NaN : dNeuronSpikes(r.stats().dSpikes()));
    for (String pop : populations(results, true)) {
      line(pw, results, "  D " + pop, r -> r.stats() == null ? Double.NaN : r.stats().dSpikes().getOrDefault(pop, Double.NaN));
    }
    line(pw, results, "D spikes before decision", r -> r.stats() == null ? Double.NaN : dNeuronSpikes(r.stats().dSpikesBeforeDecision()));
    for (String pop : populations(results, true)) {
      line(pw, results, "  D " + pop + " (before)",
          r -> r.stats() == null ? Double.NaN : r.stats().dSpikesBeforeDecision().getOrDefault(pop, Double.NaN));
    }
    for (String pop : populations(results, false)) {
      line(pw, results, "  G " + pop, r -> r.stats() == null ? Double.NaN : r.stats().gSpikes().getOrDefault(pop, Double.NaN));
    }
    line(pw, results, "D accuracy real", r -> r.stats() == null ? Double.NaN : r.stats().dAccuracyReal());
    line(pw, results, "D accuracy fake", r -> r.stats() == null ? Double.NaN : r.stats().dAccuracyFake());
    line(pw, results, "G black pixels", r -> r.stats() == null ? Double.NaN : r.stats().silentPixelShare());
    line(pw, results, "FD", r -> r.quality() == null ? Double.NaN : r.quality().frechetDistance());
    line(pw, results, "  real-vs-real floor", r -> r.quality() == null ? Double.NaN : r.quality().realFloor());
    line(pw, results, "classifier score", r -> r.quality() == null ? Double.NaN : r.quality().classifierScore());
    line(pw, results, "confident share", r -> r.quality() == null ? Double.NaN : r.quality().confidentShare());
    line(pw, results, "least class share", r -> r.quality() == null ? Double.NaN : r.quality().minClassShare());
    line(pw, results, "train wall time (s)", RunResult::wallSeconds);
    line(pw, results, "samples/s", RunResult::samplesPerSecond);
    line(pw, results, "G+D updates/s", RunResult::updatesPerSecond);
    List<RunResult> s = results.get("s4nn");
    List<RunResult> a = results.get("aggressive_ttfs");
    double dt = mean(a, r -> r.stats().decisionTime()) / mean(s, r -> r.stats().decisionTime()) - 1;
    double sp = mean(a, r -> dNeuronSpikes(r.stats().dSpikes())) / mean(s, r -> dNeuronSpikes(r.stats().dSpikes())) - 1;
    pw.println();
    pw.println(String.format(Locale.ROOT, "aggressive vs s4nn: D decision time %+.1f%% (claim: <= -33%%), D spikes/inference %+.1f%% (claim: <= -11%%)",
        100 * dt, 100 * sp));
    double before = mean(a, r -> dNeuronSpikes(r.stats().dSpikesBeforeDecision()))
        / mean(s, r -> dNeuronSpikes(r.stats().dSpikesBeforeDecision())) - 1;
    pw.println(String.format(Locale.ROOT, "  D spikes before the decision %+.1f%%", 100 * before));
    if (a.get(0).quality() != null) {
      double fd = mean(a, r -> r.quality().frechetDistance()) / mean(s, r -> r.quality().frechetDistance());
      pw.println(String.format(Locale.ROOT, "FD ratio aggressive / s4nn %.3f (claim: <= 1.10)", fd));
      if (results.containsKey("ann_gan")) {
        double ann = mean(results.get("ann_gan"), r -> r.quality().frechetDistance());
        pw.println(String.format(Locale.ROOT, "FD ratio s4nn / ann_gan %.3f, aggressive / ann_gan %.3f (acceptance: <= 1.5 for the default loss)",
            mean(s, r -> r.quality().frechetDistance()) / ann, mean(a, r -> r.quality().frechetDistance()) / ann));
      }
      perSeedFd(results).forEach(pw::println);
    }
    pw.flush();
  }

  /**
   * FD of every run in seed order, per variant, and each spiking variant's FD over the ANN GAN's of
   * the same seed: the table gives means, and a ratio of means can hide a seed over the limit.
   */
  static List<String> perSeedFd(Map<String, List<RunResult>> results) {
    List<String> out = new ArrayList<>();
    out.add("FD per seed:");
    results.forEach((variant, rs) -> out.add("  " + variant + " " + joined(fds(rs), "%.2f")));
    List<RunResult> ann = results.get("ann_gan");
    if (ann != null) {
      double[] annFd = fds(ann);
      results.forEach((variant, rs) -> {
        if (!variant.equals("ann_gan")) {
          double[] ratio = fds(rs);
          for (int k = 0; k < ratio.length; k++) {
            ratio[k] /= annFd[k];
          }
          out.add("  " + variant + " / ann_gan " + joined(ratio, "%.3f"));
        }
      });
    }
    return out;
  }

  private static double[] fds(List<RunResult> rs) {
    return rs.stream().mapToDouble(r -> r.quality().frechetDistance()).toArray();
  }

  private static String joined(double[] xs, String format) {
    return String.join(" / ", Arrays.stream(xs).mapToObj(x -> String.format(Locale.ROOT, format, x)).toList());
  }

  /** Spikes of D's neurons (hidden and output populations), leaving out the input spikes. */
  static double dNeuronSpikes(Map<String, Double> spikes) {
    double total = 0;
    boolean first = true;
    for (double v : spikes.values()) {
      if (!first) {
        total += v;
      }
      first = false;
    }
    return total;
  }

  private static List<String> populations(Map<String, List<RunResult>> results, boolean discriminator) {
    for (List<RunResult> rs : results.values()) {
      if (rs.get(0).stats() != null) {
        GanStats s = rs.get(0).stats();
        return new ArrayList<>((discriminator ? s.dSpikes() : s.gSpikes()).keySet());
      }
    }
    return List.of();
  }

  private static double mean(List<RunResult> rs, ToDoubleFunction<RunResult> f) {
    return rs.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  private static void line(PrintWriter pw, Map<String, List<RunResult>> results, String label, ToDoubleFunction<RunResult> f) {
    List<String> cells = new ArrayList<>();
    for (List<RunResult> rs : results.values()) {
      double m = mean(rs, f);
      double var = rs.stream().mapToDouble(f).map(x -> (x - m) * (x - m)).sum() / Math.max(1, rs.size() - 1);
      cells.add(Double.isNaN(m) ? "-" : rs.size() > 1 ? fmt(m) + " +- " + fmt(Math.sqrt(var)) : fmt(m));
    }
    row(pw, label, cells);
  }

  private static String fmt(double v) {
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
  }

  private static void row(PrintWriter pw, String label, List<String> cells) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-30s", label));
    for (String c : cells) {
      sb.append(String.format(Locale.ROOT, " | %-20s", c));
    }
    pw.println(sb);
  }
}
