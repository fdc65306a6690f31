package io.kairos.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped examples compile to the IR in the golden files. To accept a deliberate change, run
 * with {@code -Dkairos.regenerateGolden=true} and review the diff of the golden files.
 */
class ExamplesGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"s4nn-mnist", "spiking-gan-mnist"})
  void exampleCompilesToGoldenIr(String name) throws IOException {
    Model model = TestSources.compileClean(TestSources.example(name + ".snn"));
    String json = IrJson.write(model);
    Path golden = GOLDEN.resolve(name + ".json");
    if (Boolean.getBoolean("kairos.regenerateGolden")) {
      Files.writeString(golden, json);
    }
    assertEquals(Files.readString(golden), json, "IR of examples/" + name + ".snn differs from " + golden);
  }

  @ParameterizedTest
  @ValueSource(strings = {"s4nn-mnist", "spiking-gan-mnist"})
  void goldenJsonRoundTripsThroughIrJson(String name) throws IOException {
    String json = Files.readString(GOLDEN.resolve(name + ".json"));
    Model model = IrJson.read(json);
    assertEquals(json, IrJson.write(model));
    assertEquals(TestSources.compileClean(TestSources.example(name + ".snn")), model);
  }
}
