package io.kairos.cli.report;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos report RUN_DIR}: (re)writes a GAN run's {@code report.html}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write RUN_DIR/report.html from a finished GAN run (and the deploy and chip results saved in it).")
public final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a GAN run folder (e.g. written by `kairos demo`)")
  Path run;

  @Override
  public Integer call() throws Exception {
    Path file = HtmlReport.write(ReportData.load(run));
    spec.commandLine().getOut().println("wrote " + file);
    return 0;
  }
}
