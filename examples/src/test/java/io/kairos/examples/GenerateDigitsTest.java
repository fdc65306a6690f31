package io.kairos.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kairos.cli.api.Kairos;
import io.kairos.compiler.ir.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example program on a tiny GAN trained through the API: 1 epoch on 300 digits. */
class GenerateDigitsTest {
  @TempDir Path tmp;

  @Test
  void trainsATinyGanThenWritesItsDigits() throws Exception {
    Path snn = Path.of("spiking-gan-mnist.snn");
    Model model = Kairos.compile(snn);
    var data = Kairos.subset(Kairos.data(model, snn.toAbsolutePath().getParent()), 1600); // 50 G steps: G starts all black
    Path run = tmp.resolve("run");
    var metrics = Kairos.trainGan(model, data, new Kairos.GanSettings(1, 2, 0.0, 0), run, null);
    assertEquals(1, metrics.size());

    Path png = tmp.resolve("digits.png");
    GenerateDigits.main(new String[] {run.toString(), png.toString(), "16", "3"});
    var img = ImageIO.read(png.toFile());
    // 8 digits per row, 2 rows, each 28 x 28 scaled x2 with a 1-pixel gap
    assertEquals(8 * (28 * 2 + 1) + 1, img.getWidth());
    assertEquals(2 * (28 * 2 + 1) + 1, img.getHeight());

    float[][] a = Kairos.generateDigits(run, 4, 3);
    float[][] b = Kairos.generateDigits(run, 4, 3);
    float[][] c = Kairos.generateDigits(run, 4, 4);
    for (int k = 0; k < 4; k++) {
      assertArrayEquals(a[k], b[k], "same seed, same digits");
    }
    assertFalse(Arrays.deepEquals(a, c), "another seed, other digits");
    assertEquals(Files.readAllBytes(png).length > 0, true);
  }
}
