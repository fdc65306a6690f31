package io.kairos.cli.runtime;

import io.kairos.cli.Threads;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.Inference;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.Tally;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.train.ClassifierTrainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos eval}: accuracy, decision times and spikes of a trained run. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate a run folder: accuracy (both decision rules), decision-time histogram, spikes per layer.")
public final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a run folder written by `kairos train`")
  Path runDir;

  @Option(names = "--data", paramLabel = "DIR", description = "folder of MNIST-format IDX files (default: the model's dataset)")
  Path data;

  @Option(names = "--set", paramLabel = "SET", description = "test (default) or train")
  String set = "test";

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  Integer threads;

  @Option(names = "--stop-at-decision",
      description = "stop each image at the first output spike: same accuracy, spikes counted only before the decision")
  boolean stopAtDecision;

  @Override
  public Integer call() throws Exception {
    int t = Threads.resolve(threads);
    if (!set.equals("test") && !set.equals("train")) {
      throw new io.kairos.cli.UserException("--set must be test or train, not " + set);
    }
    TrainedModel trained = TrainedModel.load(runDir);
    String netName = DataSources.networkOf(trained.model());
    TtfsNetwork net = TtfsNetwork.fromIr(trained.model(), netName);
    net.load(trained.weightsOf(netName));
    TrainTestData d = DataSources.resolve(data, trained.model(), null);
    ClassifierTrainer.checkFits(net, d);
    LabelledImages images = set.equals("test") ? d.test() : d.train();
    Tally tally;
    long start = System.nanoTime();
    try (Parallel p = new Parallel(t)) {
      tally = Inference.evaluate(net, images, p, stopAtDecision);
    }
    double secs = (System.nanoTime() - start) / 1e9;
    print(spec.commandLine().getOut(), trained, net, d, images, tally, secs);
    return 0;
  }

  private void print(PrintWriter out, TrainedModel trained, TtfsNetwork net, TrainTestData d, LabelledImages images,
      Tally tally, double secs) {
    out.printf(Locale.ROOT, "%s on %d %s images of %s (%.0f img/s)%n", runDir, images.count(), set, d.description(),
        images.count() / secs);
    out.printf(Locale.ROOT, "accuracy: %.2f%% (S4NN rule: ties with the correct class count, silent -> largest V at t_max-3)%n",
        100 * tally.s4nnAccuracy());
    out.printf(Locale.ROOT, "accuracy: %.2f%% (strict rule: a unique earliest output spike)%n", 100 * tally.strictAccuracy());
    out.printf(Locale.ROOT, "decision time (first output spike): mean %.1f steps, %d of %d images with no output spike%n",
        tally.meanDecisionTime(), tally.silentSamples(), tally.samples());
    out.println((stopAtDecision ? "spikes per image before the decision: " : "spikes per image: ")
        + ProgressPrinter.spikes(ClassifierTrainer.spikesByPopulation(net, trained.model(), tally)));
    out.println("decision-time histogram (steps, images):");
    long[] h = tally.decisionHistogram();
    int window = net.window();
    int bin = Math.max(1, window / 16);
    long max = 1;
    long[] bins = new long[(window + bin - 1) / bin];
    for (int k = 0; k < window; k++) {
      bins[k / bin] += h[k];
    }
    for (long b : bins) {
      max = Math.max(max, b);
    }
    for (int b = 0; b < bins.length; b++) {
      out.printf(Locale.ROOT, "  %3d-%3d %6d %s%n", b * bin, Math.min(window, (b + 1) * bin) - 1, bins[b],
          "#".repeat((int) (50 * bins[b] / max)));
    }
    out.printf(Locale.ROOT, "  silent  %6d%n", h[window]);
  }
}
