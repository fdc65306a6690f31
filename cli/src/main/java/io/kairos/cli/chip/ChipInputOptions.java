package io.kairos.cli.chip;

import io.kairos.cli.Threads;
import io.kairos.cli.UserException;
import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.ir.Network;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options that say what a deployed network is fed and how it is run, shared by {@code
 * simulate} and {@code energy} (a picocli mixin); {@link #resolve} turns them into inputs.
 */
public final class ChipInputOptions {
  @Option(names = "--data", paramLabel = "DIR", description = "folder of MNIST-format IDX files (default: the data the run was trained on)")
  Path data;

  @Option(names = "--seed", paramLabel = "S", description = "seed of a generator's noise inputs (default: 1)")
  long seed = 1;

  @Option(names = "--network", paramLabel = "NAME", description = "deployed network to feed (default: the first)")
  String network;

  @Option(names = "--early-exit",
      description = "classifier: stop each sample once an output spike has left the output layer "
          + "(simulate then also runs the full window, to show the energy saved)")
  boolean earlyExit;

  @Option(names = "--threads", paramLabel = "N", description = "simulator threads (default: all cores); never changes results")
  Integer threads;

  /** A deploy folder's network with its role and {@code samples} coded inputs. */
  record ChipInputs(
      DeployFolder folder, NetworkPorts ports, Network net, NetworkRole role, InputSamples in, int threads,
      boolean earlyExit) {}

  ChipInputs resolve(Path dir, int samples) {
    int t = Threads.resolve(threads);
    DeployFolder folder = DeployFolder.load(dir);
    NetworkPorts ports = folder.ports(network);
    Network net = folder.model().network(ports.network()).orElseThrow();
    NetworkRole role = NetworkRole.of(folder.model(), net);
    if (earlyExit && role != NetworkRole.CLASSIFIER) {
      throw new UserException("--early-exit stops at a classifier's decision; network " + net.name() + " is a "
          + role.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    InputSamples in = InputSamples.of(folder.model(), net, TrainingData.orDefault(data, dir), samples, seed);
    return new ChipInputs(folder, ports, net, role, in, t, earlyExit);
  }
}
