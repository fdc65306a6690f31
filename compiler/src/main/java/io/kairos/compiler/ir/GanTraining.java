package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Adversarial training of a spiking generator against a spiking discriminator.
 *
 * @param generator generator network name (input: a noise encoder; output decoded as the data)
 * @param discriminator discriminator network name (input: the data encoder; two classes)
 * @param data training data (the "real" samples)
 * @param loss the temporal loss used for both players
 * @param generatorOptimizer optimizer of the generator
 * @param discriminatorOptimizer optimizer of the discriminator
 * @param discriminatorSteps discriminator updates per generator update, &gt;= 1
 * @param epochs passes over the training set, &gt;= 1
 * @param batch samples per update, &gt;= 1
 * @param seed seed of every random choice
 * @param labelNoise probability of flipping a discriminator label, in [0, 1]
 * @param deadNeuronRate dead-neuron re-draw rate (see {@link ClassifierTraining}); 0 disables
 * @param sampleMatching share in [0, 1] of the sample-matching error in G's output error
 *     (docs/gan.md, "Sample matching"); 0 = the adversarial error only. Absent from IR written
 *     before it existed, which reads as 0.
 * @param generatorCentring share in [0, 1] of the batch-mean part removed from G's gradients
 *     (docs/gan.md, "Generator gradient centring"); 0 = S4NN's gradient. Absent from IR written
 *     before it existed, which reads as 0.
 * @param matchingMargin margin in [0, 1] of the sample-matching error around G's output threshold
 *     (docs/gan.md, "Matching margin"); 0 = none. Absent from IR written before it existed, which
 *     reads as 0.
 * @param generatorBatch noise samples per G step, &gt;= 1 (docs/gan.md, "Generator batch"); the D
 *     step keeps {@code batch}. Absent from IR written before it existed, which reads as {@code
 *     batch} (the same number of samples in both steps, as before).
 * @param matchingPairing how sample matching pairs generated with real digits (docs/gan.md,
 *     "Matching pairing"). Absent from IR written before it existed, which reads as {@link
 *     MatchingPairing#GREEDY}.
 * @param generatorAverage decay {@code d} in [0, 1) of the exponential moving average of G's
 *     weights that stands for "the generator" of a run (docs/gan.md, "Generator average"); 0 = off
 *     (the raw G). Absent from IR written before it existed, which reads as 0.
 */
public record GanTraining(
    String generator,
    String discriminator,
    Dataset data,
    Loss loss,
    Optimizer generatorOptimizer,
    Optimizer discriminatorOptimizer,
    int discriminatorSteps,
    int epochs,
    int batch,
    long seed,
    double labelNoise,
    double deadNeuronRate,
    double sampleMatching,
    double generatorCentring,
    double matchingMargin,
    int generatorBatch,
    MatchingPairing matchingPairing,
    double generatorAverage)
    implements Training {
  public GanTraining {
    if (!(sampleMatching >= 0 && sampleMatching <= 1)) {
      throw new IllegalArgumentException("sample matching share must be in [0, 1], got " + sampleMatching);
    }
    if (!(generatorCentring >= 0 && generatorCentring <= 1)) {
      throw new IllegalArgumentException("generator centring share must be in [0, 1], got " + generatorCentring);
    }
    if (!(matchingMargin >= 0 && matchingMargin <= 1)) {
      throw new IllegalArgumentException("matching margin must be in [0, 1], got " + matchingMargin);
    }
    if (generatorBatch < 1) {
      throw new IllegalArgumentException("generator batch must be >= 1, got " + generatorBatch);
    }
    if (matchingPairing == null) {
      throw new IllegalArgumentException("matching pairing must be greedy or optimal, got none");
    }
    if (!(generatorAverage >= 0 && generatorAverage < 1)) {
      throw new IllegalArgumentException("generator average must be in [0, 1), got " + generatorAverage);
    }
  }

  /**
   * Reads IR JSON; {@code sampleMatching}, {@code generatorCentring} and {@code matchingMargin} are
   * absent from IR written before they existed and read as 0, {@code generatorBatch} reads as
   * {@code batch}, {@code matchingPairing} as greedy and {@code generatorAverage} as 0 (off).
   */
  @JsonCreator
  static GanTraining fromJson(@JsonProperty("generator") String generator,
      @JsonProperty("discriminator") String discriminator, @JsonProperty("data") Dataset data,
      @JsonProperty("loss") Loss loss, @JsonProperty("generatorOptimizer") Optimizer generatorOptimizer,
      @JsonProperty("discriminatorOptimizer") Optimizer discriminatorOptimizer,
      @JsonProperty("discriminatorSteps") int discriminatorSteps, @JsonProperty("epochs") int epochs,
      @JsonProperty("batch") int batch, @JsonProperty("seed") long seed, @JsonProperty("labelNoise") double labelNoise,
      @JsonProperty("deadNeuronRate") double deadNeuronRate, @JsonProperty("sampleMatching") Double sampleMatching,
      @JsonProperty("generatorCentring") Double generatorCentring,
      @JsonProperty("matchingMargin") Double matchingMargin,
      @JsonProperty("generatorBatch") Integer generatorBatch,
      @JsonProperty("matchingPairing") MatchingPairing matchingPairing,
      @JsonProperty("generatorAverage") Double generatorAverage) {
    return new GanTraining(generator, discriminator, data, loss, generatorOptimizer, discriminatorOptimizer,
        discriminatorSteps, epochs, batch, seed, labelNoise, deadNeuronRate, sampleMatching == null ? 0 : sampleMatching,
        generatorCentring == null ? 0 : generatorCentring, matchingMargin == null ? 0 : matchingMargin,
        generatorBatch == null ? batch : generatorBatch,
        matchingPairing == null ? MatchingPairing.GREEDY : matchingPairing,
        generatorAverage == null ? 0 : generatorAverage);
  }

  /** This training with another loss and seed, every other setting kept (how the loss comparison varies a model). */
  public GanTraining withLossAndSeed(Loss newLoss, long newSeed) {
    return new GanTraining(generator, discriminator, data, newLoss, generatorOptimizer, discriminatorOptimizer,
        discriminatorSteps, epochs, batch, newSeed, labelNoise, deadNeuronRate, sampleMatching, generatorCentring,
        matchingMargin, generatorBatch, matchingPairing, generatorAverage);
  }

  /** Without a generator average (the raw G is the run's generator). */
  public GanTraining(String generator, String discriminator, Dataset data, Loss loss, Optimizer generatorOptimizer,
      Optimizer discriminatorOptimizer, int discriminatorSteps, int epochs, int batch, long seed, double labelNoise,
      double deadNeuronRate, double sampleMatching, double generatorCentring, double matchingMargin,
      int generatorBatch, MatchingPairing matchingPairing) {
    this(generator, discriminator, data, loss, generatorOptimizer, discriminatorOptimizer, discriminatorSteps, epochs,
        batch, seed, labelNoise, deadNeuronRate, sampleMatching, generatorCentring, matchingMargin, generatorBatch,
        matchingPairing, 0);
  }

  /** Without a generator batch of its own (G steps take {@code batch} samples) and with greedy pairing. */
  public GanTraining(String generator, String discriminator, Dataset data, Loss loss, Optimizer generatorOptimizer,
      Optimizer discriminatorOptimizer, int discriminatorSteps, int epochs, int batch, long seed, double labelNoise,
      double deadNeuronRate, double sampleMatching, double generatorCentring, double matchingMargin) {
    this(generator, discriminator, data, loss, generatorOptimizer, discriminatorOptimizer, discriminatorSteps, epochs,
        batch, seed, labelNoise, deadNeuronRate, sampleMatching, generatorCentring, matchingMargin, batch,
        MatchingPairing.GREEDY, 0);
  }

  /** Without a matching margin. */
  public GanTraining(String generator, String discriminator, Dataset data, Loss loss, Optimizer generatorOptimizer,
      Optimizer discriminatorOptimizer, int discriminatorSteps, int epochs, int batch, long seed, double labelNoise,
      double deadNeuronRate, double sampleMatching, double generatorCentring) {
    this(generator, discriminator, data, loss, generatorOptimizer, discriminatorOptimizer, discriminatorSteps, epochs,
        batch, seed, labelNoise, deadNeuronRate, sampleMatching, generatorCentring, 0, batch, MatchingPairing.GREEDY, 0);
  }

  /** Without generator centring. */
  public GanTraining(String generator, String discriminator, Dataset data, Loss loss, Optimizer generatorOptimizer,
      Optimizer discriminatorOptimizer, int discriminatorSteps, int epochs, int batch, long seed, double labelNoise,
      double deadNeuronRate, double sampleMatching) {
    this(generator, discriminator, data, loss, generatorOptimizer, discriminatorOptimizer, discriminatorSteps, epochs,
        batch, seed, labelNoise, deadNeuronRate, sampleMatching, 0, 0, batch, MatchingPairing.GREEDY, 0);
  }

  /** Without sample matching. */
  public GanTraining(String generator, String discriminator, Dataset data, Loss loss, Optimizer generatorOptimizer,
      Optimizer discriminatorOptimizer, int discriminatorSteps, int epochs, int batch, long seed, double labelNoise,
      double deadNeuronRate) {
    this(generator, discriminator, data, loss, generatorOptimizer, discriminatorOptimizer, discriminatorSteps, epochs,
        batch, seed, labelNoise, deadNeuronRate, 0, 0, 0, batch, MatchingPairing.GREEDY, 0);
  }
}
