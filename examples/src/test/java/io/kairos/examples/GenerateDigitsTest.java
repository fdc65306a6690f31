package io.kairos.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kairos.compiler.CompileResult;
import io.kairos.compiler.Frontend;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.gan.GanConfig;
import io.kairos.runtime.gan.GanListener;
import io.kairos.runtime.gan.GanTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example program on a tiny GAN trained through the runtime: 1 epoch on 1,600 digits. */
class GenerateDigitsTest {
  @TempDir Path tmp;

  @Test
  void trainsATinyGanThenWritesItsDigits() throws Exception {
    Path snn = Path.of("spiking-gan-mnist.snn");
    Model model = ((CompileResult.Success) Frontend.compile(snn)).model();
    TrainTestData shipped = MnistFolder.shipped();
    // 200 D steps and as many G steps; G starts all black
    var data = new TrainTestData(shipped.train().head(1600), shipped.test(), "first 1600 shipped digits");
    Path run = tmp.resolve("run");
    var metrics = GanTrainer.start(GanConfig.of(model, 1, 2, 0.0, 0), data, run, null, GanListener.SILENT);
    assertEquals(1, metrics.size());

    Path png = tmp.resolve("digits.png");
    GenerateDigits.main(new String[] {run.toString(), png.toString(), "16", "3"});
    var img = ImageIO.read(png.toFile());
    // 8 digits per row, 2 rows, each 28 x 28 scaled x2 with a 1-pixel gap
    assertEquals(8 * (28 * 2 + 1) + 1, img.getWidth());
    assertEquals(2 * (28 * 2 + 1) + 1, img.getHeight());

    float[] a = GenerateDigits.digits(run, 4, 3);
    float[] b = GenerateDigits.digits(run, 4, 3);
    float[] c = GenerateDigits.digits(run, 4, 4);
    assertEquals(4 * 28 * 28, a.length);
    assertArrayEquals(a, b, "same seed, same digits");
    assertFalse(Arrays.equals(a, c), "another seed, other digits");
    assertEquals(Files.readAllBytes(png).length > 0, true);
  }
}
