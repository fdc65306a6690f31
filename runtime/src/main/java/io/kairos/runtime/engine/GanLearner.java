package io.kairos.runtime.engine;

import io.kairos.compiler.ir.MatchingPairing;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Adversarial TTFS training of a generator G against a discriminator D (docs/gan.md), reusing the
 * S4NN kernels of {@link DenseTtfsLayer}.
 *
 * <p>D step: {@code n} real samples and {@code n} samples of G (fresh noise), interleaved real,
 * fake, real, ..., labelled {@link #REAL} / {@link #FAKE} (each label flipped with probability
 * {@code labelNoise}), trained by a {@link ClassifierLearner}: with SGD exactly as S4NN, one update
 * per sample; with Adam one update per D step from the mean gradient of the 2n samples. G step: D frozen; each of {@code
 * batch} noise samples goes through G, G's output times are D's input times, D's targets say
 * "real", and the error at D's input spike times (S4NN propagation through D, normalised) is G's
 * output-layer error; from there S4NN propagation through G. The gradients of the batch are reduced
 * in sample order and G takes one optimizer step, so the thread count never changes a result.
 *
 * <p>The G step takes {@code generatorBatch} noise samples (docs/gan.md, "Generator batch"; by
 * default {@code batch}); its gradient is their mean. Its real digits (sample and feature matching)
 * continue the D step's in the epoch's order: real digit {@code j} is {@code order[(from + j) %
 * order.length]}.
 */
public final class GanLearner implements AutoCloseable {
  /** D's output neuron that says "real". */
  public static final int REAL = 0;
  /** D's output neuron that says "fake". */
  public static final int FAKE = 1;

  /** Seed streams of the GAN's random choices (beside {@link Seeds#INIT} and {@link Seeds#REDRAW}). */
  public static final long STREAM_G_INIT = 10;
  public static final long STREAM_D_INIT = 11;
  public static final long STREAM_NOISE_D = 12;
  public static final long STREAM_NOISE_G = 13;
  public static final long STREAM_LABELS = 14;
  public static final long STREAM_SHUFFLE = 15;
  public static final long STREAM_GRID = 16;
  public static final long STREAM_EVAL = 17;
  public static final long STREAM_QUALITY = 18;
  public static final long STREAM_REDRAW_G = 19;

