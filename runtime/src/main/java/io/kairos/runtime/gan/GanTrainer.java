package io.kairos.runtime.gan;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.RunFormatException;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.DeadNeurons;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.GeneratorAverage;
import io.kairos.runtime.engine.NoiseCode;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.Seeds;
import io.kairos.runtime.engine.Tally;
import io.kairos.runtime.engine.TargetRule;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.engine.UnsupportedModelException;
import io.kairos.runtime.engine.WeightOptimizer;
import io.kairos.runtime.quality.SampleQuality;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The GAN training loop (docs/gan.md): per epoch, the training digits in a seeded shuffled order,
 * {@code batch} real digits per D step and one G step ({@code generatorBatch} noise samples) after
 * every {@code discriminatorSteps} D steps; then fold decays, re-draw dead hidden neurons of both networks, measure, write the sample
 * grid, commit a checkpoint. Every random choice is keyed by (seed, epoch or step), so a resumed
 * run equals an uninterrupted one and the thread count changes nothing. With a generator average
 * (docs/gan.md, "Generator average") the averaged G is updated after every G step and is the
 * generator that is measured, drawn, exported and loaded; training uses the raw G.
 */
public final class GanTrainer {
  private static final int PROGRESS_STEPS = 25;

  private GanTrainer() {}

  /**
   * The two networks of a GAN model, checked against each other and the data.
   *
   * @param noise the code of G's noise encoder (docs/gan.md, "Noise code")
   */
  public record Networks(TtfsNetwork generator, TtfsNetwork discriminator, NoiseCode noise) {}

  /** Builds and checks G and D (nothing is written). */
  public static Networks build(Model model, GanTraining t, LabelledImages train) {
    TtfsNetwork g = TtfsNetwork.fromIr(model, t.generator());
    TtfsNetwork d = TtfsNetwork.fromIr(model, t.discriminator());
    NoiseCode noise = NoiseCode.forNetwork(model, t.generator());
    GanLearner.checkPair(g, d);
    GanImages.side(g.outputSize());
    if (train != null && d.inputSize() != train.pixelsPerImage()) {
      throw new UnsupportedModelException("discriminator " + d.name() + " has " + d.inputSize()
          + " inputs but the data images have " + train.pixelsPerImage() + " pixels");
    }
    if (train != null && train.count() < t.batch()) {
      throw new UnsupportedModelException("the data has " + train.count() + " training digits, fewer than one batch of " + t.batch());
    }
    return new Networks(g, d, noise);
  }

  public static void initialise(Networks n, long seed) {
    n.generator().initialise(Seeds.mix(seed, GanLearner.STREAM_G_INIT, 0));
    n.discriminator().initialise(Seeds.mix(seed, GanLearner.STREAM_D_INIT, 0));
  }

  /** Starts a new run in {@code out}; {@code quality} may be null (no quality metrics). */
  public static List<GanEpochMetrics> start(GanConfig config, TrainTestData data, Path out, SampleQuality quality,
      GanListener listener) throws IOException {
    Networks n = build(config.model(), config.training(), data.train());
    initialise(n, config.training().seed());
    WeightOptimizer gOpt = WeightOptimizer.of(config.training().generatorOptimizer(), n.generator());
    WeightOptimizer dOpt = WeightOptimizer.of(config.training().discriminatorOptimizer(), n.discriminator());
    GeneratorAverage average = config.training().generatorAverage() > 0
        ? GeneratorAverage.startingAt(n.generator(), config.training().generatorAverage())
        : null;
    GanRunFolder run = GanRunFolder.create(out, config, data.description());
    return loop(config, data, run, n, average, gOpt, dOpt, new ArrayList<>(), quality, listener);
  }

