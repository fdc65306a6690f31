package io.kairos.runtime.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The MNIST classifier that sample quality is measured with (the reference's quality protocol): a
 * small convolutional ANN on ND4J SameDiff. Its penultimate layer gives the features of the
 * Frechet distance, its softmax the classifier score, confident share and coverage.
 *
 * <p>Architecture: 28x28 -> conv 5x5x16, ReLU, max-pool 2 -> conv 5x5x32, ReLU, max-pool 2 ->
 * dense 128, ReLU (the features) -> dense 10, softmax. Trained with Adam and small random shifts
 * of the training images. Every random choice (initial weights, batch order, shifts) comes from the
 * seed.
 */
public final class EvaluationClassifier {
  /** Length of the feature vector used for Frechet distances. */
  public static final int FEATURES = 128;

  public static final int PIXELS = 28 * 28;
  public static final int CLASSES = 10;

  private static final String INPUT = "input";
  private static final String LABEL = "label";
  private static final String FEATURE_OUT = "features";
  private static final String PROBS_OUT = "probs";
  private static final int EVAL_BATCH = 500;
  private static final String SHIPPED_RESOURCE = "mnist-classifier.sd";

  private final SameDiff graph;

  private EvaluationClassifier(SameDiff graph) {
    this.graph = graph;
  }

  /** Training settings; {@link #DEFAULT} is what {@code kairos quality train-classifier} uses. */
  public record Settings(int epochs, int batch, double learningRate, int maxShift, long seed) {
    public static final Settings DEFAULT = new Settings(15, 64, 1e-3, 2, 20_240_611L);
  }

  /**
   * Trains a classifier.
   *
   * @param images {@code n * 784} intensities in [0, 1], row-major per image
   * @param labels {@code n} labels in 0..9
   * @param progress receives one line per epoch
   */
  public static EvaluationClassifier train(
      float[] images, int[] labels, Settings settings, Consumer<String> progress) {
    int n = labels.length;
    checkImages(images, n);
    Nd4j.getRandom().setSeed(settings.seed());
    SplittableRandom rng = new SplittableRandom(settings.seed());
    SameDiff sd = buildGraph(rng);
    sd.setTrainingConfig(
        TrainingConfig.builder()
            .updater(new Adam(settings.learningRate()))
            .l2(1e-5)
            .dataSetFeatureMapping(INPUT)
            .dataSetLabelMapping(LABEL)
            .build());
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    float[] batchImages = new float[settings.batch() * PIXELS];
    float[] batchLabels = new float[settings.batch() * CLASSES];
    EvaluationClassifier classifier = new EvaluationClassifier(sd);
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      shuffle(order, rng);
      long start = System.nanoTime();
      for (int from = 0; from + settings.batch() <= n; from += settings.batch()) {
        java.util.Arrays.fill(batchLabels, 0);
        for (int b = 0; b < settings.batch(); b++) {
          int idx = order[from + b];
          int dx = rng.nextInt(2 * settings.maxShift() + 1) - settings.maxShift();
          int dy = rng.nextInt(2 * settings.maxShift() + 1) - settings.maxShift();
          shiftInto(images, idx, dx, dy, batchImages, b);
          batchLabels[b * CLASSES + labels[idx]] = 1;
        }
        INDArray x = Nd4j.create(batchImages, new long[] {settings.batch(), PIXELS}, 'c');
        INDArray y = Nd4j.create(batchLabels, new long[] {settings.batch(), CLASSES}, 'c');
        sd.fit(new DataSet(x, y));
      }
      progress.accept(
          String.format(
              "classifier epoch %d/%d: train accuracy %.4f (%.1f s)",
              epoch,
              settings.epochs(),
              classifier.accuracy(images, labels),
              (System.nanoTime() - start) / 1e9));
    }
    return classifier;
  }

  private static SameDiff buildGraph(SplittableRandom rng) {
    SameDiff sd = SameDiff.create();
    SDVariable in = sd.placeHolder(INPUT, DataType.FLOAT, -1, PIXELS);
    SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, CLASSES);
    SDVariable x = sd.reshape(in, -1, 1, 28, 28);
    x = convBlock(sd, "c1", x, 1, 16, rng);
    x = convBlock(sd, "c2", x, 16, 32, rng);
    x = sd.reshape(x, -1, 32 * 4 * 4);
    SDVariable w3 = sd.var("w3", heUniform(rng, 512, new long[] {512, FEATURES}));
    SDVariable b3 = sd.var("b3", Nd4j.zeros(DataType.FLOAT, FEATURES));
    SDVariable features = sd.nn().relu(FEATURE_OUT, x.mmul(w3).add(b3), 0);
    SDVariable w4 = sd.var("w4", heUniform(rng, FEATURES, new long[] {FEATURES, CLASSES}));
    SDVariable b4 = sd.var("b4", Nd4j.zeros(DataType.FLOAT, CLASSES));
    SDVariable logits = features.mmul(w4).add(b4);
    sd.nn().softmax(PROBS_OUT, logits, 1);
    sd.loss().softmaxCrossEntropy("loss", label, logits, null);
    sd.setLossVariables("loss");
    return sd;
  }

  private static SDVariable convBlock(
      SameDiff sd, String name, SDVariable x, int inChannels, int outChannels, SplittableRandom rng) {
    SDVariable w =
        sd.var(name + "w", heUniform(rng, 25L * inChannels, new long[] {5, 5, inChannels, outChannels}));
    SDVariable b = sd.var(name + "b", Nd4j.zeros(DataType.FLOAT, outChannels));
    Conv2DConfig conv = Conv2DConfig.builder().kH(5).kW(5).sH(1).sW(1).dataFormat("NCHW").build();
    SDVariable y = sd.nn().relu(sd.cnn().conv2d(x, w, b, conv), 0);
    Pooling2DConfig pool = Pooling2DConfig.builder().kH(2).kW(2).sH(2).sW(2).isNHWC(false).build();
    return sd.cnn().maxPooling2d(y, pool);
  }

  /** He-uniform initial weights from our own generator, so that the seed fixes them. */
  private static INDArray heUniform(SplittableRandom rng, long fanIn, long[] shape) {
    long count = 1;
    for (long s : shape) {
      count *= s;
    }
    float[] v = new float[(int) count];
    double limit = Math.sqrt(6.0 / fanIn);
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
    }
    return Nd4j.create(v, shape, 'c');
  }

  private static void shiftInto(float[] images, int idx, int dx, int dy, float[] out, int slot) {
    int src = idx * PIXELS;
    int dst = slot * PIXELS;
    for (int r = 0; r < 28; r++) {
      int sr = r - dy;
      for (int c = 0; c < 28; c++) {
        int sc = c - dx;
        out[dst + r * 28 + c] = (sr < 0 || sr >= 28 || sc < 0 || sc >= 28) ? 0f : images[src + sr * 28 + sc];
      }
    }
  }

  private static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static void checkImages(float[] images, int n) {
    if (images.length != n * PIXELS) {
      throw new IllegalArgumentException(
          "expected " + n + " images of 784 pixels (" + (long) n * PIXELS + " values), got " + images.length);
    }
  }

  /** Class probabilities and penultimate features of a batch of images. */
  public record Outputs(float[][] probabilities, double[][] features) {}

  /** Runs the classifier on {@code images} ({@code n * 784} intensities in [0, 1]). */
  public Outputs apply(float[] images) {
    if (images.length % PIXELS != 0) {
      throw new IllegalArgumentException("image data length " + images.length + " is not a multiple of 784");
    }
    int n = images.length / PIXELS;
    float[][] probs = new float[n][];
    double[][] feats = new double[n][];
    for (int from = 0; from < n; from += EVAL_BATCH) {
      int count = Math.min(EVAL_BATCH, n - from);
      float[] slice = java.util.Arrays.copyOfRange(images, from * PIXELS, (from + count) * PIXELS);
      INDArray x = Nd4j.create(slice, new long[] {count, PIXELS}, 'c');
      Map<String, INDArray> out = graph.output(Map.of(INPUT, x), PROBS_OUT, FEATURE_OUT);
      float[][] p = out.get(PROBS_OUT).toFloatMatrix();
      double[][] f = out.get(FEATURE_OUT).toDoubleMatrix();
      System.arraycopy(p, 0, probs, from, count);
      System.arraycopy(f, 0, feats, from, count);
    }
    return new Outputs(probs, feats);
  }

  /** The share of images whose most probable class is the label. */
  public double accuracy(float[] images, int[] labels) {
    float[][] p = apply(images).probabilities();
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      if (argmax(p[i]) == labels[i]) {
        correct++;
      }
    }
    return (double) correct / labels.length;
  }

  static int argmax(float[] v) {
    int best = 0;
    for (int k = 1; k < v.length; k++) {
      if (v[k] > v[best]) {
        best = k;
      }
    }
    return best;
  }

  /** Saves the trained graph (ND4J's FlatBuffers format, no updater state), atomically. */
  public void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      graph.save(tmp.toFile(), false);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The classifier shipped with Kairos (examples/models/mnist-classifier.sd, in the jar). */
  public static EvaluationClassifier shipped() throws IOException {
    try (var in = EvaluationClassifier.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the shipped evaluation classifier is missing from the classpath");
      }
      Path tmp = Files.createTempFile("kairos-classifier", ".sd");
      try {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        return new EvaluationClassifier(SameDiff.load(tmp.toFile(), false));
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  public static EvaluationClassifier load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    return new EvaluationClassifier(SameDiff.load(file.toFile(), false));
  }
}
