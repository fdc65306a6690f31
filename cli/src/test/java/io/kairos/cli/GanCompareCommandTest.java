package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kairos gan compare} on a tiny GAN: the table, the reuse of finished runs, and a stale folder refused. */
class GanCompareCommandTest {
  @TempDir Path tmp;

  private static String[] compare(Path model, Path out) {
    return new String[] {"gan", "compare", "--model", model.toString(), "--epochs", "1", "--seeds", "1", "--subset", "32",
        "--no-ann", "--no-quality", "--threads", "1", "--out", out.toString()};
  }

  @Test
  void trainsBothLossesReusesFinishedRunsAndRefusesRunsOfAnotherModel() throws Exception {
    Model tiny = GanDiagnoseCommandTest.tinyMnistGan();
    Path f = tmp.resolve("tiny.json");
    Files.writeString(f, IrJson.write(tiny));
    Path out = tmp.resolve("cmp");
    var first = CliRun.run(compare(f, out));
    assertEquals(0, first.status(), first.out() + first.err());
    assertTrue(first.out().contains("aggressive vs s4nn: D decision time"), first.out());
    assertTrue(Files.isDirectory(out.resolve("s4nn-seed11")) && Files.isDirectory(out.resolve("aggressive_ttfs-seed11")));

    var again = CliRun.run(compare(f, out));
    assertEquals(0, again.status(), again.err());
    assertTrue(again.out().contains("reusing the finished run"), again.out());
    assertEquals(first.out().substring(first.out().indexOf("mean +- sd")).replaceAll("wall time.*|samples/s.*|updates/s.*", ""),
        again.out().substring(again.out().indexOf("mean +- sd")).replaceAll("wall time.*|samples/s.*|updates/s.*", ""));

    GanTraining t = (GanTraining) tiny.training();
    Model changed = new Model(tiny.schemaVersion(), tiny.name(), tiny.window(), tiny.neurons(), tiny.encoders(),
        tiny.networks(), new GanTraining(t.generator(), t.discriminator(), t.data(), t.loss(), t.generatorOptimizer(),
            t.discriminatorOptimizer(), t.discriminatorSteps(), t.epochs(), t.batch(), t.seed(), t.labelNoise(),
            t.deadNeuronRate(), t.sampleMatching(), 0.5, t.matchingMargin()), tiny.deployment());
    Path g = tmp.resolve("changed.json");
    Files.writeString(g, IrJson.write(changed));
    var stale = CliRun.run(compare(g, out));
    assertEquals(ExitCodes.USER_ERROR, stale.status(), stale.out() + stale.err());
    assertTrue(stale.err().startsWith("error: ") && stale.err().contains("holds a run of another model"), stale.err());
    assertFalse(stale.err().contains("Exception"), stale.err());
  }
}
