package io.kairos.runtime.data;

import io.kairos.runtime.engine.LatencyCoding;
import io.kairos.runtime.engine.Samples;

/**
 * Greyscale images with class labels, as read from an IDX pair: {@code pixels} holds {@code
 * count} images of {@code rows x cols} unsigned bytes, one after the other.
 */
public record LabelledImages(int count, int rows, int cols, byte[] pixels, byte[] labels) implements Samples {
  public LabelledImages {
    if ((long) count * rows * cols != pixels.length || labels.length != count) {
      throw new IllegalArgumentException("inconsistent image data");
    }
  }

  /** Pairs an images IDX array (n x rows x cols) with a labels IDX array (n). */
  public static LabelledImages of(IdxFile.Array images, IdxFile.Array labels, String imagesSource, String labelsSource) {
    if (images.dims().length != 3) {
      throw new DataFormatException(
          imagesSource + ": an image file needs 3 dimensions (count, rows, columns), it has " + images.dims().length);
    }
    if (labels.dims().length != 1) {
      throw new DataFormatException(labelsSource + ": a label file needs 1 dimension, it has " + labels.dims().length);
    }
    if (labels.count() != images.count()) {
      throw new DataFormatException(
          labelsSource + " has " + labels.count() + " labels but " + imagesSource + " has " + images.count() + " images");
    }
    return new LabelledImages(images.count(), images.dims()[1], images.dims()[2], images.data(), labels.data());
  }

  public int pixelsPerImage() {
    return rows * cols;
  }

  /** The largest label plus one. */
  public int classes() {
    int max = 0;
    for (byte b : labels) {
      max = Math.max(max, b & 0xFF);
    }
    return max + 1;
  }

  /** The first {@code n} images. */
  public LabelledImages head(int n) {
    int k = Math.min(n, count);
    int p = pixelsPerImage();
    return new LabelledImages(k, rows, cols, java.util.Arrays.copyOf(pixels, k * p), java.util.Arrays.copyOf(labels, k));
  }

  @Override
  public int size() {
    return count;
  }

  @Override
  public int label(int index) {
    return labels[index] & 0xFF;
  }

  @Override
  public void inputTimes(int index, int window, int[] times) {
    int p = pixelsPerImage();
    LatencyCoding.pixelTimes(pixels, index * p, p, window, times);
  }
}
