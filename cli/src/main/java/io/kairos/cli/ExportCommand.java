package io.kairos.cli;

import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.deploy.Deployer;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.export.netx.NetxExporter;
import io.kairos.compiler.export.netx.NetxFile;
import io.kairos.compiler.export.netx.NetxNetwork;
import io.kairos.compiler.export.nir.NirExporter;
import io.kairos.compiler.export.nir.NirFile;
import io.kairos.compiler.export.nir.NirGraph;
import io.kairos.compiler.run.TrainedModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kairos export DIR --format nir|netx --out FILE}: the float network of a run folder as
 * NIR, or the quantised network of a deploy folder as lava-dl NetX (docs/interchange.md).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a network to an interchange format (docs/interchange.md).",
      "  --format nir:  DIR is a run folder; writes the float network as a NIR graph (HDF5).",
      "  --format netx: DIR is a deploy folder; writes the quantised network as lava-dl NetX (HDF5)."
    })
public final class ExportCommand implements Callable<Integer> {
  /** The interchange formats. */
  enum Format {
    nir,
    netx
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "run folder (nir) or deploy folder (netx)")
  Path dir;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "nir or netx")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write (.nir, .net)")
  Path out;

  @Option(names = "--network", paramLabel = "NAME", description = "network to export; default: the only one")
  String network;

  @Override
  public Integer call() throws Exception {
    var w = spec.commandLine().getOut();
    if (format == Format.nir) {
      TrainedModel trained = TrainedModel.load(dir);
      String name = network != null ? network : only(Deployer.trainedNetworks(trained));
      NirGraph g = NirExporter.export(trained, name);
      NirFile.write(g, out);
      w.println("wrote " + out + ": NIR graph of network " + name + " (" + g.nodes().size() + " nodes, "
          + g.edges().size() + " edges; time step, delays and fire-once rule in its metadata)");
    } else {
      DeployFolder folder = DeployFolder.load(dir);
      FixedPointNetwork net = folder.network(network);
      var encoder = folder.model().encoder(folder.irNetwork(net.name()).input()).orElseThrow();
      NetxNetwork n = NetxExporter.export(net, encoder);
      NetxFile.write(n, out);
      w.println("wrote " + out + ": NetX description of network " + net.name() + " (" + net.layers().size()
          + " dense layers). Lava's CUBA model cannot fire once per " + net.window() + "-step window ("
          + n.fireOnce().replace('_', ' ') + " on the chip): see docs/interchange.md");
    }
    w.flush();
    return 0;
  }

  private static String only(List<String> trained) {
    if (trained.size() != 1) {
      throw new UserException("the run folder has " + trained.size() + " trained networks (" + String.join(", ", trained)
          + "); name one with --network");
    }
    return trained.get(0);
  }
}
