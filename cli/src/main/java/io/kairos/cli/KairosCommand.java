package io.kairos.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code kairos} command; each subcommand is a thin layer over a module's API. */
@Command(
    name = "kairos",
    mixinStandardHelpOptions = true,
    versionProvider = KairosVersion.class,
    description = "Kairos: time-to-first-spike spiking networks, from DSL to Loihi-style chips.",
    subcommands = {
      CommandLine.HelpCommand.class,
      CheckCommand.class,
      IrCommand.class,
      DeployCommand.class,
      io.kairos.cli.chip.SimulateCommand.class,
      io.kairos.cli.chip.EnergyCommand.class,
      io.kairos.cli.runtime.TrainCommand.class,
      io.kairos.cli.runtime.EvalCommand.class,
      io.kairos.cli.runtime.DataCommand.class,
      io.kairos.cli.runtime.BenchCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      CodegenCommand.class,
      io.kairos.cli.runtime.GanCommand.class,
      io.kairos.cli.runtime.QualityCommand.class,
    })
public final class KairosCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line configured with Kairos's error handling: user errors exit 2 with one line. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new KairosCommand());
    cl.setExecutionExceptionHandler(KairosCommand::handleExecutionException);
    cl.setParameterExceptionHandler(KairosCommand::handleParameterException);
    return cl;
  }

  private static int handleExecutionException(
      Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (e instanceof SourceErrorsException) {
      err.print(e.getMessage());
      err.flush();
      return ExitCodes.USER_ERROR;
    }
    if (UserErrors.isUserError(e)) {
      err.println("error: " + UserErrors.message(e));
      err.flush();
      return ExitCodes.USER_ERROR;
    }
    err.println("internal error (a bug in Kairos; please report it with this trace):");
    e.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USER_ERROR;
  }
}
