package io.kairos.cli;

import io.kairos.cli.chip.DeployFidelity;
import io.kairos.cli.chip.DeployManifest;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.Deployer;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kairos deploy RUN_DIR --target T --out DIR}: quantise, map and write core tables, then
 * measure float (the runtime's engine) against fixed point on held-out inputs and write the
 * fidelity report beside the tables.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = "Quantise a trained run for a chip, map it onto cores, write the core tables and "
        + "report float vs fixed-point fidelity on held-out inputs.")
public final class DeployCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "run folder (model.json + weights/)")
  Path run;

  @Option(names = "--target", paramLabel = "TARGET",
      description = "loihi1, loihi2 or a chip spec JSON file; default: the model's deploy target")
  String target;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "deploy folder to write")
  Path out;

  @Option(names = "--network", paramLabel = "NAME",
      description = "network to deploy (repeatable); default: every trained network")
  List<String> networks = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "deployment setting overriding the model's (repeatable): weight_bits, scale_quantile, "
          + "or scale_quantile.NETWORK/LAYER for one layer, e.g. scale_quantile.discriminator/hidden=0.999")
  Map<String, String> set = new TreeMap<>();

  @Option(names = "--data", paramLabel = "DIR",
      description = "folder of MNIST-format IDX files for the fidelity report (default: the data the run was trained on)")
  Path data;

  @Option(names = "--samples", paramLabel = "N",
      description = "fidelity samples per network: the first N test images, or N noise vectors "
          + "(default: the whole test set; 1,000 noise vectors); 0 skips the fidelity report")
  Integer samples;

  @Option(names = "--seed", paramLabel = "S", description = "seed of a generator's noise inputs (default: 1)")
  long seed = 1;

  static final int DEFAULT_NOISE_SAMPLES = 1000;

  @Override
  public Integer call() throws Exception {
    if (samples != null && samples < 0) {
      throw new UserException("--samples must be >= 0, got " + samples);
    }
    TrainedModel trained = TrainedModel.load(run);
    var deployment = trained.model().deploymentSpec();
    String t = target != null ? target : deployment.map(d -> d.target()).orElse(null);
    if (t == null) {
      throw new UserException("the model declares no deploy target; give --target loihi1, loihi2 or a spec file");
    }
    ChipSpec chip = ChipSpecLoader.resolve(t);
    Map<String, Double> settings = new TreeMap<>(deployment.map(d -> d.settings()).orElse(Map.of()));
    for (var e : set.entrySet()) {
      try {
        settings.put(e.getKey(), Double.parseDouble(e.getValue()));
      } catch (NumberFormatException ex) {
        throw new UserException("--set " + e.getKey() + " needs a number, got '" + e.getValue() + "'");
      }
    }
    List<String> names = networks.isEmpty() ? Deployer.trainedNetworks(trained) : networks;
    DeployedNetwork d = Deployer.deploy(trained, names, chip, settings);
    var w = spec.commandLine().getOut();
    w.print(d.toText());
    w.flush();
    Map<String, String> extra = new TreeMap<>();
    var manifest = new DeployManifest(1, run.toAbsolutePath().normalize().toString(), t, settings, names);
    extra.put(DeployManifest.FILE, manifest.toJson());
    if (samples == null || samples > 0) {
      DeployFidelity f = DeployFidelity.measure(trained, d, data != null ? data : io.kairos.cli.chip.TrainingData.ofRun(run),
          samples == null ? Integer.MAX_VALUE : samples, seed, DEFAULT_NOISE_SAMPLES);
      w.println();
      w.print(f.toText());
      extra.put(DeployFidelity.FILE, f.toJson());
    }
    d.writeTo(out, extra);
    w.println("wrote " + out);
    w.flush();
    return 0;
  }
}
