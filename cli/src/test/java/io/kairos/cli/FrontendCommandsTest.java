package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.IrJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kairos check} and {@code kairos ir}: exact output, exit statuses. */
class FrontendCommandsTest {
  private static final Path S4NN = Path.of("../examples/s4nn-mnist.snn");
  private static final Path GAN = Path.of("../examples/spiking-gan-mnist.snn");

  @TempDir Path dir;

  @Test
  void checkPrintsSyntaxErrorWithCaretAndExits2() throws IOException {
    Path bad = dir.resolve("bad.snn");
    Files.writeString(bad, """
        model Bad
        window 0
        neuron IF : if { threshold 1; refractory }
        """);
    CliRun.Result r = CliRun.run("check", bad.toString());
    assertEquals(ExitCodes.USER_ERROR, r.status());
    assertEquals("", r.out());
    assertEquals(
        bad + ":3:42: error: refractory needs a number of steps or `window`\n"
            + "neuron IF : if { threshold 1; refractory }\n"
            + "                                         ^\n",
        r.err());
  }

  @Test
  void checkReportsAllSemanticErrorsOfAFileSorted() throws IOException {
    assertCheckFails("bad.snn", "model Bad\nwindow 0\nneuron IF : if { threshold -1 }\n",
        ":2:8: error: window must be between 1 and 65535, got 0\n"
            + "window 0\n"
            + "       ^\n",
        ":3:28: error: threshold must be > 0, got -1\n"
            + "neuron IF : if { threshold -1 }\n"
            + "                           ^\n");
  }

  @Test
  void checkReportsANoiseCodeThatDoesNotFit() throws IOException {
    assertCheckFails("noise.snn", "model N\nwindow 16\nencode z : uniform(4, active 5, span 17) -> latency\n",
        ":3:30: error: noise encoder 'z' has 4 neurons, so at most 4 can be active, got active 5\n"
            + "encode z : uniform(4, active 5, span 17) -> latency\n"
            + "                             ^\n",
        ":3:38: error: noise encoder 'z' spikes within its span, which must fit in the window 16, got span 17\n"
            + "encode z : uniform(4, active 5, span 17) -> latency\n"
            + "                                     ^\n");
  }

  private static final String SMALL_GAN = """
      model T
      window 8
      neuron IF : if { threshold 1 }
      encode image : intensity(2 x 2) -> latency
      encode z : uniform(3) -> latency
      network Gen(z) {
        dense out : 4 IF init uniform(0, 1)
        decode out as image
      }
      network Disc(image) {
        dense v : 2 IF init uniform(0, 1) classes(real, fake)
      }
      train gan(Gen, Disc) on mnist {
        loss s4nn
        optimizer sgd(lr 0.1)
        epochs 1
      }
      """;

  @Test
  void checkReportsBadGeneratorBatchAndMatchingPairing() throws IOException {
    assertCheckFails("gb.snn", SMALL_GAN.replace("epochs 1", "epochs 1\n  generator_batch 0"),
        ":17:19: error: generator_batch must be between 1 and 1000000, got 0\n"
            + "  generator_batch 0\n"
            + "                  ^\n");
    assertCheckFails("pairing.snn", SMALL_GAN.replace("epochs 1", "epochs 1\n  matching_pairing optimal"),
        ":17:3: error: matching_pairing needs sample matching: set sample_matching above 0\n"
            + "  matching_pairing optimal\n"
            + "  ^\n");
    assertCheckFails("name.snn", SMALL_GAN.replace("epochs 1", "epochs 1\n  sample_matching 0.7\n  matching_pairing best"),
        ":18:20: error: matching_pairing must be one of greedy, optimal, got best\n"
            + "  matching_pairing best\n"
            + "                   ^\n");
    assertIrContains("good.snn", SMALL_GAN.replace("epochs 1",
        "epochs 1; batch 4\n  generator_batch 16\n  sample_matching 0.7\n  matching_pairing optimal"),
        "\"generatorBatch\" : 16", "\"matchingPairing\" : \"optimal\"");
  }

