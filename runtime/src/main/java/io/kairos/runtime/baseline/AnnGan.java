package io.kairos.runtime.baseline;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The non-spiking baseline: a GAN of leaky-ReLU MLPs the same size as the Spiking-GAN (noise ->
 * hidden -> 784 for G, 784 -> hidden -> 1 for D), trained with Adam and the non-saturating loss on
 * the same digits and budget (epochs, batch, D steps per G step).
 *
 * <p>G: {@code z ~ U[0,1)^noise}, {@code h = lrelu(z V1 + c1)}, {@code x = sigmoid(h V2 + c2)}.
 * D: {@code logit = lrelu(x W1 + b1) W2 + b2}. D minimises {@code softplus(-logit(real)) +
 * softplus(logit(fake))}; G minimises {@code softplus(-logit(G(z)))}. Backward passes are written
 * by hand on ND4J arrays, so the seed fixes every weight.
 */
public final class AnnGan {
  private static final double LEAK = 0.2;

  /** Budget and optimiser settings. */
  public record Settings(
      int noise, int hidden, int epochs, int batch, int discriminatorSteps, double lr, double beta1, long seed) {
    public static Settings sameSizeAs(int noise, int hidden, int epochs, int batch, long seed) {
      return new Settings(noise, hidden, epochs, batch, 1, 2e-4, 0.5, seed);
    }
  }

  private final Settings settings;
  private final SplittableRandom rng;
  private final DenseLayer g1;
  private final DenseLayer g2;
  private final DenseLayer d1;
  private final DenseLayer d2;
  private int step;

  public AnnGan(Settings settings) {
    this.settings = settings;
    this.rng = new SplittableRandom(settings.seed());
    g1 = new DenseLayer(settings.noise(), settings.hidden(), rng);
    g2 = new DenseLayer(settings.hidden(), 784, rng);
    d1 = new DenseLayer(784, settings.hidden(), rng);
    d2 = new DenseLayer(settings.hidden(), 1, rng);
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
        dLossSum += discriminatorStep(Nd4j.create(real, new long[] {batch, 784}, 'c'));
        updates++;
        if (updates % settings.discriminatorSteps() == 0) {
          gLossSum += generatorStep();
        }
      }
      progress.accept(
          String.format(
              java.util.Locale.ROOT,
              "ann-gan epoch %d/%d: D loss %.4f, G loss %.4f",
              epoch,
              settings.epochs(),
              dLossSum / updates,
              gLossSum / Math.max(1, updates / settings.discriminatorSteps())));
    }
  }

  private double discriminatorStep(INDArray real) {
    int batch = (int) real.size(0);
    INDArray fake = generate(noise(batch));
    double loss = discriminatorPass(real, 1, batch) + discriminatorPass(fake, 0, batch);
    step++;
    d1.adamStep(settings.lr(), settings.beta1(), 0.999, 1e-8, step);
    d2.adamStep(settings.lr(), settings.beta1(), 0.999, 1e-8, step);
    return loss;
  }

  /** Forward and backward through D for one labelled half-batch; returns its mean loss. */
  private double discriminatorPass(INDArray x, int label, int batch) {
    INDArray pre = d1.forward(x);
    INDArray logit = d2.forward(leakyRelu(pre));
    INDArray p = Transforms.sigmoid(logit, true);
    double loss = softplusMean(label == 1 ? logit.neg() : logit);
    INDArray gradLogit = p.subi(label).divi(batch);
    INDArray gradHidden = d2.backward(gradLogit);
    d1.backward(gradHidden.muli(leakyReluGrad(pre)));
    return loss;
  }

  private double generatorStep() {
    int batch = settings.batch();
    INDArray z = noise(batch);
    INDArray gPre1 = g1.forward(z);
    INDArray gPre2 = g2.forward(leakyRelu(gPre1));
    INDArray x = Transforms.sigmoid(gPre2, true);
    INDArray dPre = d1.forward(x);
    INDArray logit = d2.forward(leakyRelu(dPre));
    double loss = softplusMean(logit.neg());
    INDArray gradLogit = Transforms.sigmoid(logit, true).subi(1).divi(batch);
    INDArray gradX = d1.backward(d2.backward(gradLogit).muli(leakyReluGrad(dPre)));
    // D is frozen in this step: its accumulated gradients are discarded, not applied.
    d1.zeroGrad();
    d2.zeroGrad();
    INDArray gradPre2 = gradX.muli(x.mul(x.rsub(1)));
    INDArray gradH = g2.backward(gradPre2);
    g1.backward(gradH.muli(leakyReluGrad(gPre1)));
    step++;
    g1.adamStep(settings.lr(), settings.beta1(), 0.999, 1e-8, step);
    g2.adamStep(settings.lr(), settings.beta1(), 0.999, 1e-8, step);
    return loss;
  }

  /** {@code count} generated digits from fresh noise, as {@code count * 784} values in [0, 1]. */
  public float[] sample(int count) {
    return generate(noise(count)).data().asFloat();
  }

  private INDArray generate(INDArray z) {
    return Transforms.sigmoid(g2.forward(leakyRelu(g1.forward(z))), true);
  }

  private INDArray noise(int count) {
    float[] z = new float[count * settings.noise()];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) rng.nextDouble();
    }
    return Nd4j.create(z, new long[] {count, settings.noise()}, 'c');
  }

  private static INDArray leakyRelu(INDArray x) {
    return Transforms.leakyRelu(x, LEAK, true);
  }

  private static INDArray leakyReluGrad(INDArray pre) {
    INDArray positive = pre.gt(0).castTo(DataType.FLOAT);
    return positive.muli(1 - LEAK).addi(LEAK);
  }

  /** mean(log(1 + exp(v))), computed stably. */
  private static double softplusMean(INDArray v) {
    double sum = 0;
    for (float x : v.data().asFloat()) {
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
