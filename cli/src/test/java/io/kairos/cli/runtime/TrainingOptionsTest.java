package io.kairos.cli.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --threads} and {@code --subset}: user mistakes exit 2 with one sentence; subset works for classifiers too. */
class TrainingOptionsTest {
  private static final String S4NN = Path.of("../examples/s4nn-mnist.snn").toString();

  @TempDir Path tmp;

  @Test
  void threadCountsBelowOneAreUserErrorsInEveryCommandThatTakesThem() {
    String[][] commands = {
        {"train", S4NN, "--threads", "0", "--out", tmp.resolve("a").toString()},
        {"gan", "bench", "--threads", "0", "--steps", "1"},
        {"quality", tmp.toString(), "--threads", "-1"},
        {"eval", tmp.toString(), "--threads", "0"},
    };
    for (String[] args : commands) {
      CliRun.Result r = CliRun.run(args);
      assertEquals(2, r.status(), String.join(" ", args) + "\n" + r.err());
      assertTrue(r.err().contains("--threads must be >= 1"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertFalse(Files.exists(tmp.resolve("a")));
  }

  @Test
  void aClassifierTrainsOnTheFirstSubsetDigits() {
    Path out = tmp.resolve("run");
    CliRun.Result r = CliRun.run("train", S4NN, "--subset", "64", "--epochs", "1", "--threads", "1", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("(first 64 training digits) (64 train / 2000 test)"), r.out());
  }

  @Test
  void subsetsOutsideTheDataAreUserErrors() {
    for (String n : new String[] {"0", "8001"}) {
      CliRun.Result r = CliRun.run("train", S4NN, "--subset", n, "--out", tmp.resolve("s" + n).toString());
      assertEquals(2, r.status(), r.err());
      assertTrue(r.err().startsWith("error: --subset "), r.err());
      assertFalse(Files.exists(tmp.resolve("s" + n)));
    }
  }
}
