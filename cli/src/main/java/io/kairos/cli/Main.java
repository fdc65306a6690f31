package io.kairos.cli;

import picocli.CommandLine;

/** Entry point of the {@code kairos} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Libraries below us (ND4J) log through SLF4J with no binding shipped: without this, every
    // command that loads them prints three SLF4J warnings before its own output.
    // Choosing the provider explicitly makes SLF4J announce it at INFO level, hence the verbosity.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status, without exiting the JVM (for tests). */
  public static int run(String... args) {
    return KairosCommand.commandLine().execute(args);
  }
}
