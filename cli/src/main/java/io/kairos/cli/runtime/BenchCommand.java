package io.kairos.cli.runtime;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kairos bench}: performance measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Performance measurements.",
    subcommands = {BenchS4nnCommand.class, io.kairos.cli.chip.BenchChipCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
