package io.kairos.cli.chip;

import io.kairos.compiler.ir.Network;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos energy DEPLOY_DIR}: the per-inference energy and latency ESTIMATE table alone. */
@Command(name = "energy", mixinStandardHelpOptions = true,
    description = "Energy (uJ) and latency (us) ESTIMATES per inference of a deploy folder on the hardware model, "
        + "and where the energy goes.")
public final class EnergyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEPLOY_DIR", description = "a folder written by `kairos deploy`")
  Path dir;

  @Option(names = "--samples", paramLabel = "N", description = "samples averaged (default: 20)")
  int samples = 20;

  @Mixin ChipInputOptions chipInputs;

  @Override
  public Integer call() {
    ChipInputOptions.ChipInputs c = chipInputs.resolve(dir, samples);
    Network net = c.net();
    InputSamples in = c.in();
    EnergySummary e = new ChipRun(c.folder(), c.ports()).run(in.inputs(), c.earlyExit(), c.threads(), null);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "network %s of %s, %s%n", net.name(), dir, in.description());
    w.print(e.toShortText());
    w.println("(an estimate from published per-operation figures; `kairos simulate` gives the per-core table and the assumptions)");
    w.flush();
    return 0;
  }
}
