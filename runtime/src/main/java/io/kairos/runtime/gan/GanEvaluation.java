package io.kairos.runtime.gan;

import io.kairos.compiler.ir.Model;
import io.kairos.runtime.engine.Decision;
import io.kairos.runtime.engine.ForwardTrace;
import io.kairos.runtime.engine.GanLearner;
import io.kairos.runtime.engine.NoiseCode;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.engine.Samples;
import io.kairos.runtime.engine.TargetRule;
import io.kairos.runtime.engine.TtfsNetwork;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures {@link GanStats}: D on {@code n} real digits and on G's digits for noise samples {@code
 * 0 .. n-1} of {@link GanLearner#STREAM_EVAL}. Per-sample results are stored and summed in sample
 * order, so the thread count never changes a figure.
 */
public final class GanEvaluation {
  private GanEvaluation() {}

  private static final class PerSample {
    int decision;
    boolean correct;
    double loss;
    double gLoss;
    int[] spikes;
    int[] before;
    int[] gSpikes;
    int lastSpike;
  }

  public static GanStats measure(Model model, TtfsNetwork g, TtfsNetwork d, TargetRule rule, Samples real, int n,
      long seed, Parallel parallel) {
    int count = Math.min(n, real.size());
    int window = d.window();
    NoiseCode noise = NoiseCode.forNetwork(model, g.name());
    int[][] fakes = GanLearner.generate(g, noise, seed, GanLearner.STREAM_EVAL, 0, count, parallel);
    PerSample[] rs = new PerSample[count];
    PerSample[] fs = new PerSample[count];
    parallel.forRange(count, (worker, from, to) -> {
      ForwardTrace dt = d.newTrace();
      ForwardTrace gt = g.newTrace();
      double[] targets = new double[2];
      for (int k = from; k < to; k++) {
        real.inputTimes(k, window, dt.inputTimes());
        d.forward(dt);
        rs[k] = discriminate(dt, rule, GanLearner.REAL, window, targets, d);
        GanLearner.noiseTimes(seed, GanLearner.STREAM_EVAL, k, noise, gt.inputTimes());
        g.forward(gt);
        System.arraycopy(gt.outputTimes(), 0, dt.inputTimes(), 0, dt.inputTimes().length);
        d.forward(dt);
        PerSample f = discriminate(dt, rule, GanLearner.FAKE, window, targets, d);
        f.gLoss = loss(dt.outputTimes(), rule, GanLearner.REAL, window, targets);
        f.gSpikes = new int[g.layers().size() + 1];
        f.gSpikes[0] = gt.inputSpikeCount();
        for (int l = 0; l < g.layers().size(); l++) {
          f.gSpikes[l + 1] = gt.spikeCount(l);
        }
        int last = -1;
        for (int t : gt.outputTimes()) {
          if (t < window) {
            last = Math.max(last, t);
          }
        }
        f.lastSpike = last;
        fs[k] = f;
      }
    });
    int dPops = d.layers().size() + 1;
    int gPops = g.layers().size() + 1;
    double[] spikes = new double[dPops];
    double[] before = new double[dPops];
    double[] gSpikes = new double[gPops];
    long realCorrect = 0;
    long fakeCorrect = 0;
    double dLoss = 0;
    double gLoss = 0;
    long decReal = 0;
    long decFake = 0;
    double lastSum = 0;
    long lastCount = 0;
    for (int k = 0; k < count; k++) {
      PerSample r = rs[k];
      PerSample f = fs[k];
      realCorrect += r.correct ? 1 : 0;
      fakeCorrect += f.correct ? 1 : 0;
      dLoss += r.loss + f.loss;
      gLoss += f.gLoss;
      decReal += r.decision;
      decFake += f.decision;
      for (int p = 0; p < dPops; p++) {
        spikes[p] += r.spikes[p] + f.spikes[p];
        before[p] += r.before[p] + f.before[p];
      }
      for (int p = 0; p < gPops; p++) {
        gSpikes[p] += f.gSpikes[p];
      }
      if (f.lastSpike >= 0) {
        lastSum += f.lastSpike;
        lastCount++;
      }
    }
    double pixels = g.outputSize();
    double silent = 1 - gSpikes[gPops - 1] / count / pixels;
    return new GanStats(
        (double) realCorrect / count,
        (double) fakeCorrect / count,
        dLoss / (2.0 * count),
        gLoss / count,
        (decReal + decFake) / (2.0 * count),
        (double) decReal / count,
        (double) decFake / count,
        byPopulation(model, d, spikes, 2.0 * count),
        byPopulation(model, d, before, 2.0 * count),
        byPopulation(model, g, gSpikes, count),
        lastCount == 0 ? Double.NaN : lastSum / lastCount,
        silent);
  }

  private static PerSample discriminate(ForwardTrace dt, TargetRule rule, int label, int window, double[] targets,
      TtfsNetwork d) {
    PerSample s = new PerSample();
    Decision dec = Decision.of(dt.outputTimes(), dt.outputPotentialAtFallback(), label, window);
    s.decision = dec.time();
    s.correct = dec.strictCorrect();
    s.loss = loss(dt.outputTimes(), rule, label, window, targets);
    int pops = d.layers().size() + 1;
    s.spikes = new int[pops];
    s.before = new int[pops];
    int limit = dec.time() == window ? window - 1 : dec.time();
    count(dt.inputTimes(), window, limit, 0, s);
    for (int l = 0; l < d.layers().size(); l++) {
      count(timesOf(dt, l), window, limit, l + 1, s);
    }
    return s;
  }

  private static int[] timesOf(ForwardTrace dt, int layer) {
    return dt.layerTimes(layer).times();
  }

  private static void count(int[] times, int window, int limit, int p, PerSample s) {
    for (int t : times) {
      if (t < window) {
        s.spikes[p]++;
        if (t <= limit) {
          s.before[p]++;
        }
      }
    }
  }

  static double loss(int[] times, TargetRule rule, int label, int window, double[] targets) {
    rule.targets(times, label, window, targets);
    double sum = 0;
    for (int j = 0; j < times.length; j++) {
      double e = (targets[j] - times[j]) / window;
      sum += e * e;
    }
    return 0.5 * sum;
  }

  private static Map<String, Double> byPopulation(Model model, TtfsNetwork net, double[] sums, double samples) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put(model.network(net.name()).orElseThrow().input(), sums[0] / samples);
    for (int l = 0; l < net.layers().size(); l++) {
      out.put(net.layers().get(l).name(), sums[l + 1] / samples);
    }
    return out;
  }
}
