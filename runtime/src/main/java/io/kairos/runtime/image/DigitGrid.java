package io.kairos.runtime.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Lays out square grey-scale images (intensity 255 = white stroke on black, as MNIST) in a grid
 * and encodes it as PNG, with a one-pixel gap between cells and optional integer upscaling.
 */
public final class DigitGrid {
  private DigitGrid() {}

  /**
   * @param pixels {@code count * side * side} intensities 0..255, image after image, row-major
   * @param side image side in pixels (28 for MNIST)
   * @param columns images per grid row
   * @param scale integer upscaling factor (nearest neighbour), &gt;= 1
   */
  public static byte[] png(int[] pixels, int side, int columns, int scale) {
    return png(pixels, side, side, columns, scale);
  }

  /** As {@link #png(int[], int, int, int)} for {@code height x width} images. */
  public static byte[] png(int[] pixels, int height, int width, int columns, int scale) {
    int size = height * width;
    int count = pixels.length / size;
    if (count == 0 || pixels.length != count * size) {
      throw new IllegalArgumentException("pixel count " + pixels.length + " is not a whole number of " + height + "x" + width + " images");
    }
    int rows = (count + columns - 1) / columns;
    int cellWidth = width * scale + 1;
    int cellHeight = height * scale + 1;
    BufferedImage img = new BufferedImage(columns * cellWidth + 1, rows * cellHeight + 1, BufferedImage.TYPE_BYTE_GRAY);
    var raster = img.getRaster();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        raster.setSample(x, y, 0, 64);
      }
    }
    for (int k = 0; k < count; k++) {
      int ox = (k % columns) * cellWidth + 1;
      int oy = (k / columns) * cellHeight + 1;
      for (int r = 0; r < height * scale; r++) {
        for (int c = 0; c < width * scale; c++) {
          int v = pixels[k * size + (r / scale) * width + c / scale];
          raster.setSample(ox + c, oy + r, 0, Math.max(0, Math.min(255, v)));
        }
      }
    }
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Intensities in [0, 1] to bytes 0..255, rounded to nearest. */
  public static int[] toBytes(float[] intensities) {
    int[] out = new int[intensities.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(Math.max(0f, Math.min(1f, intensities[i])) * 255f);
    }
    return out;
  }
}
