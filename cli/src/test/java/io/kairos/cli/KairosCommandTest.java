package io.kairos.cli;

import static io.kairos.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

class KairosCommandTest {


  @Test
  void helpListsUsage() {
    Result r = run("--help");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("Usage: kairos"), r.out());
  }

  @Test
  void versionPrints() {
    Result r = run("--version");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("kairos "), r.out());
  }

  @Test
  void unknownOptionIsAUserErrorWithoutTrace() {
    Result r = run("--no-such-flag");
    assertEquals(ExitCodes.USER_ERROR, r.status());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertTrue(!r.err().contains("Exception"), r.err());
  }

  /** The order in which {@code kairos --help} lists the subcommands: the newcomer's path through the tool. */
  static final java.util.List<String> ORDER = java.util.List.of("check", "ir", "train", "eval", "quality", "gan", "deploy",
      "simulate", "energy", "export", "import", "codegen", "data", "bench", "report", "demo");

  @Test
  void helpListsEverySubcommandInOrderWithAOneLineDescription() {
    Result r = run("--help");
    String commands = r.out().substring(r.out().indexOf("Commands:"));
    int at = -1;
    for (String name : ORDER) {
      var m = java.util.regex.Pattern.compile("(?m)^  " + name + "\\s+(\\S.*)$").matcher(commands);
      assertTrue(m.find(), name + " is not listed with a description:\n" + commands);
      assertTrue(m.start() > at, name + " is out of order:\n" + commands);
      at = m.start();
    }
    commands.lines().skip(1).forEach(l -> assertTrue(l.matches("  \\S+ +\\S.*") && l.length() <= 100,
        "not one line per command: '" + l + "'"));
    var registered = new java.util.ArrayList<>(KairosCommand.commandLine().getSubcommands().keySet());
    registered.remove("help");
    assertEquals(ORDER, registered);
  }

  @Test
  void aMisspeltSubcommandSuggestsTheRightOne() {
    Result r = run("demp");
    assertEquals(ExitCodes.USER_ERROR, r.status());
    assertTrue(r.err().startsWith("error: Unmatched argument"), r.err());
    assertTrue(r.err().contains("did you mean kairos demo"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    Result s = run("simualte", "x");
    assertTrue(s.err().contains("simulate"), s.err());
  }

  @Test
  void aMisspeltOptionSuggestsTheRightOne() {
    Result r = run("demo", "--epoch", "2");
    assertEquals(ExitCodes.USER_ERROR, r.status());
    assertTrue(r.err().contains("did you mean --epochs"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
