package io.kairos.runtime;

import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.Decoder;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import java.util.ArrayList;
import java.util.List;

/**
 * IR of the Kairos Spiking-GAN built in Java (the same model as examples/spiking-gan-mnist.snn): G =
 * noise -> hidden IF (-> hidden2 IF ...) -> 784 IF pixels, D = image -> hidden IF -> 2 IF {real, fake}, window 256,
 * threshold 100. Used by {@code kairos gan compare}, {@code kairos bench gan} and the tests.
 */
public final class SpikingGanModels {
  /**
   * The Aggressive TTFS loss that {@code kairos gan compare} measures against S4NN's when the model
   * itself trains with S4NN's: rule A, pull 3, the candidate rule that measured closest to the
   * paper's claims with the session-3 default (rule B, target 8, was the comparison default
   * before; it makes D's decision later and FD more than twice as bad; docs/results.md has both).
   */
  public static final Loss AGGRESSIVE_LOSS = new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0);
  /** The S4NN loss the paper compares against. */
  public static final Loss S4NN_LOSS = new Loss.S4nn(3);

  private SpikingGanModels() {}

  /** One hidden layer of G: its size and its weights' initialisation. */
  public record Layer(int size, Init init) {}

  /**
   * Sizes, schedule and settings of a Spiking-GAN model.
   *
   * @param noise noise neurons
   * @param noiseActive how many noise neurons spike per sample (docs/gan.md, "Noise code"), in [1, noise]
   * @param noiseSpan noise spikes lie in [0, noiseSpan], in [1, 256] (256 = the whole window)
   * @param generatorHidden G's hidden layers, from the noise towards the pixels (at least one)
   * @param sampleMatching share of the sample-matching error in G's output error (docs/gan.md)
   * @param generatorCentring share of the batch-mean part removed from G's gradients (docs/gan.md)
   * @param matchingMargin margin of the sample-matching error around G's output threshold (docs/gan.md)
   * @param generatorAverage decay of the average of G's weights that is the run's generator, in [0, 1);
   *     0 = off (docs/gan.md, "Generator average")
   */
  public record Spec(int noise, int noiseActive, int noiseSpan, List<Layer> generatorHidden, int discriminatorHidden,
      int epochs, int batch, int generatorBatch, int discriminatorSteps, long seed, Loss loss,
      Optimizer generatorOptimizer, Optimizer discriminatorOptimizer, double labelNoise, double deadNeuronRate,
      double sampleMatching, double generatorCentring, double matchingMargin, MatchingPairing matchingPairing,
      double generatorAverage, Init generatorOutputInit, Init discriminatorHiddenInit,
      Init discriminatorOutputInit) {
    public Spec {
      generatorHidden = List.copyOf(generatorHidden);
      if (generatorHidden.isEmpty()) {
        throw new IllegalArgumentException("G needs at least one hidden layer");
      }
    }

    public Builder toBuilder() {
      return new Builder(this);
    }

    /**
     * A spec being derived from another, so that a variant (the tests derive theirs from {@link
     * SpikingGanModels#defaults()}) names only the components that differ instead of listing all 23
     * positionally; {@link #build()} goes through the record's constructor and its checks.
     */
    public static final class Builder {
      private int noise;
      private int noiseActive;
      private int noiseSpan;
      private List<Layer> generatorHidden;
      private int discriminatorHidden;
      private int epochs;
      private int batch;
      private int generatorBatch;
      private int discriminatorSteps;
      private long seed;
      private Loss loss;
      private Optimizer generatorOptimizer;
      private Optimizer discriminatorOptimizer;
      private double labelNoise;
      private double deadNeuronRate;
      private double sampleMatching;
      private double generatorCentring;
      private double matchingMargin;
      private MatchingPairing matchingPairing;
      private double generatorAverage;
      private Init generatorOutputInit;
      private Init discriminatorHiddenInit;
      private Init discriminatorOutputInit;

      private Builder(Spec s) {
        noise = s.noise;
        noiseActive = s.noiseActive;
        noiseSpan = s.noiseSpan;
        generatorHidden = s.generatorHidden;
        discriminatorHidden = s.discriminatorHidden;
        epochs = s.epochs;
        batch = s.batch;
        generatorBatch = s.generatorBatch;
        discriminatorSteps = s.discriminatorSteps;
        seed = s.seed;
        loss = s.loss;
        generatorOptimizer = s.generatorOptimizer;
        discriminatorOptimizer = s.discriminatorOptimizer;
        labelNoise = s.labelNoise;
        deadNeuronRate = s.deadNeuronRate;
        sampleMatching = s.sampleMatching;
        generatorCentring = s.generatorCentring;
        matchingMargin = s.matchingMargin;
        matchingPairing = s.matchingPairing;
        generatorAverage = s.generatorAverage;
        generatorOutputInit = s.generatorOutputInit;
        discriminatorHiddenInit = s.discriminatorHiddenInit;
        discriminatorOutputInit = s.discriminatorOutputInit;
      }

      public Builder noise(int noise) {
        this.noise = noise;
        return this;
      }

      public Builder noiseActive(int noiseActive) {
        this.noiseActive = noiseActive;
        return this;
      }

      public Builder noiseSpan(int noiseSpan) {
        this.noiseSpan = noiseSpan;
        return this;
      }

      public Builder generatorHidden(List<Layer> generatorHidden) {
        this.generatorHidden = generatorHidden;
        return this;
      }

      public Builder discriminatorHidden(int discriminatorHidden) {
        this.discriminatorHidden = discriminatorHidden;
        return this;
      }

      public Builder epochs(int epochs) {
        this.epochs = epochs;
        return this;
      }

      public Builder batch(int batch) {
        this.batch = batch;
        return this;
      }

      public Builder generatorBatch(int generatorBatch) {
        this.generatorBatch = generatorBatch;
        return this;
      }

      public Builder discriminatorSteps(int discriminatorSteps) {
        this.discriminatorSteps = discriminatorSteps;
        return this;
      }

      public Builder seed(long seed) {
        this.seed = seed;
        return this;
      }

      public Builder loss(Loss loss) {
        this.loss = loss;
        return this;
      }

      public Builder generatorOptimizer(Optimizer generatorOptimizer) {
        this.generatorOptimizer = generatorOptimizer;
        return this;
      }

      public Builder discriminatorOptimizer(Optimizer discriminatorOptimizer) {
        this.discriminatorOptimizer = discriminatorOptimizer;
        return this;
      }

      public Builder labelNoise(double labelNoise) {
        this.labelNoise = labelNoise;
        return this;
      }

      public Builder deadNeuronRate(double deadNeuronRate) {
        this.deadNeuronRate = deadNeuronRate;
        return this;
      }

      public Builder sampleMatching(double sampleMatching) {
        this.sampleMatching = sampleMatching;
        return this;
      }

      public Builder generatorCentring(double generatorCentring) {
        this.generatorCentring = generatorCentring;
        return this;
      }

      public Builder matchingMargin(double matchingMargin) {
        this.matchingMargin = matchingMargin;
        return this;
      }

      public Builder matchingPairing(MatchingPairing matchingPairing) {
        this.matchingPairing = matchingPairing;
        return this;
      }

      public Builder generatorAverage(double generatorAverage) {
        this.generatorAverage = generatorAverage;
        return this;
      }

      public Builder generatorOutputInit(Init generatorOutputInit) {
        this.generatorOutputInit = generatorOutputInit;
        return this;
      }

      public Builder discriminatorHiddenInit(Init discriminatorHiddenInit) {
        this.discriminatorHiddenInit = discriminatorHiddenInit;
        return this;
      }

      public Builder discriminatorOutputInit(Init discriminatorOutputInit) {
        this.discriminatorOutputInit = discriminatorOutputInit;
        return this;
      }

      public Spec build() {
        return new Spec(noise, noiseActive, noiseSpan, generatorHidden, discriminatorHidden, epochs, batch,
            generatorBatch, discriminatorSteps, seed, loss, generatorOptimizer, discriminatorOptimizer, labelNoise,
            deadNeuronRate, sampleMatching, generatorCentring, matchingMargin, matchingPairing, generatorAverage,
            generatorOutputInit, discriminatorHiddenInit, discriminatorOutputInit);
      }
    }
  }

  /**
   * The default model (docs/results.md and docs/gan-mode-collapse.md measure each choice): a sparse,
   * early noise code (30 of 100 noise neurons spike, within the first 32 steps), two G hidden layers
   * of 400 (session 4), sample matching with share 0.95 and a margin of 0.1 over G steps of 64
   * noise samples paired optimally with 64 real digits after every D step of 8 real and 8 generated
   * digits (session 5; session 4 took steps of 128 after D steps of 32), the run's generator the
   * average of G's weights with decay 0.995 (session 5), generator gradient centring 0.8
   * (session 3), S4NN's loss, G Adam 3e-3, and inits that let G's hidden firing set depend on the
   * noise (U(-11, 16): about 40% of G's first hidden layer fires per noise vector; U(-2.15, 3.55):
   * about half of the second) and D's first layer learn shape as well as brightness (U(-2, 5)).
   */
  public static Spec defaults() {
    return new Spec(100, 30, 32, List.of(new Layer(400, new Init.Uniform(-11, 16)), new Layer(400, new Init.Uniform(-2.15, 3.55))),
        400, 20, 8, 64, 1, 7, S4NN_LOSS, new Optimizer.Adam(3e-3, 0.5, 0.999, 1e-8, 0), new Optimizer.Sgd(0.2, 1e-6),
        0.05, 0.001, 0.95, 0.8, 0.1, MatchingPairing.OPTIMAL, 0.995, new Init.Uniform(0.3, 0.8), new Init.Uniform(-2, 5),
        new Init.Uniform(0, 48));
  }

  public static Model model(Spec s) {
    return model(s, 28);
  }

  /** The model for {@code side x side} images (28 for MNIST; tests use tiny images). */
  public static Model model(Spec s, int side) {
    var neuron = new IfNeuron("if", 100, 256);
    var noise = new NoiseLatencyEncoder("noise", s.noise(), s.noiseActive(), s.noiseSpan());
    var image = new ImageLatencyEncoder("image", side, side);
    var populations = new ArrayList<Population>();
    var projections = new ArrayList<Projection>();
    String source = "noise";
    for (int l = 0; l < s.generatorHidden().size(); l++) {
      Layer layer = s.generatorHidden().get(l);
      String name = l == 0 ? "hidden" : "hidden" + (l + 1);
      populations.add(new Population(name, layer.size(), "if", 100, List.of()));
      projections.add(new Projection(source, name, layer.init()));
      source = name;
    }
    populations.add(new Population("pixels", side * side, "if", 100, List.of()));
    projections.add(new Projection(source, "pixels", s.generatorOutputInit()));
    var g = new Network("generator", "noise", populations, projections, new Decoder("pixels", "image"));
    var d = new Network("discriminator", "image",
        List.of(new Population("hidden", s.discriminatorHidden(), "if", 100, List.of()),
            new Population("verdict", 2, "if", 100, List.of("real", "fake"))),
        List.of(new Projection("image", "hidden", s.discriminatorHiddenInit()),
            new Projection("hidden", "verdict", s.discriminatorOutputInit())),
        null);
    var training = new GanTraining("generator", "discriminator", new Dataset("mnist", null), s.loss(),
        s.generatorOptimizer(), s.discriminatorOptimizer(), s.discriminatorSteps(), s.epochs(), s.batch(), s.seed(),
        s.labelNoise(), s.deadNeuronRate(), s.sampleMatching(), s.generatorCentring(), s.matchingMargin(),
        s.generatorBatch(), s.matchingPairing(), s.generatorAverage());
    return new Model(Model.SCHEMA_VERSION, "spiking_gan_mnist", 256, List.of(neuron), List.of(noise, image),
        List.of(g, d), training, null);
  }
}
