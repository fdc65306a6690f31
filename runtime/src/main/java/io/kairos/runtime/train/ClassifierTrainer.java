package io.kairos.runtime.train;

import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.RunFormatException;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.ClassifierLearner;
import io.kairos.runtime.engine.DeadNeurons;
import io.kairos.runtime.engine.Inference;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.Tally;
import io.kairos.runtime.engine.TargetRule;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.engine.UnsupportedModelException;
import io.kairos.runtime.engine.WeightOptimizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classifier training loop: per epoch, train on the training set in its order, fold the decay,
 * evaluate test and training sets, re-draw dead neurons, commit a checkpoint.
 */
public final class ClassifierTrainer {
  private static final int PROGRESS_EVERY = 500;

  private ClassifierTrainer() {}

  /**
   * Starts a new run in {@code out} (which must not hold one) and trains to the configured epochs.
   * Everything is validated before the first file is written.
   */
  public static List<EpochMetrics> start(TrainingConfig config, TrainTestData data, Path out, TrainingListener listener)
      throws IOException {
    TtfsNetwork net = TtfsNetwork.fromIr(config.model(), config.training().network());
    checkFits(net, data);
    if (RunFolder.holdsRun(out)) {
      throw new RunFormatException(out + " already holds a training run; use --resume to continue it or choose another --out");
    }
    net.initialise(config.training().seed());
    WeightOptimizer opt = WeightOptimizer.of(config.training().optimizer(), net);
    RunFolder run = RunFolder.create(out, config, data.description());
    return loop(config, data, run, net, opt, new ArrayList<>(), listener);
  }

  /**
   * Continues the run in {@code out} from its last checkpoint. {@code config} must describe the
   * same model; its epoch count is the new target.
   */
  public static List<EpochMetrics> resume(TrainingConfig config, TrainTestData data, Path out, TrainingListener listener)
      throws IOException {
    RunFolder run = RunFolder.open(out);
    Model stored = run.model();
    if (!IrJson.write(stored).equals(IrJson.write(config.model()))) {
      throw new RunFormatException(out + " was trained with a different model than the one given; resume it with its own model.json");
    }
    if (!run.manifest("data").equals(data.description())) {
      throw new RunFormatException(
          out + " was trained on " + run.manifest("data") + ", not on " + data.description());
    }
    TtfsNetwork net = TtfsNetwork.fromIr(config.model(), config.training().network());
    checkFits(net, data);
    RunFolder.Checkpoint cp = run.checkpoint(net);
    net.load(cp.weights());
    WeightOptimizer opt = WeightOptimizer.of(config.training().optimizer(), net);
    opt.restore(cp.optimizerState(), cp.optimizerSteps());
    return loop(config, data, run, net, opt, new ArrayList<>(cp.metrics()), listener);
  }

  /** Checks that the network's input and output sizes fit the data. */
  public static void checkFits(TtfsNetwork net, TrainTestData data) {
    LabelledImages train = data.train();
    if (net.inputSize() != train.pixelsPerImage()) {
      throw new UnsupportedModelException(
          "network " + net.name() + " has " + net.inputSize() + " inputs but the data images have "
              + train.pixelsPerImage() + " pixels (" + train.rows() + "x" + train.cols() + ")");
    }
    int classes = Math.max(train.classes(), data.test().classes());
    if (net.outputSize() < classes) {
      throw new UnsupportedModelException(
          "network " + net.name() + " has " + net.outputSize() + " output neurons but the data has "
              + classes + " classes");
    }
  }

  private static List<EpochMetrics> loop(TrainingConfig config, TrainTestData data, RunFolder run, TtfsNetwork net,
      WeightOptimizer opt, List<EpochMetrics> metrics, TrainingListener listener) throws IOException {
    ClassifierTraining t = config.training();
    LabelledImages train = data.train();
    int[] order = new int[train.count()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int first = metrics.isEmpty() ? 1 : metrics.get(metrics.size() - 1).epoch() + 1;
    try (ClassifierLearner learner = new ClassifierLearner(net, TargetRule.of(t.loss()), opt, t.batch(), config.threads());
        Parallel parallel = new Parallel(config.threads())) {
      for (int epoch = first; epoch <= config.epochs(); epoch++) {
        Tally running = new Tally(net);
        long start = System.nanoTime();
        for (int s = 0; s < order.length; s += PROGRESS_EVERY) {
          int end = Math.min(order.length, s + PROGRESS_EVERY);
          learner.train(train, order, s, end, running);
          double secs = (System.nanoTime() - start) / 1e9;
          listener.progress(epoch, end, order.length, end / secs, running.s4nnAccuracy());
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        net.foldScales();
        Tally test = Inference.evaluate(net, data.test(), parallel);
        Tally trainEval = Inference.evaluate(net, train, parallel);
        Map<String, Integer> redrawn = DeadNeurons.redraw(net, running, t.deadNeuronRate(), t.seed(), epoch);
        metrics.add(new EpochMetrics(epoch, trainSeconds, train.count() / trainSeconds, running.s4nnAccuracy(),
            trainEval.s4nnAccuracy(), trainEval.strictAccuracy(), test.s4nnAccuracy(), test.strictAccuracy(),
            test.meanDecisionTime(), test.silentSamples(), spikesByPopulation(net, config.model(), test), redrawn));
        run.commitEpoch(config.model(), net, opt, metrics);
        listener.epochDone(metrics.get(metrics.size() - 1));
      }
    }
    return metrics;
  }

  /** Mean spikes per sample by population name, the input (encoder) first. */
  public static Map<String, Double> spikesByPopulation(TtfsNetwork net, Model model, Tally tally) {
    double[] s = tally.spikesPerSample();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put(model.network(net.name()).orElseThrow().input(), s[0]);
    for (int l = 0; l < net.layers().size(); l++) {
      out.put(net.layers().get(l).name(), s[l + 1]);
    }
    return out;
  }
}
