package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class KairosCommandTest {
  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cl = KairosCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Result(status, out.toString(), err.toString());
  }

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
}
