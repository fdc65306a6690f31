package io.kairos.cli.chip;

import io.kairos.cli.UserException;
import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.ir.Network;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(names = "--data", paramLabel = "DIR", description = "folder of MNIST-format IDX files (default: the data the run was trained on)")
  Path data;

  @Option(names = "--seed", paramLabel = "S", description = "seed of a generator's noise inputs (default: 1)")
  long seed = 1;

  @Option(names = "--network", paramLabel = "NAME", description = "deployed network to feed (default: the first)")
  String network;

  @Option(names = "--early-exit", description = "classifier: stop each sample at its first output spike")
  boolean earlyExit;

  @Option(names = "--threads", paramLabel = "N", description = "simulator threads (default: all cores)")
  Integer threads;

  @Override
  public Integer call() {
    int t = Threads.resolve(threads);
    DeployFolder folder = DeployFolder.load(dir);
    NetworkPorts ports = folder.network(network);
    Network net = folder.model().network(ports.network()).orElseThrow();
    NetworkRole role = NetworkRole.of(folder.model(), net);
    if (earlyExit && role != NetworkRole.CLASSIFIER) {
      throw new UserException("--early-exit stops at a classifier's decision; network " + net.name() + " is not a classifier");
    }
    InputSamples in = InputSamples.of(folder.model(), net, TrainingData.orDefault(data, dir), samples, seed);
    EnergySummary e = new ChipRun(folder, ports).run(in.inputs(), earlyExit, t, null);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "network %s of %s, %s%n", net.name(), dir, in.description());
    w.print(e.toShortText());
    w.println("(an estimate from published per-operation figures; `kairos simulate` gives the per-core table and the assumptions)");
    w.flush();
    return 0;
  }
}