  /**
   * Stabilisation options that are not part of the IR (docs/gan.md, "Options").
   *
   * @param labelNoise probability of flipping each D label (the IR's {@code labelNoise})
   * @param silentSurrogate weight {@code s} of the silent-input surrogate: a D input that did not
   *     fire gets the error {@code s * sum_j delta_j w_jk} over all of D's first-layer neurons, as if
   *     it had fired before every one of them; 0 = S4NN's exact rule (no error for silent inputs)
   * @param featureMatching share {@code f} in [0, 1] of the feature-matching error in G's error at
   *     D's last hidden layer ({@link FeatureMatching}); 0 = the adversarial error only, 1 = feature
   *     matching only
   * @param featureSpread spread limit {@code k} of the feature-matching target ({@link
   *     FeatureMatching}); 0 = match the real mean times only
   * @param hiddenRate target share {@code p} of the G-step noise vectors on which each G hidden
   *     neuron fires ({@link HiddenRate}); 0 = off
   * @param hiddenRateWeight share {@code a} in [0, 1] of the hidden-rate error in G's hidden errors
   * @param lateSurrogate weight {@code L} of the late-input surrogate: a D input that fired at or
   *     after some of D's first-layer neurons also gets {@code L * sum_{j: t_j <= t_k} delta_j w_jk}
   *     (S4NN gives those neurons' errors no path to it); 0 = off
   * @param sampleMatching share {@code m} in [0, 1] of the sample-matching error ({@link
   *     SampleMatching}) in G's output error (the IR's {@code sampleMatching}); 0 = off
   * @param generatorCentring share {@code c} in [0, 1] of the batch-mean part removed from G's
   *     gradients ({@link GradientCentring}; the IR's {@code generatorCentring}); 0 = S4NN's gradient
   * @param matchingMargin margin {@code m} in [0, 1] of the sample-matching error around G's output
   *     threshold ({@link SampleMatching}; the IR's {@code matchingMargin}); 0 = none; needs sample
   *     matching
   * @param matchingPairing how sample matching pairs generated with real digits ({@link
   *     SampleMatching}; the IR's {@code matchingPairing}); {@code OPTIMAL} needs sample matching
   */
  public record Options(double labelNoise, double silentSurrogate, double featureMatching, double featureSpread,
      double hiddenRate, double hiddenRateWeight, double lateSurrogate, double sampleMatching,
      double generatorCentring, double matchingMargin, MatchingPairing matchingPairing) {
    public Options {
      if (matchingPairing == null) {
        throw new UnsupportedModelException("the matching pairing must be greedy or optimal, got none");
      }
      if (matchingPairing != MatchingPairing.GREEDY && sampleMatching == 0) {
        throw new UnsupportedModelException("matching pairing " + matchingPairing.text()
            + " needs sample matching: set sample_matching above 0");
      }
      if (!(matchingMargin >= 0 && matchingMargin <= 1)) {
        throw new UnsupportedModelException("the matching margin must be in [0, 1], got " + matchingMargin);
      }
      if (matchingMargin > 0 && sampleMatching == 0) {
        throw new UnsupportedModelException(
            "a matching margin (" + matchingMargin + ") needs sample matching: set sample_matching above 0");
      }
      if (!(generatorCentring >= 0 && generatorCentring <= 1)) {
        throw new UnsupportedModelException("the generator centring share must be in [0, 1], got " + generatorCentring);
      }
      if (!(labelNoise >= 0 && labelNoise <= 1)) {
        throw new UnsupportedModelException("label noise must be in [0, 1], got " + labelNoise);
      }
      if (!(silentSurrogate >= 0)) {
        throw new UnsupportedModelException("the silent-input surrogate weight must be >= 0, got " + silentSurrogate);
      }
      if (!(featureMatching >= 0 && featureMatching <= 1)) {
        throw new UnsupportedModelException("the feature-matching share must be in [0, 1], got " + featureMatching);
      }
      if (!(featureSpread >= 0)) {
        throw new UnsupportedModelException("the feature-matching spread limit must be >= 0, got " + featureSpread);
      }
      if (!(hiddenRate >= 0 && hiddenRate <= 1) || !(hiddenRateWeight >= 0 && hiddenRateWeight <= 1)) {
        throw new UnsupportedModelException(
            "the G hidden rate and its weight must be in [0, 1], got " + hiddenRate + " and " + hiddenRateWeight);
      }
      if (!(lateSurrogate >= 0)) {
        throw new UnsupportedModelException("the late-input surrogate weight must be >= 0, got " + lateSurrogate);
      }
      if (!(sampleMatching >= 0 && sampleMatching <= 1)) {
        throw new UnsupportedModelException("the sample-matching share must be in [0, 1], got " + sampleMatching);
      }
    }

    /** Greedy pairing. */
    public Options(double labelNoise, double silentSurrogate, double featureMatching, double featureSpread,
        double hiddenRate, double hiddenRateWeight, double lateSurrogate, double sampleMatching,
        double generatorCentring, double matchingMargin) {
      this(labelNoise, silentSurrogate, featureMatching, featureSpread, hiddenRate, hiddenRateWeight, lateSurrogate,
          sampleMatching, generatorCentring, matchingMargin, MatchingPairing.GREEDY);
    }

    /** No matching margin. */
    public Options(double labelNoise, double silentSurrogate, double featureMatching, double featureSpread,
        double hiddenRate, double hiddenRateWeight, double lateSurrogate, double sampleMatching,
        double generatorCentring) {
      this(labelNoise, silentSurrogate, featureMatching, featureSpread, hiddenRate, hiddenRateWeight, lateSurrogate,
          sampleMatching, generatorCentring, 0);
    }

    /** No generator gradient centring. */
    public Options(double labelNoise, double silentSurrogate, double featureMatching, double featureSpread,
        double hiddenRate, double hiddenRateWeight, double lateSurrogate, double sampleMatching) {
      this(labelNoise, silentSurrogate, featureMatching, featureSpread, hiddenRate, hiddenRateWeight, lateSurrogate,
          sampleMatching, 0);
    }

    /** No sample matching. */
    public Options(double labelNoise, double silentSurrogate, double featureMatching, double featureSpread,
        double hiddenRate, double hiddenRateWeight, double lateSurrogate) {
      this(labelNoise, silentSurrogate, featureMatching, featureSpread, hiddenRate, hiddenRateWeight, lateSurrogate, 0);
    }

    /** No late-input surrogate. */
    public Options(double labelNoise, double silentSurrogate, double featureMatching, double featureSpread,
        double hiddenRate, double hiddenRateWeight) {
      this(labelNoise, silentSurrogate, featureMatching, featureSpread, hiddenRate, hiddenRateWeight, 0);
    }

    /** No hidden-rate term. */
    public Options(double labelNoise, double silentSurrogate, double featureMatching, double featureSpread) {
      this(labelNoise, silentSurrogate, featureMatching, featureSpread, 0, 0);
    }

    /** No feature matching, no hidden-rate term. */
    public Options(double labelNoise, double silentSurrogate) {
      this(labelNoise, silentSurrogate, 0, 0);
    }

    boolean hiddenRateOn() {
      return hiddenRate > 0 && hiddenRateWeight > 0;
    }
  }

