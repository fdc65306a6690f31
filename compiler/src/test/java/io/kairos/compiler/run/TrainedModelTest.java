package io.kairos.compiler.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.IrFixtures;
import io.kairos.compiler.ir.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainedModelTest {
  @TempDir Path dir;

  static TrainedModel sample() {
    Model model = IrFixtures.everyKind();
    var g1 = new WeightMatrix(3, 5, new float[15]);
    var g2 = new WeightMatrix(4, 3, new float[12]);
    for (int i = 0; i < 15; i++) g1.data()[i] = i * 0.25f - 1;
    for (int i = 0; i < 12; i++) g2.data()[i] = (float) Math.sqrt(i);
    return new TrainedModel(model, Map.of("G", List.of(g1, g2)));
  }

  @Test
  void saveLoadRoundTripsExactly() throws Exception {
    TrainedModel tm = sample();
    tm.save(dir);
    TrainedModel back = TrainedModel.load(dir);
    assertEquals(tm.model(), back.model());
    assertEquals(tm.weights(), back.weights());
  }

  @Test
  void npyHeaderIsWhatNumpyExpects() {
    byte[] b = Npy.encode(new WeightMatrix(2, 3, new float[] {1, 2, 3, 4, 5, 6}));
    int headerLen = (b[8] & 0xff) | (b[9] & 0xff) << 8;
    assertEquals(0, (10 + headerLen) % 64, "header must be padded to 64 bytes");
    String header = new String(b, 10, headerLen, java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header);
    assertTrue(header.endsWith("\n"));
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, Npy.decode(b, "x").data());
  }

  @Test
  void truncatedNpyIsAClearError() {
    byte[] b = Npy.encode(new WeightMatrix(2, 3, new float[6]));
    byte[] cut = java.util.Arrays.copyOf(b, b.length - 3);
    var e = assertThrows(RunFormatException.class, () -> Npy.decode(cut, "w.npy"));
    assertTrue(e.getMessage().contains("needs 24 data bytes"), e.getMessage());
  }

  @Test
  void folderWithoutModelIsNotARun() {
    var e = assertThrows(RunFormatException.class, () -> TrainedModel.load(dir));
    assertTrue(e.getMessage().contains("is not a Kairos run folder"), e.getMessage());
  }

  @Test
  void wrongShapeIsAClearError() throws Exception {
    sample().save(dir);
    Npy.write(dir.resolve("weights/G/pixels.npy"), new WeightMatrix(2, 2, new float[4]));
    var e = assertThrows(RunFormatException.class, () -> TrainedModel.load(dir));
    assertTrue(e.getMessage().contains("are 2x2 but the model needs 4x3"), e.getMessage());
  }

  @Test
  void noTmpFilesAreLeftBehind() throws Exception {
    sample().save(dir);
    try (var files = Files.walk(dir)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
    }
  }

  @Test
  void writtenFilesAreReadableByOthers() throws Exception {
    sample().save(dir);
    var perms = Files.getPosixFilePermissions(dir.resolve(TrainedModel.MODEL_FILE));
    assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), perms.toString());
  }
}
