package io.kairos.runtime.bench;

import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.S4nnModels;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.ClassifierLearner;
import io.kairos.runtime.engine.Inference;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.Tally;
import io.kairos.runtime.engine.TargetRule;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.engine.WeightOptimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Throughput of S4NN training and inference on the event-driven kernels (docs/benchmarks.md).
 * The network is first trained one epoch (so spike counts are those of a learning network, not of
 * a random one); every timed repeat then starts from that state.
 */
public final class S4nnBenchmark {
  /**
   * One measured figure: median, min and max over the repeats, in images per second of wall time;
   * and the median in images per CPU-second of the calling thread (meaningful for 1 thread only:
   * it discounts time the OS gave to other processes on a shared machine).
   */
  public record Figure(String name, double median, double min, double max, double medianPerCpuSecond) {}

  /** Spike counts of the benchmarked network, per image, for the cost analysis. */
  public record Activity(double inputSpikes, double hiddenSpikes, double outputSpikes, int hidden, int outputs) {}

  /**
   * @param activity spikes per image of full passes
   * @param beforeDecision spikes per image up to the first output spike
   */
  public record Result(List<Figure> figures, Activity activity, Activity beforeDecision, double meanDecisionTime) {}

  private S4nnBenchmark() {}

  public static Result run(TrainTestData data, int repeats, int images, long seed, Consumer<String> log) {
    Model model = S4nnModels.s4nn(400, 1, seed);
    ClassifierTraining t = (ClassifierTraining) model.training();
    TtfsNetwork net = TtfsNetwork.fromIr(model, t.network());
    net.initialise(seed);
    LabelledImages train = data.train();
    int[] order = new int[train.count()];
    Arrays.setAll(order, i -> i);
    log.accept("warm-up: one training epoch on " + train.count() + " images");
    trainOnce(net, model, 1, 1, train, order, train.count());
    List<WeightMatrix> trained = net.weights();
    LabelledImages sample = train.head(Math.min(images, train.count()));
    Tally activity;
    try (Parallel p = new Parallel(1)) {
      activity = Inference.evaluate(net, sample, p);
    }
    double[] s = activity.spikesPerSample();
    List<Figure> figures = new ArrayList<>();
    int n = sample.count();
    figures.add(measure("train batch 1, 1 thread", n, repeats, log, () -> {
      net.load(trained);
      return n / trainOnce(net, model, 1, 1, sample, order, n);
    }));
    for (int threads : new int[] {1, 2}) {
      figures.add(measure("train batch 32, " + threads + " thread(s)", n, repeats, log, () -> {
        net.load(trained);
        return n / trainOnce(net, model, 32, threads, sample, order, n);
      }));
    }
    net.load(trained);
    for (boolean stop : new boolean[] {false, true}) {
      for (int threads : new int[] {1, 2}) {
        String name = (stop ? "inference to decision, " : "inference full pass, ") + threads + " thread(s)";
        figures.add(measure(name, n, repeats, log, () -> {
          try (Parallel p = new Parallel(threads)) {
            long t0 = System.nanoTime();
            Inference.evaluate(net, sample, p, stop);
            return n / ((System.nanoTime() - t0) / 1e9);
          }
        }));
      }
    }
    Tally early;
    try (Parallel p = new Parallel(1)) {
      early = Inference.evaluate(net, sample, p, true);
    }
    double[] e = early.spikesPerSample();
    return new Result(figures, new Activity(s[0], s[1], s[2], 400, 10),
        new Activity(e[0], e[1], e[2], 400, 10), activity.meanDecisionTime());
  }

  private static double trainOnce(TtfsNetwork net, Model model, int batch, int threads, LabelledImages data,
      int[] order, int n) {
    ClassifierTraining t = (ClassifierTraining) model.training();
    WeightOptimizer opt = WeightOptimizer.of(t.optimizer(), net);
    try (ClassifierLearner learner = new ClassifierLearner(net, TargetRule.of(t.loss()), opt, batch, threads)) {
      Tally tally = new Tally(net);
      long t0 = System.nanoTime();
      learner.train(data, order, 0, n, tally);
      double secs = (System.nanoTime() - t0) / 1e9;
      net.foldScales();
      return secs;
    }
  }

  private interface Timed {
    double imagesPerSecond();
  }

  private static Figure measure(String name, int images, int repeats, Consumer<String> log, Timed run) {
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    run.imagesPerSecond(); // JIT warm-up
    double[] r = new double[repeats];
    double[] cpu = new double[repeats];
    for (int k = 0; k < repeats; k++) {
      long c0 = mx.getCurrentThreadCpuTime();
      r[k] = run.imagesPerSecond();
      cpu[k] = images / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    Figure f = new Figure(name, median(r), r[0], r[repeats - 1], median(cpu));
    Arrays.sort(r);
    f = new Figure(name, f.median(), r[0], r[repeats - 1], f.medianPerCpuSecond());
    log.accept(String.format(java.util.Locale.ROOT,
        "%-36s median %8.0f img/s (min %.0f, max %.0f, %d repeats)%s", name, f.median(), f.min(), f.max(), repeats,
        name.contains("2 thread") ? "" : String.format(java.util.Locale.ROOT, "; %.0f img per CPU-second", f.medianPerCpuSecond())));
    return f;
  }

  private static double median(double[] values) {
    double[] r = values.clone();
    Arrays.sort(r);
    int n = r.length;
    return n % 2 == 1 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
  }
}
