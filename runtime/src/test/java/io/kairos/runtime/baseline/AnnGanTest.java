package io.kairos.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.runtime.baseline.AnnGan.NoiseDistribution;
import io.kairos.runtime.baseline.AnnGan.Output;
import io.kairos.runtime.baseline.AnnGan.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AnnGanTest {
  private static final int NOISE = 5;
  private static final int HIDDEN = 6;
  private static int threads;

  // Thousands of tiny ND4J ops: its default thread pool makes each one far slower than the op itself
  // on a loaded machine, so these tests run single-threaded and restore the setting afterwards.
  @BeforeAll
  static void singleThreaded() {
    threads = Nd4j.getEnvironment().maxThreads();
    Nd4j.getEnvironment().setMaxThreads(1);
  }

  @AfterAll
  static void restoreThreads() {
    Nd4j.getEnvironment().setMaxThreads(threads);
  }

  private static Settings tiny(Output output, double realLabel, double dropout, long seed) {
    return new Settings(AnnGanSizes.oneHidden(NOISE, HIDDEN, 4), 1, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, output, realLabel, dropout, seed);
  }

  /** Random digits in [0, 1], in double precision. */
  private static INDArray digits(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[count * 784];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextDouble();
    }
    return Nd4j.create(x, new long[] {count, 784}, DataType.DOUBLE);
  }

  /**
   * Compares every gradient the hand-written backward pass accumulated in {@code layer} with a
   * central finite difference of {@code loss} (which must not change any state but gradients), on a
   * sample of entries.
   */
  private static void checkLayer(String name, DenseLayer layer, DoubleSupplier loss, List<DenseLayer> all) {
    double[] gradW = layer.gradW.dup().data().asDouble();
    double[] gradB = layer.gradB.dup().data().asDouble();
    checkEntries(name + ".w", layer.w, gradW, loss, all);
    checkEntries(name + ".b", layer.b, gradB, loss, all);
  }

  private static void checkEntries(String name, INDArray p, double[] grad, DoubleSupplier loss, List<DenseLayer> all) {
    double h = 1e-6;
    long n = p.length();
    long stride = Math.max(1, n / 12);
    double maxAbs = 0;
    for (double g : grad) {
      maxAbs = Math.max(maxAbs, Math.abs(g));
    }
    assertTrue(maxAbs > 1e-6, name + ": gradient is all zero");
    for (long i = 0; i < n; i += stride) {
      double old = p.getDouble(i);
      p.putScalar(i, old + h);
      double up = evaluate(loss, all);
      p.putScalar(i, old - h);
      double down = evaluate(loss, all);
      p.putScalar(i, old);
      double numeric = (up - down) / (2 * h);
      double tolerance = 1e-6 + 1e-4 * Math.abs(numeric);
      assertEquals(numeric, grad[(int) i], tolerance, name + "[" + i + "]");
    }
  }

  private static double evaluate(DoubleSupplier loss, List<DenseLayer> all) {
    double v = loss.getAsDouble();
    all.forEach(DenseLayer::zeroGrad);
    return v;
  }

  /** Each output function with the one-hidden-layer shape and with two hidden layers in G and in D. */
  static Stream<Arguments> outputsAndShapes() {
    AnnGanSizes one = AnnGanSizes.oneHidden(NOISE, HIDDEN, 4);
    AnnGanSizes deep = new AnnGanSizes(NOISE, List.of(HIDDEN, 7), List.of(HIDDEN, 5), 4, 4);
    return Stream.of(Output.values()).flatMap(o -> Stream.of(Arguments.of(o, one), Arguments.of(o, deep)));
  }

  private static Settings tiny(AnnGanSizes sizes, Output output, long seed) {
    return new Settings(sizes, 1, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, output, 0.9, 0.3, seed);
  }

  private static List<DenseLayer> allLayers(AnnGan gan) {
    List<DenseLayer> all = new ArrayList<>(gan.generator);
    all.addAll(gan.discriminator);
    return all;
  }

  @ParameterizedTest
  @MethodSource("outputsAndShapes")
  void discriminatorBackwardMatchesFiniteDifferences(Output output, AnnGanSizes sizes) {
    AnnGan gan = new AnnGan(tiny(sizes, output, 3), DataType.DOUBLE);
    INDArray real = gan.toModelRange(digits(4, 11));
    INDArray fake = gan.generate(gan.noise(3));
    List<INDArray> realMask = gan.dropoutMasks(4);
    List<INDArray> fakeMask = gan.dropoutMasks(3);
    List<DenseLayer> all = allLayers(gan);
    DoubleSupplier loss = () -> gan.discriminatorGradients(real, fake, realMask, fakeMask);
    for (int k = 0; k < gan.discriminator.size(); k++) {
      loss.getAsDouble();
      checkLayer("d" + (k + 1), gan.discriminator.get(k), loss, all);
    }
    loss.getAsDouble();
    for (DenseLayer g : gan.generator) {
      assertEquals(0, g.gradW.norm1Number().doubleValue(), "a D step must not give G gradients");
    }
  }

  @ParameterizedTest
  @MethodSource("outputsAndShapes")
  void generatorBackwardMatchesFiniteDifferences(Output output, AnnGanSizes sizes) {
    AnnGan gan = new AnnGan(tiny(sizes, output, 4), DataType.DOUBLE);
    INDArray z = gan.noise(4);
    List<INDArray> mask = gan.dropoutMasks(4);
    List<DenseLayer> all = allLayers(gan);
    DoubleSupplier loss = () -> gan.generatorGradients(z, mask);
    loss.getAsDouble();
    for (DenseLayer d : gan.discriminator) {
      assertEquals(0, d.gradW.norm1Number().doubleValue(), "G's pass must leave D no gradients");
    }
    for (int k = 0; k < gan.generator.size(); k++) {
      if (k > 0) {
        loss.getAsDouble();
      }
      checkLayer("g" + (k + 1), gan.generator.get(k), loss, all);
    }
  }

  @Test
  void bothHalvesOfTheDiscriminatorLossContribute() {
    AnnGan gan = new AnnGan(tiny(Output.TANH, 0.9, 0, 5), DataType.DOUBLE);
    INDArray real = gan.toModelRange(digits(4, 12));
    INDArray otherReal = gan.toModelRange(digits(4, 13));
    INDArray fake = gan.generate(gan.noise(4));
    INDArray otherFake = gan.generate(gan.noise(4));
    double[] base = lossAndGradient(gan, real, fake);
    double[] realChanged = lossAndGradient(gan, otherReal, fake);
    double[] fakeChanged = lossAndGradient(gan, real, otherFake);
    assertTrue(Math.abs(base[0] - realChanged[0]) > 1e-6 && Math.abs(base[1] - realChanged[1]) > 1e-9,
        "the real half moves D's loss and gradient");
    assertTrue(Math.abs(base[0] - fakeChanged[0]) > 1e-6 && Math.abs(base[1] - fakeChanged[1]) > 1e-9,
        "the generated half moves D's loss and gradient");
  }

  /** D's loss and the sum of its first layer's weight gradients; clears the gradients. */
  private static double[] lossAndGradient(AnnGan gan, INDArray real, INDArray fake) {
    double loss = gan.discriminatorGradients(real, fake, null, null);
    double grad = gan.discriminator.get(0).gradW.sumNumber().doubleValue();
    gan.discriminator.get(0).zeroGrad();
    gan.discriminator.get(1).zeroGrad();
    return new double[] {loss, grad};
  }

  @Test
  void generatorStepLeavesDiscriminatorUnchangedAndDiscriminatorStepLeavesGenerator() {
    AnnGan gan = new AnnGan(tiny(Output.TANH, 0.9, 0.2, 6));
    INDArray d1 = gan.discriminator.get(0).w.dup();
    INDArray g1 = gan.generator.get(0).w.dup();
    gan.generatorStep();
    assertEquals(d1, gan.discriminator.get(0).w);
    assertFalse(g1.equals(gan.generator.get(0).w));
    INDArray g1After = gan.generator.get(0).w.dup();
    gan.discriminatorStep(gan.toModelRange(digits(4, 13)));
    assertEquals(g1After, gan.generator.get(0).w);
    assertFalse(d1.equals(gan.discriminator.get(0).w));
    // Each network's optimiser counts its own steps (bias correction uses t = 1 for each first step).
    assertEquals(1, gan.generator.get(0).adamSteps());
    assertEquals(1, gan.discriminator.get(0).adamSteps());
  }

  @Test
  void firstAdamStepOfEachNetworkMovesEveryWeightByTheLearningRate() {
    // With bias correction at t = 1, Adam's first update is lr * g / (|g| + eps'): every weight with a
    // non-negligible gradient moves by lr. A step counter shared by D and G would give D's first
    // update t = 2 and move its weights by 0.943 lr instead.
    AnnGan gan = new AnnGan(tiny(Output.SIGMOID, 1, 0, 7), DataType.DOUBLE);
    double lr = gan.settings().lr();
    INDArray g2 = gan.generator.get(1).w.dup();
    gan.generatorStep();
    assertMovedByLearningRate("G", g2, gan.generator.get(1).w, lr);
    INDArray d1 = gan.discriminator.get(0).w.dup();
    gan.discriminatorStep(gan.toModelRange(digits(4, 14)));
    assertMovedByLearningRate("D", d1, gan.discriminator.get(0).w, lr);
  }

  private static void assertMovedByLearningRate(String net, INDArray before, INDArray after, double lr) {
    // |update| = lr |g| / (|g| + eps / sqrt(1 - beta2)): lr up to the eps term, which the tiny
    // network's smallest gradients feel by a few percent.
    double[] delta = after.sub(before).data().asDouble();
    int byLr = 0;
    for (double d : delta) {
      assertTrue(Math.abs(d) <= lr * (1 + 1e-9), net + " weight moved by " + Math.abs(d) + " > lr");
      if (Math.abs(d) > 0.97 * lr) {
        byLr++;
      }
    }
    assertTrue(byLr > delta.length / 2, net + ": only " + byLr + " of " + delta.length + " weights moved by ~lr");
  }

  @Test
  void hiddenCommonShareSeesTheNoiseMean() {
    // At initialisation U[0,1) noise (mean 0.5) already makes most of G's hidden energy common to
    // all noise vectors; N(0,1) noise almost none.
    var uniform = new AnnGan(new Settings(AnnGanSizes.oneHidden(100, 400, 8), 1, 1, 2e-4, 0.5, NoiseDistribution.UNIFORM_01, Output.SIGMOID, 1, 0, 1));
    var normal = new AnnGan(new Settings(AnnGanSizes.oneHidden(100, 400, 8), 1, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, Output.SIGMOID, 1, 0, 1));
    assertTrue(uniform.hiddenCommonShare(500) > 0.6);
    assertTrue(normal.hiddenCommonShare(500) < 0.02);
  }

  @Test
  void sameSeedSameSamplesOtherSeedOtherSamples() {
    float[] images = new float[32 * 784];
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < images.length; i++) {
      images[i] = (float) r.nextDouble();
    }
    float[] a = trainedSamples(images, 21);
    float[] b = trainedSamples(images, 21);
    float[] c = trainedSamples(images, 22);
    assertArrayEquals(a, b);
    assertFalse(java.util.Arrays.equals(a, c));
    for (float v : a) {
      assertTrue(v >= 0 && v <= 1, "samples are intensities in [0, 1]: " + v);
    }
  }

  private static float[] trainedSamples(float[] images, long seed) {
    AnnGan gan = new AnnGan(new Settings(AnnGanSizes.oneHidden(NOISE, 16, 8), 1, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, Output.TANH, 0.9, 0.2, seed));
    gan.train(images, line -> { });
    return gan.sample(3);
  }

  @Test
  void discriminatorLearnsToSeparateRealDigitsFromAnUntrainedGenerator() {
    // Real "digits": a bright square on black; D should quickly tell them from G's initial output.
    float[] images = new float[32 * 784];
    for (int k = 0; k < 32; k++) {
      for (int y = 8; y < 20; y++) {
        for (int x = 8; x < 20; x++) {
          images[k * 784 + y * 28 + x] = 1;
        }
      }
    }
    AnnGan gan = new AnnGan(Settings.baseline(AnnGanSizes.oneHidden(NOISE, 32, 16), 1, 1, 9));
    INDArray real = gan.toModelRange(Nd4j.create(images, new long[] {32, 784}, 'c').getRows(
        java.util.stream.IntStream.range(0, 16).toArray()));
    List<Double> losses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      losses.add(gan.discriminatorStep(real));
    }
    assertTrue(losses.get(19) < 0.6 * losses.get(0), "D loss " + losses.get(0) + " -> " + losses.get(19));
  }

  private static float[] randomImages(int count, long seed) {
    float[] images = new float[count * 784];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < images.length; i++) {
      images[i] = (float) r.nextDouble();
    }
    return images;
  }

  /**
   * A one-hidden-layer GAN must train exactly as the baseline did before G and D took lists of
   * hidden layers. The expected progress lines, weight and sample hashes were printed by the
   * original implementation (main at bcc8864, one ND4J thread) for these very settings.
   */
  @Test
  void oneHiddenLayerTrainsBitForBitAsTheOriginalBaseline() {
    float[] images = randomImages(24, 5);
    assertOriginal(new Settings(AnnGanSizes.oneHidden(5, 6, 4), 2, 1, 1e-3, 0.5, NoiseDistribution.NORMAL, Output.TANH,
        0.9, 0.2, 31), images,
        List.of("ann-gan epoch 1/2: D loss 1.5622, G loss 0.6191", "ann-gan epoch 2/2: D loss 1.5564, G loss 0.5291"),
        new int[][] {{-1073433739, 253074607}, {2057159144, 748933770}, {-1255288868, -356109658}, {1061929472, -1135606398}},
        1614934980, 0.02235497275014639);
    assertOriginal(new Settings(AnnGanSizes.oneHidden(5, 6, 4), 2, 2, 1e-3, 0.5, NoiseDistribution.UNIFORM_SYMMETRIC,
        Output.SIGMOID, 1, 0, 32), images,
        List.of("ann-gan epoch 1/2: D loss 1.3839, G loss 0.7639", "ann-gan epoch 2/2: D loss 1.3247, G loss 0.6714"),
        new int[][] {{1641255468, 1160083005}, {1243405279, 844859824}, {1765148138, 1836308554}, {-11921032, -1165579633}},
        -733382329, 0.009038711081960027);
  }

  private static void assertOriginal(Settings s, float[] images, List<String> lines, int[][] layerHashes, int samplesHash,
      double commonShare) {
    AnnGan gan = new AnnGan(s);
    List<String> progress = new ArrayList<>();
    gan.train(images, progress::add);
    assertEquals(lines, progress);
    List<DenseLayer> layers = allLayers(gan);
    assertEquals(layerHashes.length, layers.size());
    for (int k = 0; k < layers.size(); k++) {
      assertEquals(layerHashes[k][0], Arrays.hashCode(layers.get(k).w.data().asFloat()), "weights of layer " + k);
      assertEquals(layerHashes[k][1], Arrays.hashCode(layers.get(k).b.data().asFloat()), "biases of layer " + k);
    }
    assertEquals(samplesHash, Arrays.hashCode(gan.sample(3)));
    assertEquals(commonShare, gan.hiddenCommonShare(50));
  }

  private static float[] trainedDeep(float[] images, int generatorBatch, long seed) {
    AnnGanSizes sizes = new AnnGanSizes(NOISE, List.of(12, 10), List.of(12), 8, generatorBatch);
    AnnGan gan = new AnnGan(Settings.baseline(sizes, 2, 1, seed));
    gan.train(images, line -> { });
    return gan.sample(4);
  }

  @Test
  void twoHiddenLayerGeneratorTrainsAndIsDeterministicPerSeed() {
    float[] images = randomImages(32, 2);
    AnnGan untrained = new AnnGan(Settings.baseline(new AnnGanSizes(NOISE, List.of(12, 10), List.of(12), 8, 8), 2, 1, 41));
    assertEquals(3, untrained.generator.size());
    assertEquals(10, untrained.generator.get(1).w.size(1));
    assertEquals(784, untrained.generator.get(2).w.size(1));
    float[] before = untrained.sample(4);
    float[] a = trainedDeep(images, 8, 41);
    assertArrayEquals(a, trainedDeep(images, 8, 41));
    assertFalse(Arrays.equals(a, trainedDeep(images, 8, 42)));
    assertFalse(Arrays.equals(a, before), "training moves G");
    assertFalse(Arrays.equals(a, trainedDeep(images, 3, 41)), "the G batch changes training");
    assertArrayEquals(trainedDeep(images, 3, 41), trainedDeep(images, 3, 41));
    for (float v : a) {
      assertTrue(v >= 0 && v <= 1, "samples are intensities in [0, 1]: " + v);
    }
  }

  @Test
  void generatorStepUsesGeneratorBatchNoiseVectors() {
    // Two GANs with one seed: a G step must be the G gradient on exactly generatorBatch fresh noise
    // vectors (and as many dropout masks), not on the D batch.
    AnnGanSizes sizes = new AnnGanSizes(NOISE, List.of(HIDDEN, 7), List.of(HIDDEN), 4, 9);
    Settings s = new Settings(sizes, 1, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, Output.TANH, 0.9, 0.3, 8);
    AnnGan stepped = new AnnGan(s, DataType.DOUBLE);
    AnnGan byHand = new AnnGan(s, DataType.DOUBLE);
    AnnGan wrongBatch = new AnnGan(s, DataType.DOUBLE);
    double loss = stepped.generatorStep();
    assertEquals(byHand.generatorGradients(byHand.noise(9), byHand.dropoutMasks(9)), loss, 0);
    assertTrue(Math.abs(wrongBatch.generatorGradients(wrongBatch.noise(4), wrongBatch.dropoutMasks(4)) - loss) > 1e-9);
  }

  @Test
  void badSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new AnnGanSizes(NOISE, List.of(), List.of(4), 4, 4));
    assertThrows(IllegalArgumentException.class, () -> new AnnGanSizes(NOISE, List.of(4, 0), List.of(4), 4, 4));
    assertThrows(IllegalArgumentException.class, () -> new AnnGanSizes(NOISE, List.of(4), List.of(4), 4, 0));
    assertThrows(IllegalArgumentException.class, () -> new AnnGanSizes(0, List.of(4), List.of(4), 4, 4));
  }
}