  private final TtfsNetwork g;
  private final TtfsNetwork d;
  private final TargetRule rule;
  private final WeightOptimizer gOpt;
  private final ClassifierLearner dLearner;
  private final Parallel parallel;
  private final int batch;
  private final int generatorBatch;
  private final int dUpdatesPerStep;
  private final long seed;
  private final Options options;
  private final NoiseCode noise;
  private final ForwardTrace[] gTraces; // G's traces in both steps: max(batch, generatorBatch)
  private final ForwardTrace[] dTraces; // D on G's output in the G step: generatorBatch
  private final double[][][] gDeltas; // [G-step sample][G population][neuron]
  private final int[][] fakeTimes;
  private final int[] dLabels;
  private final float[][][] gGrads;
  private final ForwardTrace[] gScratch;
  private ForwardTrace[] realTraces; // feature matching: D on the G step's real digits
  private int[][] matchReal; // sample matching: the G step's real digits' spike times
  private float[][][] meanMasks; // generator centring: per G layer, the batch-mean masks

  /** A learner whose G reads the dense noise code over its window ({@link NoiseCode#dense}). */
  public GanLearner(TtfsNetwork g, TtfsNetwork d, TargetRule rule, WeightOptimizer gOpt, WeightOptimizer dOpt,
      int batch, int threads, long seed, Options options) {
    this(g, d, rule, gOpt, dOpt, batch, threads, seed, options, NoiseCode.dense(g.inputSize(), g.window()));
  }

  /** A learner whose G reads noise in {@code noise}, the code of G's noise encoder ({@link NoiseCode#forNetwork}). */
  public GanLearner(TtfsNetwork g, TtfsNetwork d, TargetRule rule, WeightOptimizer gOpt, WeightOptimizer dOpt,
      int batch, int threads, long seed, Options options, NoiseCode noise) {
    this(g, d, rule, gOpt, dOpt, batch, batch, threads, seed, options, noise);
  }

