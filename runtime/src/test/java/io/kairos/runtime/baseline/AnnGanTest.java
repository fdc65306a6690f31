package io.kairos.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.runtime.baseline.AnnGan.NoiseDistribution;
import io.kairos.runtime.baseline.AnnGan.Output;
import io.kairos.runtime.baseline.AnnGan.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
    return new Settings(NOISE, HIDDEN, 1, 4, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, output, realLabel, dropout, seed);
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

  @ParameterizedTest
  @EnumSource(Output.class)
  void discriminatorBackwardMatchesFiniteDifferences(Output output) {
    AnnGan gan = new AnnGan(tiny(output, 0.9, 0.3, 3), DataType.DOUBLE);
    INDArray real = gan.toModelRange(digits(4, 11));
    INDArray fake = gan.generate(gan.noise(3));
    INDArray realMask = gan.dropoutMask(4);
    INDArray fakeMask = gan.dropoutMask(3);
    List<DenseLayer> all = List.of(gan.g1, gan.g2, gan.d1, gan.d2);
    DoubleSupplier loss = () -> gan.discriminatorGradients(real, fake, realMask, fakeMask);
    loss.getAsDouble();
    checkLayer("d1", gan.d1, loss, all);
    loss.getAsDouble();
    checkLayer("d2", gan.d2, loss, all);
    assertEquals(0, gan.g1.gradW.norm1Number().doubleValue(), "a D step must not give G gradients");
  }

  @ParameterizedTest
  @EnumSource(Output.class)
  void generatorBackwardMatchesFiniteDifferences(Output output) {
    AnnGan gan = new AnnGan(tiny(output, 0.9, 0.3, 4), DataType.DOUBLE);
    INDArray z = gan.noise(4);
    INDArray mask = gan.dropoutMask(4);
    List<DenseLayer> all = List.of(gan.g1, gan.g2, gan.d1, gan.d2);
    DoubleSupplier loss = () -> gan.generatorGradients(z, mask);
    loss.getAsDouble();
    assertEquals(0, gan.d1.gradW.norm1Number().doubleValue(), "G's pass must leave D no gradients");
    assertEquals(0, gan.d2.gradW.norm1Number().doubleValue(), "G's pass must leave D no gradients");
    checkLayer("g1", gan.g1, loss, all);
    loss.getAsDouble();
    checkLayer("g2", gan.g2, loss, all);
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
    double grad = gan.d1.gradW.sumNumber().doubleValue();
    gan.d1.zeroGrad();
    gan.d2.zeroGrad();
    return new double[] {loss, grad};
  }

  @Test
  void generatorStepLeavesDiscriminatorUnchangedAndDiscriminatorStepLeavesGenerator() {
    AnnGan gan = new AnnGan(tiny(Output.TANH, 0.9, 0.2, 6));
    INDArray d1 = gan.d1.w.dup();
    INDArray g1 = gan.g1.w.dup();
    gan.generatorStep();
    assertEquals(d1, gan.d1.w);
    assertFalse(g1.equals(gan.g1.w));
    INDArray g1After = gan.g1.w.dup();
    gan.discriminatorStep(gan.toModelRange(digits(4, 13)));
    assertEquals(g1After, gan.g1.w);
    assertFalse(d1.equals(gan.d1.w));
    // Each network's optimiser counts its own steps (bias correction uses t = 1 for each first step).
    assertEquals(1, gan.g1.adamSteps());
    assertEquals(1, gan.d1.adamSteps());
  }

  @Test
  void firstAdamStepOfEachNetworkMovesEveryWeightByTheLearningRate() {
    // With bias correction at t = 1, Adam's first update is lr * g / (|g| + eps'): every weight with a
    // non-negligible gradient moves by lr. A step counter shared by D and G would give D's first
    // update t = 2 and move its weights by 0.943 lr instead.
    AnnGan gan = new AnnGan(tiny(Output.SIGMOID, 1, 0, 7), DataType.DOUBLE);
    double lr = gan.settings().lr();
    INDArray g2 = gan.g2.w.dup();
    gan.generatorStep();
    assertMovedByLearningRate("G", g2, gan.g2.w, lr);
    INDArray d1 = gan.d1.w.dup();
    gan.discriminatorStep(gan.toModelRange(digits(4, 14)));
    assertMovedByLearningRate("D", d1, gan.d1.w, lr);
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
    var uniform = new AnnGan(new Settings(100, 400, 1, 8, 1, 2e-4, 0.5, NoiseDistribution.UNIFORM_01, Output.SIGMOID, 1, 0, 1));
    var normal = new AnnGan(new Settings(100, 400, 1, 8, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, Output.SIGMOID, 1, 0, 1));
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
    AnnGan gan = new AnnGan(new Settings(NOISE, 16, 1, 8, 1, 2e-4, 0.5, NoiseDistribution.NORMAL, Output.TANH, 0.9, 0.2, seed));
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
    AnnGan gan = new AnnGan(Settings.baseline(NOISE, 32, 1, 16, 1, 9));
    INDArray real = gan.toModelRange(Nd4j.create(images, new long[] {32, 784}, 'c').getRows(
        java.util.stream.IntStream.range(0, 16).toArray()));
    List<Double> losses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      losses.add(gan.discriminatorStep(real));
    }
    assertTrue(losses.get(19) < 0.6 * losses.get(0), "D loss " + losses.get(0) + " -> " + losses.get(19));
  }
}
