package io.kairos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code kairos} command line in-process, capturing its exit status and both streams. */
public final class CliRun {
  private CliRun() {}

  /** What one command printed and returned. */
  public record Result(int status, String out, String err) {}

  public static Result run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cl = KairosCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Result(status, out.toString(), err.toString());
  }
}