  /**
   * A learner whose D steps take {@code batch} real and {@code batch} generated samples and whose G
   * steps take {@code generatorBatch} noise samples (the IR's {@code generatorBatch}), G reading
   * noise in {@code noise}.
   */
  public GanLearner(TtfsNetwork g, TtfsNetwork d, TargetRule rule, WeightOptimizer gOpt, WeightOptimizer dOpt,
      int batch, int generatorBatch, int threads, long seed, Options options, NoiseCode noise) {
    checkPair(g, d);
    if (noise.size() != g.inputSize() || noise.window() != g.window()) {
      throw new UnsupportedModelException("the noise code has " + noise.size() + " values in window " + noise.window()
          + " but generator " + g.name() + " takes " + g.inputSize() + " inputs in window " + g.window());
    }
    this.noise = noise;
    if (batch < 1) {
      throw new UnsupportedModelException("batch must be >= 1, got " + batch);
    }
    if (generatorBatch < 1) {
      throw new UnsupportedModelException("the generator batch must be >= 1, got " + generatorBatch);
    }
    this.generatorBatch = generatorBatch;
    this.g = g;
    this.d = d;
    this.rule = rule;
    this.gOpt = gOpt;
    this.batch = batch;
    this.seed = seed;
    this.options = options;
    if (options.featureMatching() > 0) {
      FeatureMatching.featurePopulation(d); // refuses a D without a hidden layer
    }
    this.parallel = new Parallel(threads);
    // An SGD discriminator learns as S4NN does: one update per sample (lr per sample); an Adam
    // discriminator takes one update per D step from the mean gradient of its 2 x batch samples.
    boolean perSample = batch == 1 || dOpt instanceof WeightOptimizer.Sgd;
    this.dLearner = new ClassifierLearner(d, rule, dOpt, perSample ? 1 : 2 * batch, threads);
    this.dUpdatesPerStep = perSample ? 2 * batch : 1;
    int[] sizes = g.sizes();
    gTraces = new ForwardTrace[Math.max(batch, generatorBatch)];
    dTraces = new ForwardTrace[generatorBatch];
    gDeltas = new double[generatorBatch][sizes.length][];
    fakeTimes = new int[batch][g.outputSize()];
    dLabels = new int[2 * batch];
    for (int b = 0; b < gTraces.length; b++) {
      gTraces[b] = g.newTrace();
    }
    for (int b = 0; b < generatorBatch; b++) {
      dTraces[b] = d.newTrace();
      for (int l = 0; l < sizes.length; l++) {
        gDeltas[b][l] = new double[sizes[l]];
      }
    }
    gGrads = new float[g.layers().size()][][];
    gScratch = new ForwardTrace[threads];
    for (int w = 0; w < threads; w++) {
      gScratch[w] = g.newTrace();
    }
  }

  /** Refuses a G whose output is not D's input, or a D that is not a two-class {real, fake} network. */
  public static void checkPair(TtfsNetwork g, TtfsNetwork d) {
    if (g.outputSize() != d.inputSize()) {
      throw new UnsupportedModelException(
          "generator " + g.name() + " has " + g.outputSize() + " outputs but discriminator " + d.name() + " has "
              + d.inputSize() + " inputs; G's output spike times are D's input spike times, so the sizes must match");
    }
    if (d.outputSize() != 2) {
      throw new UnsupportedModelException(
          "discriminator " + d.name() + " has " + d.outputSize() + " outputs; it needs exactly 2 (real, fake)");
    }
    if (g.window() != d.window()) {
      throw new UnsupportedModelException("generator and discriminator must share the time window");
    }
  }

  public int batch() {
    return batch;
  }

  /** Noise samples per G step. */
  public int generatorBatch() {
    return generatorBatch;
  }

  /** D's optimizer updates per D step: 2 x batch for SGD (per sample, as S4NN), 1 for Adam. */
  public int discriminatorUpdatesPerStep() {
    return dUpdatesPerStep;
  }

  /** Codes noise sample {@code (stream, index)} in {@code code} as G's input spike times. */
  public static void noiseTimes(long seed, long stream, long index, NoiseCode code, int[] times) {
    code.fill(new SplittableRandom(Seeds.mix(Seeds.mix(seed, stream, index), stream, 0)), times);
  }

