package io.kairos.cli.chip;

import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.ir.Network;
import io.kairos.hardware.bench.SimulatorBenchmark;
import io.kairos.hardware.sim.SpikeInput;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kairos bench chip DEPLOY_DIR}: the hardware model's simulator benchmark
 * (docs/hardware-model.md, "Benchmark") on a deployed network and its real inputs.
 */
@Command(name = "chip", mixinStandardHelpOptions = true,
    description = "Hardware-model simulator speed (synaptic events/s, us per inference; 1 and 2 threads) on a deploy folder.")
public final class BenchChipCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEPLOY_DIR", description = "a folder written by `kairos deploy`")
  Path dir;

  @Option(names = "--samples", paramLabel = "N", description = "samples per timed batch (default: 1000)")
  int samples = 1000;

  @Option(names = "--repeats", paramLabel = "R", description = "timed batches; the median is reported (default: 5)")
  int repeats = 5;

  @Option(names = "--data", paramLabel = "DIR", description = "folder of MNIST-format IDX files (default: the data the run was trained on)")
  Path data;

  @Option(names = "--network", paramLabel = "NAME", description = "deployed network to feed (default: the first)")
  String network;

  @Override
  public Integer call() {
    if (repeats < 1) {
      throw new io.kairos.cli.UserException("--repeats must be >= 1, got " + repeats);
    }
    DeployFolder folder = DeployFolder.load(dir);
    NetworkPorts ports = folder.ports(network);
    Network net = folder.model().network(ports.network()).orElseThrow();
    InputSamples in = InputSamples.of(folder.model(), net, TrainingData.orDefault(data, dir), samples, 1);
    ChipRun run = new ChipRun(folder, ports);
    List<SpikeInput> inputs = in.inputs().stream().map(run::spikeInput).toList();
    SimulatorBenchmark.measure(folder.chip(), folder.tables(), net.name() + " from " + dir + " (" + in.description() + ")",
        inputs, run.window(), repeats, spec.commandLine().getOut());
    return 0;
  }
}
