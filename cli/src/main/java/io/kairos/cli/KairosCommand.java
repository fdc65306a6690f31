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
      io.kairos.cli.runtime.TrainCommand.class,
      io.kairos.cli.runtime.EvalCommand.class,
      io.kairos.cli.runtime.QualityCommand.class,
      io.kairos.cli.runtime.GanCommand.class,
      DeployCommand.class,
      io.kairos.cli.chip.SimulateCommand.class,
      io.kairos.cli.chip.EnergyCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      CodegenCommand.class,
      io.kairos.cli.runtime.DataCommand.class,
      io.kairos.cli.runtime.BenchCommand.class,
      io.kairos.cli.report.ReportCommand.class,
      io.kairos.cli.demo.DemoCommand.class,
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

  /** One line: the mistake, picocli's suggestions for a misspelt name, and where the help is. */
  private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    String qualified = cl.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder("error: ").append(e.getMessage().lines().findFirst().orElse(""));
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      boolean subcommands = !cl.getSubcommands().isEmpty() && u.getUnmatched().stream().noneMatch(a -> a.startsWith("-"));
      line.append("; did you mean ").append(String.join(" or ",
          u.getSuggestions().stream().map(x -> subcommands ? qualified + " " + x : x).toList())).append('?');
    }
    line.append(" (see '").append(qualified).append(" --help')");
    err.println(line);
    err.flush();
    return ExitCodes.USER_ERROR;
  }
}