  /**
   * G's output times for noise samples {@code first .. first + count - 1} of {@code stream} in
   * {@code code}, in parallel.
   */
  public static int[][] generate(TtfsNetwork g, NoiseCode code, long seed, long stream, long first, int count,
      Parallel parallel) {
    int[][] out = new int[count][];
    parallel.forRange(count, (worker, from, to) -> {
      ForwardTrace tr = g.newTrace();
      for (int k = from; k < to; k++) {
        noiseTimes(seed, stream, first + k, code, tr.times[0]);
        g.forward(tr);
        out[k] = tr.outputTimes().clone();
      }
    });
    return out;
  }

  /**
   * One D step on real samples {@code order[from .. from + batch)} of {@code real} and {@code batch}
   * fresh samples of G; {@code step} numbers the step (it keys the noise and label flips).
   */
  public void discriminatorStep(Samples real, int[] order, int from, long step, Tally dTally) {
    parallel.forRange(batch, (worker, lo, hi) -> {
      for (int b = lo; b < hi; b++) {
        ForwardTrace tr = gTraces[b];
        noiseTimes(seed, STREAM_NOISE_D, step * batch + b, noise, tr.times[0]);
        g.forward(tr);
        System.arraycopy(tr.outputTimes(), 0, fakeTimes[b], 0, fakeTimes[b].length);
      }
    });
    SplittableRandom flips = new SplittableRandom(Seeds.mix(seed, STREAM_LABELS, step));
    for (int k = 0; k < 2 * batch; k++) {
      int label = k % 2 == 0 ? REAL : FAKE;
      dLabels[k] = flips.nextDouble() < options.labelNoise() ? 1 - label : label;
    }
    Samples view = new Samples() {
      @Override
      public int size() {
        return 2 * batch;
      }

      @Override
      public int label(int index) {
        return dLabels[index];
      }

      @Override
      public void inputTimes(int index, int w, int[] times) {
        if (index % 2 == 0) {
          real.inputTimes(order[from + index / 2], w, times);
        } else {
          System.arraycopy(fakeTimes[index / 2], 0, times, 0, times.length);
        }
      }
    };
    int[] identity = new int[2 * batch];
    for (int k = 0; k < identity.length; k++) {
      identity[k] = k;
    }
    dLearner.train(view, identity, 0, identity.length, dTally);
  }

  /** One G step on {@code generatorBatch} fresh noise samples against the frozen D; {@code gTally} counts G. */
  public void generatorStep(long step, Tally gTally) {
    generatorStep(step, gTally, null, null, 0);
  }

