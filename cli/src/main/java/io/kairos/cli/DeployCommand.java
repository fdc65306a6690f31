package io.kairos.cli;

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

/** {@code kairos deploy RUN_DIR --target T --out DIR}: quantise, map and write core tables. */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = "Quantise a trained run for a chip, map it onto cores and write the core tables.")
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
      description = "deployment setting overriding the model's (weight_bits, scale_quantile)")
  Map<String, String> set = new TreeMap<>();

  @Override
  public Integer call() throws Exception {
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
    d.writeTo(out);
    var w = spec.commandLine().getOut();
    w.print(d.toText());
    w.println("wrote " + out);
    w.flush();
    return 0;
  }
}
