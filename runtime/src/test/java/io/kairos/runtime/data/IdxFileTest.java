package io.kairos.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {
  @TempDir Path dir;

  private static final byte[] PIXELS = {0, 1, 2, (byte) 255, 4, 5, 6, 7};

  @Test
  void roundTripsRawAndGzip() throws Exception {
    byte[] raw = IdxFile.encode(new int[] {2, 2, 2}, PIXELS);
    Files.write(dir.resolve("a"), raw);
    Files.write(dir.resolve("a.gz"), IdxFile.gzip(raw));
    for (String name : new String[] {"a", "a.gz"}) {
      IdxFile.Array a = IdxFile.read(dir.resolve(name));
      assertArrayEquals(new int[] {2, 2, 2}, a.dims());
      assertArrayEquals(PIXELS, a.data());
      assertEquals(4, a.itemSize());
    }
  }

  @Test
  void headerIsBigEndianWithTheStandardMagic() {
    byte[] raw = IdxFile.encode(new int[] {3}, new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {0, 0, 8, 1, 0, 0, 0, 3, 1, 2, 3}, raw);
  }

  @Test
  void badFilesAreClearErrors() throws Exception {
    byte[] raw = IdxFile.encode(new int[] {2, 2, 2}, PIXELS);
    assertMessage(Arrays.copyOf(raw, raw.length - 1), "truncated");
    assertMessage(Arrays.copyOf(raw, raw.length + 3), "trailing garbage");
    byte[] magic = raw.clone();
    magic[0] = 7;
    assertMessage(magic, "bad magic number");
    byte[] type = raw.clone();
    type[2] = 0x0D;
    assertMessage(type, "element type 0xd");
    assertMessage(new byte[] {0, 0, 8, 3, 0, 0}, "truncated IDX header");
    byte[] gz = IdxFile.gzip(raw);
    Files.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2));
    var e = assertThrows(DataFormatException.class, () -> IdxFile.read(dir.resolve("cut.gz")));
    assertTrue(e.getMessage().contains("corrupt or truncated"), e.getMessage());
    var missing = assertThrows(DataFormatException.class, () -> IdxFile.read(dir.resolve("nope")));
    assertTrue(missing.getMessage().contains("does not exist"));
  }

  private void assertMessage(byte[] bytes, String part) throws Exception {
    Path f = dir.resolve("bad");
    Files.write(f, bytes);
    var e = assertThrows(DataFormatException.class, () -> IdxFile.read(f));
    assertTrue(e.getMessage().contains(part), e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }

  @Test
  void mnistFolderNeedsAllFourFilesOfMatchingCounts() throws Exception {
    var e = assertThrows(DataFormatException.class, () -> MnistFolder.load(dir.resolve("none")));
    assertTrue(e.getMessage().contains("does not exist"));
    Files.write(dir.resolve(MnistFolder.TRAIN_IMAGES + ".gz"), IdxFile.gzip(IdxFile.encode(new int[] {2, 2, 2}, PIXELS)));
    Files.write(dir.resolve(MnistFolder.TRAIN_LABELS), IdxFile.encode(new int[] {3}, new byte[] {1, 2, 3}));
    Files.write(dir.resolve(MnistFolder.TEST_IMAGES), IdxFile.encode(new int[] {1, 2, 2}, new byte[4]));
    e = assertThrows(DataFormatException.class, () -> MnistFolder.load(dir));
    assertTrue(e.getMessage().contains("no t10k-labels-idx1-ubyte"), e.getMessage());
    Files.write(dir.resolve(MnistFolder.TEST_LABELS), IdxFile.encode(new int[] {1}, new byte[] {0}));
    e = assertThrows(DataFormatException.class, () -> MnistFolder.load(dir));
    assertTrue(e.getMessage().contains("has 3 labels but"), e.getMessage());
    Files.write(dir.resolve(MnistFolder.TRAIN_LABELS), IdxFile.encode(new int[] {2}, new byte[] {1, 2}));
    TrainTestData d = MnistFolder.load(dir);
    assertEquals(2, d.train().count());
    assertEquals(3, d.train().classes());
  }

  @Test
  void shippedDigitsAreTheS4nnSplit() {
    TrainTestData d = MnistFolder.shipped();
    assertEquals(8000, d.train().count());
    assertEquals(2000, d.test().count());
    assertEquals(28, d.train().rows());
    // first training digits of the split (indices 3577, 8925, 1634: classes 3, 8, 1)
    assertEquals(3, d.train().label(0));
    assertEquals(8, d.train().label(1));
    assertEquals(1, d.train().label(2));
  }
}
