package io.kairos.cli.chip;

import io.kairos.compiler.run.AtomicFiles;
import io.kairos.runtime.engine.LatencyCoding;
import io.kairos.runtime.image.DigitGrid;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.hardware.sim.NetworkImage;
import io.kairos.hardware.sim.SampleResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** The PNG pictures of a simulation: a grid of generated images and a spike raster. */
public final class Png {
  private Png() {}

  /**
   * Up to {@code columns * columns} generated images of {@code height x width} pixel times, in a
   * square grid, 2x scaled, decoded as the runtime decodes them ({@link LatencyCoding#intensity}).
   */
  public static void imageGrid(List<int[]> images, int height, int width, int window, Path file) throws IOException {
    int n = images.size();
    int cols = (int) Math.ceil(Math.sqrt(n));
    float[] intensities = new float[n * height * width];
    for (int k = 0; k < n; k++) {
      int[] t = images.get(k);
      for (int i = 0; i < height * width; i++) {
        intensities[k * height * width + i] = LatencyCoding.intensity(t[i], window);
      }
    }
    AtomicFiles.write(file, DigitGrid.png(DigitGrid.toBytes(intensities), height, width, cols, 2));
  }

  private static final int[] COLOURS = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x17becf};

  /**
   * A spike raster of one sample: x = time step (2 pixels each), y = neuron, bottom to top the
   * input and then each layer in feed-forward order, separated by grey lines; each spike is a dot
   * in its layer's colour. All spikes are drawn, not only first ones.
   */
  public static void raster(SpikeTimes input, SampleResult r, List<String> layers, Path file) throws IOException {
    NetworkImage net = r.network();
    int window = r.window();
    int rows = input.size() + layers.size();
    for (String l : layers) {
      rows += net.layerCompartments(net.layerIndex(l)).length;
    }
    int[] rowOf = new int[net.compartmentCount()];
    java.util.Arrays.fill(rowOf, -1);
    int[] layerOfRow = new int[rows];
    int row = input.size();
    java.util.Arrays.fill(layerOfRow, 0, row, 0);
    int[] separators = new int[layers.size()];
    for (int k = 0; k < layers.size(); k++) {
      separators[k] = row++;
      int[] comps = net.layerCompartments(net.layerIndex(layers.get(k)));
      for (int c : comps) {
        layerOfRow[row] = k + 1;
        rowOf[c] = row++;
      }
    }
    int sx = 2;
    int width = window * sx;
    BufferedImage img = new BufferedImage(width, rows, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < width; x++) {
        img.setRGB(x, y, 0xffffff);
      }
    }
    for (int s : separators) {
      for (int x = 0; x < width; x++) {
        img.setRGB(x, rows - 1 - s, 0xbbbbbb);
      }
    }
    if (r.stepsRun() < window) { // early exit: shade the steps not run
      for (int y = 0; y < rows; y++) {
        for (int x = r.stepsRun() * sx; x < width; x++) {
          img.setRGB(x, y, 0xeeeeee);
        }
      }
    }
    for (int i = 0; i < input.size(); i++) {
      if (input.fired(i)) {
        dot(img, input.get(i) * sx, rows - 1 - i, COLOURS[0]);
      }
    }
    for (int k = 0; k < r.spikeCount(); k++) {
      int y = rowOf[r.spikeCompartment(k)];
      if (y >= 0) {
        dot(img, r.spikeStep(k) * sx, rows - 1 - y, COLOURS[layerOfRow[y] % COLOURS.length]);
      }
    }
    write(img, file);
  }

  private static void dot(BufferedImage img, int x, int y, int rgb) {
    for (int dx = 0; dx < 2 && x + dx < img.getWidth(); dx++) {
      img.setRGB(x + dx, y, rgb);
    }
  }

  private static void write(BufferedImage img, Path file) throws IOException {
    var bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(img, "png", bytes)) {
      throw new IOException("no PNG writer available");
    }
    AtomicFiles.write(file, bytes.toByteArray());
  }
}
