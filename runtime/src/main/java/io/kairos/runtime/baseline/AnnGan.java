package io.kairos.runtime.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The non-spiking baseline: a GAN of leaky-ReLU MLPs the same size as the Spiking-GAN (noise ->
 * every hidden layer of the Spiking-GAN's G -> 784 for G, 784 -> every hidden layer of its D -> 1
 * for D; {@link AnnGanSizes}), trained with Adam and the non-saturating loss on the same digits and
 * budget (epochs, batch, G batch, D steps per G step).
 *
 * <p>G: {@code h1 = lrelu(z V1 + c1)}, {@code hk = lrelu(h(k-1) Vk + ck)}, {@code x = out(hK
 * V(K+1) + c(K+1))}. D: {@code ek = drop(lrelu(e(k-1) Wk + bk))} from {@code e0 = x}, {@code logit
 * = eL W(L+1) + b(L+1)}. D minimises {@code BCE(logit(real), realLabel) + softplus(logit(fake))}; G
 * minimises {@code softplus(-logit(G(z)))}. Backward passes are written by hand on ND4J arrays, so
 * the seed fixes every weight, noise vector, batch order and dropout mask. The layers draw their
 * Glorot weights in feed-forward order, G's before D's, so a one-hidden-layer GAN draws exactly
 * what the original one-hidden-layer baseline drew.
 *
 * <p>The recipe's named settings ({@link Settings#baseline}; every alternative measured at the
 * Spiking-GAN's budget, docs/gan-mode-collapse.md "The ANN GAN baseline, measured"):
 * <ul>
 *   <li>noise {@link NoiseDistribution#NORMAL} {@code z ~ N(0,1)}: the change that removes the
 *       collapse. With {@code U[0,1)} every noise component has mean 0.5, so the batch gradient of
 *       G's first layer, {@code z^T delta}, is dominated by the same term for every component and
 *       G's hidden layer mostly learns a sample-independent direction (the zero-mean-inputs argument
 *       of LeCun et al., "Efficient BackProp"; {@link #hiddenCommonShare} measured 0.99 with it, 0.03
 *       with N(0,1), at 20 epochs): FD 443-462, one class, whatever else is changed;
 *       N(0,1) or U(-1,1) noise: FD 68-97, all ten classes;
 *   <li>output {@link Output#TANH} on digits scaled to [-1, 1] (samples mapped back to [0, 1]),
 *       {@code lr} 1e-3 and one-sided label smoothing ({@code realLabel} 0.9): together lower FD and
 *       raise score and the rarest class's share on each of seeds 7, 8, 9 against sigmoid output,
 *       lr 2e-4 and no smoothing (mean FD 71.7 vs 76.7, score 4.83 vs 4.29); each alone at lr 2e-4
 *       measured worse (one seed), and tanh leaves sparse salt noise on the background;
 *   <li>{@code beta1} 0.5, beta2 0.999 (DCGAN's), each network with its own Adam step count;
 *   <li>D {@code dropout} 0 (0.3 measured no better, one seed).
 * </ul>
 */
public final class AnnGan {
  private static final double LEAK = 0.2;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  /** The distribution of G's noise vector. */
  public enum NoiseDistribution {
    /** {@code U[0,1)} per component (this baseline's first choice; collapses it, see the class comment). */
    UNIFORM_01,
    /** {@code U[-1,1)} per component. */
    UNIFORM_SYMMETRIC,
    /** {@code N(0,1)} per component. */
    NORMAL
  }

  /** G's output non-linearity and so the range D sees digits in. */
  public enum Output {
    /** sigmoid, digits in [0, 1]. */
    SIGMOID,
    /** tanh, digits scaled to [-1, 1]. */
    TANH
  }

  /**
   * Sizes, budget, optimiser and recipe settings.
   *
   * @param sizes layer widths, D batch and G batch
   * @param realLabel D's target for real digits (1 = no smoothing; 0.9 = one-sided smoothing)
   * @param dropout probability of zeroing each of D's hidden activations in training (0 = off)
   */
  public record Settings(
      AnnGanSizes sizes,
      int epochs,
      int discriminatorSteps,
      double lr,
      double beta1,
      NoiseDistribution noiseDistribution,
      Output output,
      double realLabel,
      double dropout,
      long seed) {
    public Settings {
      if (sizes == null) {
        throw new IllegalArgumentException("the sizes are required");
      }
      if (epochs < 1 || discriminatorSteps < 1) {
        throw new IllegalArgumentException("epochs and D steps must be >= 1, got " + epochs + " and " + discriminatorSteps);
      }
      if (!(lr > 0)) {
        throw new IllegalArgumentException("the learning rate must be > 0, got " + lr);
      }
      if (!(beta1 >= 0 && beta1 < 1)) {
        throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
      }
      if (!(realLabel > 0 && realLabel <= 1)) {
        throw new IllegalArgumentException("the real label must be in (0, 1], got " + realLabel);
      }
      if (!(dropout >= 0 && dropout < 1)) {
        throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
      }
    }

    /** The baseline recipe (see the class comment) for the given sizes and budget. */
    public static Settings baseline(AnnGanSizes sizes, int epochs, int discriminatorSteps, long seed) {
      return new Settings(sizes, epochs, discriminatorSteps, 1e-3, 0.5, NoiseDistribution.NORMAL, Output.TANH, 0.9, 0.0, seed);
    }

    public int noise() {
      return sizes.noise();
    }

    public int batch() {
      return sizes.batch();
    }

    public int generatorBatch() {
      return sizes.generatorBatch();
    }
  }

  private final Settings settings;
  private final SplittableRandom rng;
  private final DataType type;
  /** G's layers in feed-forward order: the hidden ones, then the output one (to 784). */
  final List<DenseLayer> generator;
  /** D's layers in feed-forward order: the hidden ones, then the logit one. */
  final List<DenseLayer> discriminator;

  public AnnGan(Settings settings) {
    this(settings, DataType.FLOAT);
  }

  /** {@code type} DOUBLE is for gradient checks; training uses FLOAT. */
  AnnGan(Settings settings, DataType type) {
    this.settings = settings;
    this.type = type;
    this.rng = new SplittableRandom(settings.seed());
    AnnGanSizes sizes = settings.sizes();
    // Construction order is the random draw order: G's layers, then D's, each input to output.
    generator = layers(settings.noise(), sizes.generatorHidden(), AnnGanSizes.PIXELS);
    discriminator = layers(AnnGanSizes.PIXELS, sizes.discriminatorHidden(), 1);
  }

  private List<DenseLayer> layers(int in, List<Integer> hidden, int out) {
    List<DenseLayer> layers = new ArrayList<>();
    int from = in;
    for (int h : hidden) {
      layers.add(new DenseLayer(from, h, rng, type));
      from = h;
    }
    layers.add(new DenseLayer(from, out, rng, type));
    return List.copyOf(layers);
  }

  public Settings settings() {
    return settings;
  }

  /** Trains on {@code images} ({@code n * 784} intensities in [0, 1]) for the configured epochs. */
  public void train(float[] images, Consumer<String> progress) {
    int n = images.length / 784;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int batch = settings.batch();
    float[] real = new float[batch * 784];
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      shuffle(order);
      double dLossSum = 0;
      double gLossSum = 0;
      int updates = 0;
      for (int from = 0; from + batch <= n; from += batch) {
        for (int b = 0; b < batch; b++) {
          System.arraycopy(images, order[from + b] * 784, real, b * 784, 784);
        }
        dLossSum += discriminatorStep(toModelRange(Nd4j.create(real, new long[] {batch, 784}, 'c')));
        updates++;
        if (updates % settings.discriminatorSteps() == 0) {
          gLossSum += generatorStep();
        }
      }
      progress.accept(String.format(Locale.ROOT, "ann-gan epoch %d/%d: D loss %.4f, G loss %.4f",
          epoch, settings.epochs(), dLossSum / updates,
          gLossSum / Math.max(1, updates / settings.discriminatorSteps())));
    }
  }

  /** One D update on {@code real} (model range) and as many generated digits. Returns D's loss. */
  double discriminatorStep(INDArray real) {
    int batch = (int) real.size(0);
    INDArray fake = generate(noise(batch));
    double loss = discriminatorGradients(real, fake, dropoutMasks(batch), dropoutMasks(batch));
    adamStep(discriminator);
    return loss;
  }

  /** One G update on {@code generatorBatch} fresh noise vectors; D's parameters are not changed. Returns G's loss. */
  double generatorStep() {
    int batch = settings.generatorBatch();
    double loss = generatorGradients(noise(batch), dropoutMasks(batch));
    adamStep(generator);
    return loss;
  }

  private void adamStep(List<DenseLayer> layers) {
    for (DenseLayer l : layers) {
      l.adamStep(settings.lr(), settings.beta1(), BETA2, EPS);
    }
  }

  /**
   * Accumulates D's gradients of {@code mean BCE(D(real), realLabel) + mean softplus(D(fake))} and
   * returns that loss. Masks (one per D hidden layer; null = no dropout) multiply D's hidden activations.
   */
  double discriminatorGradients(INDArray real, INDArray fake, List<INDArray> realMasks, List<INDArray> fakeMasks) {
    return discriminatorHalf(real, settings.realLabel(), realMasks) + discriminatorHalf(fake, 0, fakeMasks);
  }

  /** Forward and backward through D for one labelled half-batch; returns its mean loss. */
  private double discriminatorHalf(INDArray x, double target, List<INDArray> masks) {
    int batch = (int) x.size(0);
    List<INDArray> pre = new ArrayList<>();
    INDArray logit = discriminatorForward(x, masks, pre);
    // BCE with target t: t * softplus(-l) + (1 - t) * softplus(l); dBCE/dl = sigmoid(l) - t.
    double loss = target * softplusMean(logit.neg()) + (1 - target) * softplusMean(logit);
    INDArray gradLogit = Transforms.sigmoid(logit, true).subi(target).divi(batch);
    discriminatorBackward(gradLogit, masks, pre);
    return loss;
  }

  /** D's logit for {@code x}; appends each hidden layer's pre-activation to {@code pre}. */
  private INDArray discriminatorForward(INDArray x, List<INDArray> masks, List<INDArray> pre) {
    INDArray a = x;
    int hidden = discriminator.size() - 1;
    for (int k = 0; k < hidden; k++) {
      INDArray p = discriminator.get(k).forward(a);
      pre.add(p);
      a = masked(leakyRelu(p), mask(masks, k));
    }
    return discriminator.get(hidden).forward(a);
  }

  /** Accumulates D's gradients for {@code gradLogit}; returns dLoss/dx. */
  private INDArray discriminatorBackward(INDArray gradLogit, List<INDArray> masks, List<INDArray> pre) {
    int hidden = discriminator.size() - 1;
    INDArray grad = discriminator.get(hidden).backward(gradLogit);
    for (int k = hidden - 1; k >= 0; k--) {
      grad = discriminator.get(k).backward(masked(grad, mask(masks, k)).muli(leakyReluGrad(pre.get(k))));
    }
    return grad;
  }

  /**
   * Accumulates G's gradients of the non-saturating loss {@code mean softplus(-D(G(z)))} and returns
   * it. The pass runs through D to reach G's output, and D's gradients from it are discarded: a G
   * step never changes D.
   */
  double generatorGradients(INDArray z, List<INDArray> masks) {
    int batch = (int) z.size(0);
    List<INDArray> gPre = new ArrayList<>();
    INDArray x = generatorForward(z, gPre);
    List<INDArray> dPre = new ArrayList<>();
    INDArray logit = discriminatorForward(x, masks, dPre);
    double loss = softplusMean(logit.neg());
    INDArray gradLogit = Transforms.sigmoid(logit, true).subi(1).divi(batch);
    INDArray gradX = discriminatorBackward(gradLogit, masks, dPre);
    discriminator.forEach(DenseLayer::zeroGrad);
    int hidden = generator.size() - 1;
    INDArray grad = generator.get(hidden).backward(gradX.muli(outputGrad(x)));
    for (int k = hidden - 1; k >= 0; k--) {
      grad = generator.get(k).backward(grad.muli(leakyReluGrad(gPre.get(k))));
    }
    return loss;
  }

  /** G's output (model range) for {@code z}; appends each hidden layer's pre-activation to {@code pre}. */
  private INDArray generatorForward(INDArray z, List<INDArray> pre) {
    INDArray a = z;
    int hidden = generator.size() - 1;
    for (int k = 0; k < hidden; k++) {
      INDArray p = generator.get(k).forward(a);
      pre.add(p);
      a = leakyRelu(p);
    }
    return output(generator.get(hidden).forward(a));
  }

  /** {@code count} generated digits from fresh noise, as {@code count * 784} values in [0, 1]. */
  public float[] sample(int count) {
    INDArray x = generate(noise(count));
    if (settings.output() == Output.TANH) {
      x = x.add(1).muli(0.5);
    }
    return x.castTo(DataType.FLOAT).data().asFloat();
  }

  /**
   * The share of G's first hidden pre-activation energy that is the same for every noise vector,
   * over {@code count} fresh noise vectors: {@code |mean_z h|^2 / mean_z |h|^2} with {@code h = z
   * V1 + c1}. Near 1, G's first hidden layer (and so its output) barely depends on the noise: a
   * collapse diagnostic. Draws noise, so it moves this GAN's random stream like {@link #sample} does.
   */
  public double hiddenCommonShare(int count) {
    INDArray h = generator.get(0).forward(noise(count));
    INDArray mean = h.mean(0);
    double common = mean.mul(mean).sumNumber().doubleValue();
    double total = h.mul(h).sumNumber().doubleValue() / count;
    return common / total;
  }

  /** G's output (model range) for noise {@code z}, without gradients. */
  INDArray generate(INDArray z) {
    return generatorForward(z, new ArrayList<>());
  }

  /** Intensities in [0, 1] to the range G's output has. */
  INDArray toModelRange(INDArray intensities) {
    INDArray x = intensities.castTo(type);
    return settings.output() == Output.TANH ? x.muli(2).subi(1) : x;
  }

  private INDArray output(INDArray pre) {
    return settings.output() == Output.TANH ? Transforms.tanh(pre, true) : Transforms.sigmoid(pre, true);
  }

  /** d out / d pre, written in terms of the output {@code x}. */
  private INDArray outputGrad(INDArray x) {
    return settings.output() == Output.TANH ? x.mul(x).rsubi(1) : x.mul(x.rsub(1));
  }

  INDArray noise(int count) {
    double[] z = new double[count * settings.noise()];
    for (int i = 0; i < z.length; i++) {
      z[i] = switch (settings.noiseDistribution()) {
        case UNIFORM_01 -> rng.nextDouble();
        case UNIFORM_SYMMETRIC -> rng.nextDouble() * 2 - 1;
        case NORMAL -> rng.nextGaussian();
      };
    }
    return Nd4j.create(z, new long[] {count, settings.noise()}, DataType.DOUBLE).castTo(type);
  }

  /**
   * Inverted-dropout masks for D's hidden layers (entries 0 or 1/(1-p)), drawn layer by layer in
   * feed-forward order, or null when off.
   */
  List<INDArray> dropoutMasks(int count) {
    double p = settings.dropout();
    if (p == 0) {
      return null;
    }
    List<INDArray> masks = new ArrayList<>();
    for (int width : settings.sizes().discriminatorHidden()) {
      double[] m = new double[count * width];
      for (int i = 0; i < m.length; i++) {
        m[i] = rng.nextDouble() < p ? 0 : 1 / (1 - p);
      }
      masks.add(Nd4j.create(m, new long[] {count, width}, DataType.DOUBLE).castTo(type));
    }
    return masks;
  }

  private static INDArray mask(List<INDArray> masks, int layer) {
    return masks == null ? null : masks.get(layer);
  }

  private static INDArray masked(INDArray x, INDArray mask) {
    return mask == null ? x : x.muli(mask);
  }

  private static INDArray leakyRelu(INDArray x) {
    return Transforms.leakyRelu(x, LEAK, true);
  }

  private static INDArray leakyReluGrad(INDArray pre) {
    INDArray positive = pre.gt(0).castTo(pre.dataType());
    return positive.muli(1 - LEAK).addi(LEAK);
  }

  /** mean(log(1 + exp(v))), computed stably. */
  private static double softplusMean(INDArray v) {
    double sum = 0;
    for (double x : v.data().asDouble()) {
      sum += x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }
    return sum / v.length();
  }

  private void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