  @Test
  void checkReportsAGeneratorAverageOutsideZeroToBelowOne() throws IOException {
    assertCheckFails("one.snn", SMALL_GAN.replace("epochs 1", "epochs 1\n  generator_average 1.0"),
        ":17:21: error: generator_average must be in [0, 1), got 1.0\n"
            + "  generator_average 1.0\n"
            + "                    ^\n");
    assertCheckFails("negative.snn", SMALL_GAN.replace("epochs 1", "epochs 1\n  generator_average -0.1"),
        ":17:21: error: generator_average must be in [0, 1), got -0.1\n"
            + "  generator_average -0.1\n"
            + "                    ^\n");
    assertIrContains("average.snn", SMALL_GAN.replace("epochs 1", "epochs 1\n  generator_average 0.995"),
        "\"generatorAverage\" : 0.995");
  }

  /** {@code kairos ir} of {@code source} succeeds and its JSON contains every fragment. */
  private void assertIrContains(String file, String source, String... fragments) throws IOException {
    Path good = dir.resolve(file);
    Files.writeString(good, source);
    CliRun.Result ir = CliRun.run("ir", good.toString());
    assertEquals(0, ir.status(), ir.err());
    for (String f : fragments) {
      assertTrue(ir.out().contains(f), f + " not in:\n" + ir.out());
    }
  }

  /** {@code kairos check} of {@code source} exits 2 and prints exactly these diagnostics, each prefixed by the path. */
  private void assertCheckFails(String file, String source, String... diagnostics) throws IOException {
    Path bad = dir.resolve(file);
    Files.writeString(bad, source);
    CliRun.Result r = CliRun.run("check", bad.toString());
    assertEquals(ExitCodes.USER_ERROR, r.status());
    StringBuilder expected = new StringBuilder();
    for (String d : diagnostics) {
      expected.append(bad).append(d);
    }
    assertEquals(expected.toString(), r.err());
  }

  @Test
  void checkOfGoodFilesPrintsOkPerFile() {
    CliRun.Result r = CliRun.run("check", S4NN.toString(), GAN.toString());
    assertEquals(ExitCodes.OK, r.status(), r.err());
    assertEquals(S4NN + ": ok\n" + GAN + ": ok\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void missingFileIsOneLineAndExit2() {
    CliRun.Result r = CliRun.run("check", dir.resolve("nope.snn").toString());
    assertEquals(ExitCodes.USER_ERROR, r.status());
    assertEquals("error: no such file: " + dir.resolve("nope.snn") + "\n", r.err());
    CliRun.Result ir = CliRun.run("ir", dir.resolve("nope.snn").toString());
    assertEquals(ExitCodes.USER_ERROR, ir.status());
    assertEquals("error: no such file: " + dir.resolve("nope.snn") + "\n", ir.err());
  }

  @Test
  void irPrintsJsonThatRoundTrips() {
    CliRun.Result r = CliRun.run("ir", S4NN.toString());
    assertEquals(ExitCodes.OK, r.status(), r.err());
    assertEquals(r.out(), IrJson.write(IrJson.read(r.out())));
    assertEquals("S4nnMnist", IrJson.read(r.out()).name());
  }

  @Test
  void irOfABadFileIsDiagnosticsAndExit2() throws IOException {
    Path bad = dir.resolve("bad.snn");
    Files.writeString(bad, "model Bad\n");
    CliRun.Result r = CliRun.run("ir", bad.toString());
    assertEquals(ExitCodes.USER_ERROR, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(bad + ":1:7: error: model 'Bad' needs a window"), r.err());
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : new String[] {"check", "ir"}) {
      CliRun.Result r = CliRun.run(command, "--help");
      assertEquals(ExitCodes.OK, r.status());
      assertTrue(r.out().startsWith("Usage: kairos " + command), r.out());
    }
  }
}
