package io.kairos.cli;

import picocli.CommandLine;

/** Entry point of the {@code kairos} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status, without exiting the JVM (for tests). */
  public static int run(String... args) {
    return KairosCommand.commandLine().execute(args);
  }
}
