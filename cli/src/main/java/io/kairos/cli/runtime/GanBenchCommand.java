package io.kairos.cli.runtime;

import io.kairos.cli.Threads;
import io.kairos.cli.UserException;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.SpikingGanModels;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.GeneratorAverage;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.Tally;
import io.kairos.runtime.engine.TargetRule;
import io.kairos.runtime.engine.WeightOptimizer;
import io.kairos.runtime.gan.GanConfig;
import io.kairos.runtime.gan.GanStep;
import io.kairos.runtime.gan.GanTrainer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kairos gan bench}: GAN training throughput of a model on the shipped digits: D and G
 * updates per second and samples per second (samples through D in D steps plus samples through G
 * and D in G steps), after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "GAN training throughput (G+D updates/s, samples/s) of the default (or given) Spiking-GAN.")
final class GanBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE", description = "GAN model (default: the built-in Spiking-GAN)")
  Path model;

  @Option(names = "--steps", paramLabel = "N", description = "timed D steps (default ${DEFAULT-VALUE}), after 10 warm-up steps")
  int steps = 60;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    int t = Threads.resolve(threads);
    if (steps < 1) {
      throw new UserException("--steps must be >= 1");
    }
    Model m = model == null ? SpikingGanModels.model(SpikingGanModels.defaults()) : ModelFiles.load(model);
    GanConfig config = GanConfig.of(m, null, t, GanConfig.DEFAULT_SURROGATE, 0);
    GanTraining gt = config.training();
    TrainTestData data = MnistFolder.shipped();
    GanTrainer.Networks n = GanTrainer.build(m, gt, data.train());
    GanTrainer.initialise(n, gt.seed());
    int[] order = new int[data.train().count()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int per = data.train().count() / gt.batch();
    var pw = spec.commandLine().getOut();
    try (GanLearner learner = new GanLearner(n.generator(), n.discriminator(), TargetRule.of(gt.loss()),
        WeightOptimizer.of(gt.generatorOptimizer(), n.generator()),
        WeightOptimizer.of(gt.discriminatorOptimizer(), n.discriminator()), gt.batch(), gt.generatorBatch(), t,
        gt.seed(), config.options(), n.noise());
        Parallel parallel = new Parallel(t)) {
      // The step the trainer runs, the generator average's update included.
      GeneratorAverage average = gt.generatorAverage() > 0
          ? GeneratorAverage.startingAt(n.generator(), gt.generatorAverage()) : null;
      GanStep unit = new GanStep(learner, gt, average, parallel);
      Tally dt = new Tally(n.discriminator());
      Tally g = new Tally(n.generator());
      long samples = 0;
      long updates = 0;
      long start = 0;
      for (int s = 0; s < steps + 10; s++) {
        if (s == 10) {
          start = System.nanoTime();
          samples = 0;
          updates = 0;
        }
        GanStep.Work work = unit.run(data.train(), order, s % per, s, dt, g);
        samples += work.samples();
        updates += work.updates();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      pw.println(String.format(Locale.ROOT,
          "gan bench: %s, batch %d, generator batch %d, generator average %s, %d D step(s) per G step, %d thread(s): "
              + "%.1f G+D updates/s, "
              + "%.0f samples/s (%d timed D steps in %.2f s; an epoch of %d digits ~ %.1f s)",
          m.name(), gt.batch(), gt.generatorBatch(), gt.generatorAverage() > 0 ? gt.generatorAverage() : "off",
          gt.discriminatorSteps(), t, updates / secs, samples / secs, steps, secs,
          data.train().count(), per * secs / steps));
    }
    return 0;
  }
}