  /**
   * One G step on {@code generatorBatch} fresh noise samples; with feature or sample matching on, its
   * real digits are {@code real}'s {@code realOrder[(realFrom + j) % realOrder.length]} for {@code j
   * < generatorBatch} (the last D step's real digits, continued in the epoch's order and wrapping).
   */
  public void generatorStep(long step, Tally gTally, Samples real, int[] realOrder, int realFrom) {
    int gBatch = generatorBatch;
    int window = g.window();
    int gLayers = g.layers().size();
    int dLayers = d.layers().size();
    double f = options.featureMatching();
    if ((f > 0 || options.sampleMatching() > 0) && real == null) {
      throw new IllegalStateException("feature matching and sample matching need the real batch");
    }
    int feat = f > 0 ? FeatureMatching.featurePopulation(d) : -1;
    parallel.forRange(gBatch, (worker, lo, hi) -> {
      for (int b = lo; b < hi; b++) {
        ForwardTrace gt = gTraces[b];
        ForwardTrace dt = dTraces[b];
        noiseTimes(seed, STREAM_NOISE_G, step * gBatch + b, noise, gt.times[0]);
        g.forward(gt);
        System.arraycopy(gt.outputTimes(), 0, dt.times[0], 0, dt.times[0].length);
        d.forward(dt);
      }
    });
    FeatureMatching.Moments realMoments = null;
    FeatureMatching.Moments fakeMoments = null;
    if (f > 0) {
      if (realTraces == null) {
        realTraces = new ForwardTrace[gBatch];
        for (int b = 0; b < gBatch; b++) {
          realTraces[b] = d.newTrace();
        }
      }
      parallel.forRange(gBatch, (worker, lo, hi) -> {
        for (int b = lo; b < hi; b++) {
          real.inputTimes(realIndex(realOrder, realFrom, b), window, realTraces[b].times[0]);
          d.forward(realTraces[b]);
        }
      });
      realMoments = FeatureMatching.moments(realTraces, gBatch, feat);
      fakeMoments = FeatureMatching.moments(dTraces, gBatch, feat);
    }
    double[][] rates = options.hiddenRateOn() ? HiddenRate.shares(gTraces, gBatch, gLayers) : null;
    int[] partners = null;
    if (options.sampleMatching() > 0) {
      if (matchReal == null) {
        matchReal = new int[gBatch][g.outputSize()];
      }
      int[][] generated = new int[gBatch][];
      for (int b = 0; b < gBatch; b++) {
        real.inputTimes(realIndex(realOrder, realFrom, b), window, matchReal[b]);
        generated[b] = gTraces[b].outputTimes();
      }
      partners = SampleMatching.pair(matchReal, generated, options.matchingPairing(), window, parallel);
    }
    int[] partner = partners;
    double sm = options.sampleMatching();
    FeatureMatching.Moments rm = realMoments;
    FeatureMatching.Moments fm = fakeMoments;
    parallel.forRange(gBatch, (worker, lo, hi) -> {
      double[] targets = new double[d.outputSize()];
      double[][] dd = new double[dLayers + 1][];
      int[] dSizes = d.sizes();
      for (int l = 0; l < dd.length; l++) {
        dd[l] = new double[dSizes[l]];
      }
      double[] featureError = f > 0 ? new double[dSizes[feat]] : null;
      double[] matchError = sm > 0 ? new double[g.outputSize()] : null;
      double margin = options.matchingMargin();
      float[] potential = margin > 0 ? new float[g.outputSize()] : null;
      double pixelThreshold = g.layers().get(gLayers - 1).threshold();
      for (int b = lo; b < hi; b++) {
        ForwardTrace gt = gTraces[b];
        ForwardTrace dt = dTraces[b];
        double[][] gd = gDeltas[b];
        boolean adversarial = false;
        if (f < 1) {
          rule.targets(dt.outputTimes(), REAL, window, targets);
          adversarial = TemporalBackprop.outputDelta(dt.outputTimes(), targets, window, dd[dLayers]);
        }
        int top = dLayers; // the highest D population whose error dd[top] is set
        boolean fromD = adversarial; // some error reaches G's output through D
        if (f > 0) {
          if (adversarial) {
            for (int l = dLayers - 1; l >= feat; l--) {
              TemporalBackprop.propagate(d, dt, l, dd[l + 1], dd[l]);
            }
          } else {
            java.util.Arrays.fill(dd[feat], 0);
          }
          boolean matched = FeatureMatching.error(dt.times[feat], rm, fm, options.featureSpread(), window, featureError);
          fromD = adversarial || matched;
          if (fromD) {
            FeatureMatching.mix(dd[feat], featureError, f, dd[feat]);
            top = feat;
          }
        }
        if (!fromD && sm == 0) {
          for (double[] x : gd) {
            Arrays.fill(x, 0);
          }
          continue;
        }
        if (fromD) {
          for (int l = top - 1; l > 0; l--) {
            TemporalBackprop.propagate(d, dt, l, dd[l + 1], dd[l]);
          }
          errorAtInput(dt, dd[1], gd[gLayers]);
        } else {
          Arrays.fill(gd[gLayers], 0);
        }
        if (sm > 0) {
          if (margin > 0) {
            g.finalPotentials(gt, gLayers - 1, potential);
          }
          SampleMatching.error(gt.outputTimes(), matchReal[partner[b]], potential, pixelThreshold, margin, window,
              matchError);
          FeatureMatching.mix(gd[gLayers], matchError, sm, gd[gLayers]);
        }
        for (int l = gLayers - 1; l > 0; l--) {
          TemporalBackprop.propagate(g, gt, l, gd[l + 1], gd[l]);
          if (rates != null) {
            HiddenRate.mix(rates[l], options.hiddenRate(), options.hiddenRateWeight(), gd[l]);
          }
        }
      }
    });
    for (int b = 0; b < gBatch; b++) {
      gTally.add(gTraces[b], REAL);
    }
    float weight = 1f / gBatch;
    for (int l = gLayers - 1; l >= 0; l--) {
      DenseTtfsLayer layer = g.layers().get(l);
      if (gGrads[l] == null) {
        gGrads[l] = new float[layer.sources()][layer.targets()];
      }
      float[][] grad = gGrads[l];
      int li = l;
      parallel.forRange(layer.sources(), (worker, from, to) -> {
        for (int i = from; i < to; i++) {
          Arrays.fill(grad[i], 0f);
        }
        ForwardTrace scratch = gScratch[worker];
        for (int b = 0; b < gBatch; b++) {
          ForwardTrace tr = gTraces[b];
          layer.accumulateGradient(tr.times[li], tr.order[li], tr.spikes[li], tr.times[li + 1], gDeltas[b][li + 1],
              weight, window, grad, from, to, scratch.mask, tr.order[li + 1], tr.spikes[li + 1]);
        }
      });
      if (options.generatorCentring() > 0) {
        if (meanMasks == null) {
          meanMasks = new float[gLayers][][];
        }
        if (meanMasks[l] == null) {
          meanMasks[l] = new float[layer.sources()][layer.targets()];
        }
        double[][] layerDeltas = new double[gBatch][];
        for (int b = 0; b < gBatch; b++) {
          layerDeltas[b] = gDeltas[b][l + 1];
        }
        GradientCentring.apply(layer, l, gTraces, layerDeltas, gBatch, options.generatorCentring(), grad, meanMasks[l],
            gScratch, parallel);
      }
      gOpt.stepDense(g, l, grad, parallel);
    }
  }