  /** Continues the GAN run in {@code out} from its last checkpoint, to {@code config.epochs()}. */
  public static List<GanEpochMetrics> resume(GanConfig config, TrainTestData data, Path out, SampleQuality quality,
      GanListener listener) throws IOException {
    GanRunFolder run = GanRunFolder.open(out);
    if (!run.hasCheckpoint()) {
      throw new RunFormatException(out + " has no committed checkpoint to resume from");
    }
    if (!IrJson.write(run.model()).equals(IrJson.write(config.model()))) {
      throw new RunFormatException(out + " was trained with a different model than the one given; resume it with its own model.json");
    }
    if (!run.manifest("data").equals(data.description())) {
      throw new RunFormatException(out + " was trained on " + run.manifest("data") + ", not on " + data.description());
    }
    if (Double.parseDouble(run.manifest("silentSurrogate")) != config.options().silentSurrogate()) {
      throw new RunFormatException(out + " was trained with silent-input surrogate " + run.manifest("silentSurrogate")
          + ", not " + config.options().silentSurrogate());
    }
    for (var option : new String[][] {
        {"featureMatching", Double.toString(config.options().featureMatching())},
        {"featureSpread", Double.toString(config.options().featureSpread())},
        {"hiddenRate", Double.toString(config.options().hiddenRate())},
        {"hiddenRateWeight", Double.toString(config.options().hiddenRateWeight())},
        {"lateSurrogate", Double.toString(config.options().lateSurrogate())}}) {
      if (Double.parseDouble(run.manifestOr(option[0], "0")) != Double.parseDouble(option[1])) {
        throw new RunFormatException(out + " was trained with " + option[0] + " " + run.manifestOr(option[0], "0")
            + ", not " + option[1]);
      }
    }
    Networks n = build(config.model(), config.training(), data.train());
    GanRunFolder.Checkpoint cp = run.checkpoint(n.generator(), n.discriminator());
    n.generator().load(cp.generator());
    n.discriminator().load(cp.discriminator());
    GeneratorAverage average = config.training().generatorAverage() > 0
        ? GeneratorAverage.resumedFrom(n.generator(), averageOf(cp, out), config.training().generatorAverage())
        : null;
    WeightOptimizer gOpt = WeightOptimizer.of(config.training().generatorOptimizer(), n.generator());
    WeightOptimizer dOpt = WeightOptimizer.of(config.training().discriminatorOptimizer(), n.discriminator());
    gOpt.restore(cp.generatorOptimizer(), cp.generatorSteps());
    dOpt.restore(cp.discriminatorOptimizer(), cp.discriminatorSteps());
    return loop(config, data, run, n, average, gOpt, dOpt, new ArrayList<>(cp.metrics()), quality, listener);
  }

  /** The checkpoint's averaged G, which a model with a generator average must have. */
  private static List<WeightMatrix> averageOf(GanRunFolder.Checkpoint cp, Path dir) {
    if (cp.generatorAverage() == null) {
      throw new RunFormatException(dir + ": incomplete checkpoint (the model has a generator average but checkpoint "
          + "epoch " + cp.epoch() + " holds no " + GanRunFolder.GENERATOR_AVERAGE_DIR + "/)");
    }
    return cp.generatorAverage();
  }

