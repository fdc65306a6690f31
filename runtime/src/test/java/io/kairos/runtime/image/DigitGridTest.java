package io.kairos.runtime.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.runtime.engine.LatencyCoding;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DigitGridTest {

  @Test
  void rectangularImagesAreLaidOutWithGapsAndBorder() throws Exception {
    int[] pixels = new int[5 * 2 * 3]; // five 2x3 images
    pixels[0] = 255; // image 0, row 0, col 0
    pixels[6 + 5] = 200; // image 1, row 1, col 2
    var img = ImageIO.read(new ByteArrayInputStream(DigitGrid.png(pixels, 2, 3, 4, 2)));
    assertEquals(4 * (3 * 2 + 1) + 1, img.getWidth());
    assertEquals(2 * (2 * 2 + 1) + 1, img.getHeight());
    assertEquals(255, img.getRaster().getSample(1, 1, 0));
    assertEquals(255, img.getRaster().getSample(2, 2, 0));
    // image 1 starts at x = 1 + 7; its row 1, col 2 at 2x covers x 4..5, y 2..3
    assertEquals(200, img.getRaster().getSample(8 + 5, 1 + 3, 0));
    assertEquals(64, img.getRaster().getSample(0, 0, 0), "border");
  }

  @Test
  void decoderInvertsTheLatencyCode() {
    assertEquals(1f, LatencyCoding.intensity(0, 256));
    assertEquals(0.5f, LatencyCoding.intensity(128, 256));
    assertEquals(0f, LatencyCoding.intensity(256, 256), "silent is black");
    for (int p = 1; p <= 255; p++) {
      int t = LatencyCoding.pixelTime(p, 256);
      int back = Math.round(LatencyCoding.intensity(t, 256) * 255);
      assertEquals(p, back, 1.0, "pixel " + p + " -> t " + t + " -> " + back);
    }
  }
}