  /** The index of the G step's real digit {@code j}: the D step's real digits continued, wrapping in the epoch. */
  static int realIndex(int[] order, int from, int j) {
    return order[(int) (((long) from + j) % order.length)];
  }

  /**
   * The normalised error at D's input spike times (= G's output times) from the error {@code
   * firstLayerDelta} of D's first layer: S4NN's {@code sum_j delta_j [t_k < t_j] w_jk}, plus, for
   * inputs that did not fire, the surrogate {@code s * sum_j delta_j w_jk} when {@code s > 0}.
   */
  void errorAtInput(ForwardTrace dt, double[] firstLayerDelta, double[] out) {
    DenseTtfsLayer first = d.layers().get(0);
    first.propagate(dt.times[0], dt.order[0], dt.spikes[0], dt.times[1], firstLayerDelta, dt.window, out, dt.mask,
        dt.order[1], dt.spikes[1]);
    double s = options.silentSurrogate();
    if (s > 0) {
      int n = first.targets();
      float[][] rows = first.rows();
      double c = s * first.scale();
      int[] in = dt.times[0];
      for (int k = 0; k < first.sources(); k++) {
        if (in[k] >= dt.window) {
          float[] row = rows[k];
          double acc = 0;
          for (int j = 0; j < n; j++) {
            acc += row[j] * firstLayerDelta[j];
          }
          out[k] = c * acc;
        }
      }
    }
    double late = options.lateSurrogate();
    if (late > 0) {
      int n = first.targets();
      float[][] rows = first.rows();
      double c = late * first.scale();
      int[] in = dt.times[0];
      int[] hidden = dt.times[1];
      for (int k = 0; k < first.sources(); k++) {
        if (in[k] < dt.window) {
          float[] row = rows[k];
          double acc = 0;
          for (int j = 0; j < n; j++) {
            if (hidden[j] <= in[k]) {
              acc += row[j] * firstLayerDelta[j];
            }
          }
          out[k] += c * acc;
        }
      }
    }
    TemporalBackprop.normalise(out, first.sources());
  }

  @Override
  public void close() {
    dLearner.close();
    parallel.close();
  }
}