  private static List<GanEpochMetrics> loop(GanConfig config, TrainTestData data, GanRunFolder run, Networks n,
      GeneratorAverage average, WeightOptimizer gOpt, WeightOptimizer dOpt, List<GanEpochMetrics> metrics,
      SampleQuality quality, GanListener listener) throws IOException {
    GanTraining t = config.training();
    TtfsNetwork g = n.generator();
    TtfsNetwork d = n.discriminator();
    TtfsNetwork shown = average == null ? g : average.network(); // "the generator" of the run
    LabelledImages train = data.train();
    TargetRule rule = TargetRule.of(t.loss());
    int steps = train.count() / t.batch();
    int first = metrics.isEmpty() ? 1 : metrics.get(metrics.size() - 1).epoch() + 1;
    try (GanLearner learner = new GanLearner(g, d, rule, gOpt, dOpt, t.batch(), t.generatorBatch(), config.threads(),
        t.seed(), config.options(), n.noise());
        Parallel parallel = new Parallel(config.threads())) {
      GanStep unit = new GanStep(learner, t, average, parallel);
      for (int epoch = first; epoch <= config.epochs(); epoch++) {
        int[] order = shuffled(train.count(), t.seed(), epoch);
        Tally dTally = new Tally(d);
        Tally gTally = new Tally(g);
        long start = System.nanoTime();
        long samples = 0;
        long updates = 0;
        for (int s = 0; s < steps; s++) {
          GanStep.Work work = unit.run(train, order, s, (long) (epoch - 1) * steps + s, dTally, gTally);
          samples += work.samples();
          updates += work.updates();
          if ((s + 1) % PROGRESS_STEPS == 0 || s + 1 == steps) {
            listener.progress(epoch, s + 1, steps, samples / ((System.nanoTime() - start) / 1e9));
          }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        g.foldScales();
        d.foldScales();
        Map<String, Integer> redrawn = new LinkedHashMap<>();
        DeadNeurons.redraw(d, dTally, t.deadNeuronRate(), t.seed(), epoch)
            .forEach((k, v) -> redrawn.put(d.name() + "." + k, v));
        List<int[]> gRedrawn = DeadNeurons.redrawTargets(g, gTally, t.deadNeuronRate(),
            Seeds.mix(t.seed(), GanLearner.STREAM_REDRAW_G, 0), epoch);
        DeadNeurons.counts(g, gRedrawn).forEach((k, v) -> redrawn.put(g.name() + "." + k, v));
        if (average != null) {
          average.copyRedrawn(gRedrawn);
        }
        GanStats stats = GanEvaluation.measure(config.model(), shown, d, rule, data.test(), config.evalSamples(),
            t.seed(), parallel);
        GanEpochMetrics.QualityLine q = null;
        boolean due = config.qualityEvery() > 0 && (epoch % config.qualityEvery() == 0 || epoch == config.epochs());
        if (quality != null && due) {
          q = GanEpochMetrics.QualityLine.of(GanImages.measure(shown, n.noise(), t.seed(), quality, parallel));
        }
        metrics.add(new GanEpochMetrics(epoch, secs, samples / secs, updates / secs, stats, redrawn, q));
        run.commitEpoch(config.model(), g, average == null ? null : average.weights(), d, gOpt, dOpt, metrics,
            GanImages.grid(shown, n.noise(), t.seed(), parallel));
        listener.epochDone(metrics.get(metrics.size() - 1));
      }
    }
    return metrics;
  }

  /** The epoch's order of the training digits: a Fisher-Yates shuffle seeded by (seed, epoch). */
  static int[] shuffled(int n, long seed, int epoch) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(Seeds.mix(seed, GanLearner.STREAM_SHUFFLE, epoch));
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int x = order[i];
      order[i] = order[j];
      order[j] = x;
    }
    return order;
  }

  /** G and D of the last committed epoch of a GAN run folder, and that epoch. */
  public record CommittedRun(Networks networks, int epoch) {}

  /**
   * Loads G and D from a finished (or interrupted) GAN run folder: the last committed epoch, read
   * from its checkpoint (the top-level weights are written before the checkpoint is committed, so
   * after an interruption between the two they may belong to an epoch that was never committed).
   * When the model has a generator average, G is the averaged G (docs/gan.md, "Generator
   * average"), not the raw one training continues.
   */
  public static CommittedRun loadCommitted(Path dir) throws IOException {
    GanRunFolder run = GanRunFolder.open(dir);
    Model model = run.model();
    if (!(model.training() instanceof GanTraining gt)) {
      throw new RunFormatException(dir + " has no generator (its model declares no GAN training)");
    }
    if (!run.hasCheckpoint()) {
      throw new RunFormatException(dir + " holds no trained generator yet (no epoch was committed)");
    }
    Networks n = build(model, gt, null);
    GanRunFolder.Checkpoint cp = run.checkpoint(n.generator(), n.discriminator());
    n.generator().load(gt.generatorAverage() > 0 ? averageOf(cp, dir) : cp.generator());
    n.discriminator().load(cp.discriminator());
    return new CommittedRun(n, cp.epoch());
  }

  /** {@link #loadCommitted}'s networks. */
  public static Networks loadRun(Path dir) throws IOException {
    return loadCommitted(dir).networks();
  }
}
