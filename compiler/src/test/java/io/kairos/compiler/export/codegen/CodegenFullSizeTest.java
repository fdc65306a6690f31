package io.kairos.compiler.export.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.export.ExportFixtures;
import io.kairos.compiler.run.SpikeTimes;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped S4NN example at full size (784-400-10): its weight tables need several string
 * constants, and the class still compiles cleanly and computes the reference's spike times.
 */
class CodegenFullSizeTest {
  @TempDir Path tmp;

  @Test
  void fullSizeClassifierCompilesAndMatchesTheReference() throws Exception {
    var trained = ExportFixtures.example("s4nn-mnist.snn", 9, -1, 4);
    Path dir = tmp.resolve("deploy");
    DeployedNetwork d = ExportFixtures.deploy(trained, "loihi2", dir);
    var files = JavaCodegen.generate(DeployFolder.load(dir), List.of(), "com.example.mnist");
    var compiled = InMemoryJavac.compile(files, tmp.resolve("java"));
    assertTrue(compiled.success(), String.join("\n", compiled.diagnostics()));
    assertEquals(List.of(), compiled.diagnostics());
    String source = Files.readString(tmp.resolve("java/src/com/example/mnist/S4nn.java"));
    assertTrue(source.length() > 400_000, "a 784x400 table in the source: " + source.length() + " chars");
    Class<?> c = compiled.loader().loadClass("com.example.mnist.S4nn");
    Method runLayers = c.getMethod("runLayers", int[].class);
    Method fromPixels = c.getMethod("timesFromPixels", int[].class);
    var reference = new ReferenceSimulator(d.networks().get(0).network());
    SplittableRandom rnd = new SplittableRandom(12);
    int fired = 0;
    for (int s = 0; s < 5; s++) {
      int[] pixels = new int[784];
      for (int k = 0; k < 150; k++) {
        pixels[rnd.nextInt(784)] = 100 + rnd.nextInt(156);
      }
      SpikeTimes in = SpikeTimes.fromPixels(pixels, 256);
      assertArrayEquals(in.times(), (int[]) fromPixels.invoke(null, (Object) pixels));
      int[][] g = (int[][]) runLayers.invoke(null, (Object) in.times());
      var r = reference.run(in);
      assertArrayEquals(r.layers().get(0).times(), g[0], "sample " + s + " hidden");
      assertArrayEquals(r.layers().get(1).times(), g[1], "sample " + s + " digit");
      for (int t : g[0]) {
        fired += t < 256 ? 1 : 0;
      }
    }
    assertTrue(fired > 100, "hidden neurons fire: " + fired);
  }
}
