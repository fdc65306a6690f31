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

  /** {@code kairos --help}'s one line per command; a command missing here shows its description's first line. */
  static final java.util.Map<String, String> SUMMARIES = java.util.Map.ofEntries(
      java.util.Map.entry("help", "Show the help of a command."),
      java.util.Map.entry("check", "Check .snn model files; every error as path:line:col with the source line."),
      java.util.Map.entry("ir", "Compile a .snn model file and print its IR as JSON."),
      java.util.Map.entry("train", "Train a model (classifier or spiking GAN); writes a run folder."),
      java.util.Map.entry("eval", "Evaluate a classifier run: accuracy, decision times, spikes per layer."),
      java.util.Map.entry("quality", "Measure a GAN run's generated digits: FD, classifier score, coverage."),
      java.util.Map.entry("gan", "Spiking-GAN tools: the default model, S4NN vs Aggressive TTFS, throughput."),
      java.util.Map.entry("deploy", "Quantise a run, map it onto a chip's cores, report float vs fixed point."),
      java.util.Map.entry("simulate", "Run a deploy folder on the hardware model: outputs, time, energy, raster."),
      java.util.Map.entry("energy", "Energy and latency ESTIMATES per inference, and where the energy goes."),
      java.util.Map.entry("export", "Export a run to NIR or a deploy folder to Lava NetX."),
      java.util.Map.entry("import", "Import a NIR graph as a Kairos model or run folder."),
      java.util.Map.entry("codegen", "Generate standalone Java that computes a deployed network bit-exactly."),
      java.util.Map.entry("data", "Data set tools."),
      java.util.Map.entry("bench", "Performance measurements."),
      java.util.Map.entry("report", "Write a GAN run's self-contained report.html."),
      java.util.Map.entry("demo", "Train, deploy and simulate the example Spiking-GAN; print a summary, write a report."));

  /** A command line configured with Kairos's error handling: user errors exit 2 with one line. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new KairosCommand());
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, KairosCommand::commandList);
    cl.setExecutionExceptionHandler(KairosCommand::handleExecutionException);
    cl.setParameterExceptionHandler(KairosCommand::handleParameterException);
    return cl;
  }

  private static String commandList(CommandLine.Help help) {
    var sb = new StringBuilder();
    for (var e : help.subcommands().entrySet()) {
      String[] description = e.getValue().commandSpec().usageMessage().description();
      String first = description.length == 0 ? "" : description[0];
      sb.append(String.format(java.util.Locale.ROOT, "  %-9s %s%n", e.getKey(), SUMMARIES.getOrDefault(e.getKey(), first)));
    }
    return sb.toString();
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
