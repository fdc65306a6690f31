package io.kairos.compiler.export.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.export.ExportFixtures;
import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.run.TrainedModel;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated class draws noise in the model's noise code, the algorithm of docs/gan.md, "Noise code". */
class CodegenNoiseTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"6, 30", "2, 7", "1, 1", "6, 1"})
  void sampleNoiseIsTheDocumentedCode(int active, int span) throws Exception {
    int window = 30;
    int size = 6;
    TrainedModel base = ExportFixtures.generator(22, window, size, 5, 2, 2);
    Model m = base.model();
    List<Encoder> encoders = m.encoders().stream()
        .map(e -> e instanceof NoiseLatencyEncoder ? (Encoder) new NoiseLatencyEncoder("z", size, active, span) : e)
        .toList();
    TrainedModel trained = new TrainedModel(new Model(m.schemaVersion(), m.name(), window, m.neurons(), encoders,
        m.networks(), null, null), base.weights());
    Path dir = tmp.resolve("deploy");
    ExportFixtures.deploy(trained, "loihi2", dir);
    var compiled = InMemoryJavac.compile(JavaCodegen.generate(DeployFolder.load(dir), List.of(), "com.example.net"),
        tmp.resolve("java"));
    assertTrue(compiled.success(), String.join("\n", compiled.diagnostics()));
    Class<?> gen = compiled.loader().loadClass("com.example.net.Gen");
    assertEquals(active, gen.getField("NOISE_ACTIVE").getInt(null));
    assertEquals(span, gen.getField("NOISE_SPAN").getInt(null));
    Method sample = gen.getMethod("sampleNoise", SplittableRandom.class);
    for (long seed = 0; seed < 50; seed++) {
      int[] t = (int[]) sample.invoke(null, new SplittableRandom(seed));
      assertArrayEquals(documented(new SplittableRandom(seed), size, active, span, window), t, "seed " + seed);
      assertEquals(active, Arrays.stream(t).filter(x -> x < window).count(), "seed " + seed);
      assertTrue(Arrays.stream(t).allMatch(x -> x == window || x <= span), "seed " + seed);
    }
  }

  /** docs/gan.md, "Noise code", transcribed. */
  static int[] documented(SplittableRandom rnd, int size, int active, int span, int window) {
    int[] times = new int[size];
    if (active == size) {
      for (int i = 0; i < size; i++) {
        times[i] = Math.min(window, (int) Math.floor((1 - rnd.nextDouble()) * span));
      }
      return times;
    }
    int[] idx = new int[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
      times[i] = window;
    }
    for (int i = 0; i < active; i++) {
      int j = i + rnd.nextInt(size - i);
      int s = idx[i];
      idx[i] = idx[j];
      idx[j] = s;
      times[idx[i]] = (int) Math.floor((1 - rnd.nextDouble()) * span);
    }
    return times;
  }
}
