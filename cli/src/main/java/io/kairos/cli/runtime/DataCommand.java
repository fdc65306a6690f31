package io.kairos.cli.runtime;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kairos data}: data set tools. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Data set tools.",
    subcommands = {ImportNpmMnistCommand.class})
public final class DataCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
