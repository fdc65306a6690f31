package io.kairos.compiler.export.nir;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kairos.compiler.export.ExportFixtures;
import io.kairos.compiler.export.InterchangeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged NIR files (truncated, bytes overwritten; seeded) are read and imported either correctly
 * or with an {@link InterchangeException}: never another exception, which the command line would
 * report as a bug with a stack trace.
 */
class NirCorruptionTest {
  @TempDir Path tmp;

  @Test
  void damagedFilesFailWithAnInterchangeExceptionOnly() throws Exception {
    Path good = tmp.resolve("good.nir");
    NirFile.write(NirExporter.export(ExportFixtures.classifier(3, 20, 5, 4, 2), "net"), good);
    byte[] bytes = Files.readAllBytes(good);
    SplittableRandom rnd = new SplittableRandom(77);
    int refused = 0;
    for (int k = 0; k < 300; k++) {
      byte[] b;
      if (k % 3 == 0) {
        b = Arrays.copyOf(bytes, rnd.nextInt(bytes.length));
      } else {
        b = bytes.clone();
        int n = 1 + rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
          b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        }
      }
      Path f = tmp.resolve("m" + k + ".nir");
      Files.write(f, b);
      try {
        NirImporter.toTrainedModel(NirFile.read(f), f.toString(), "x", 20);
      } catch (InterchangeException e) {
        refused++;
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
      } catch (RuntimeException | Error e) {
        fail("mutant " + k + " (" + (k % 3 == 0 ? "truncated to " + b.length : "overwritten") + "): " + e, e);
      }
    }
    assertTrue(refused > 100, "most mutants are refused: " + refused);
  }
}
