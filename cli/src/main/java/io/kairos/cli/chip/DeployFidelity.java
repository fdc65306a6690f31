package io.kairos.cli.chip;

import io.kairos.compiler.deploy.DeployJson;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.deploy.fidelity.Fidelity;
import io.kairos.compiler.deploy.fidelity.FidelityReport;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.deploy.quantise.QuantisedNetwork;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.runtime.engine.UnsupportedModelException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fidelity report of a deployment (docs/quantisation.md, "Fidelity report"): every deployed
 * network run in float by the runtime's engine and in fixed point by the compiler's reference
 * simulator (bit-exact with the hardware model) on the same inputs, compared spike time by spike
 * time.
 *
 * @param samples what the inputs were
 * @param reports one report per network the runtime can run, in deployment order
 * @param notes what was not measured, and why
 */
public record DeployFidelity(String samples, List<FidelityReport> reports, List<String> notes) {
  public static final String FILE = "fidelity.json";

  /** The generator's quality (Frechet distance) is not measured here: say so in every report. */
  static final String NO_FD_NOTE =
      "generator %s: the Frechet-distance change float -> fixed point is not measured: the quality "
          + "classifier (io.kairos.runtime.quality) is not in this build; identical pixel times bound it";

  public DeployFidelity {
    reports = List.copyOf(reports);
    notes = List.copyOf(notes);
  }

  /**
   * @param data {@code --data DIR} or {@code null} for the model's data set
   * @param samples samples per network (images: at most the test set; {@code Integer.MAX_VALUE}
   *     for all of it)
   * @param seed seed of a generator's noise inputs
   * @param noiseSamples noise vectors for a generator when {@code samples} is {@code Integer.MAX_VALUE}
   */
  public static DeployFidelity measure(
      TrainedModel trained, DeployedNetwork deployed, Path data, int samples, long seed, int noiseSamples) {
    Model model = trained.model();
    List<FidelityReport> reports = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (QuantisedNetwork q : deployed.networks()) {
      String name = q.network().name();
      Network net = model.network(name).orElseThrow();
      FloatRunner flt;
      try {
        flt = new FloatRunner(trained, name);
      } catch (UnsupportedModelException e) {
        notes.add("network " + name + ": not measured, the float runtime cannot run it (" + e.getMessage() + ")");
        continue;
      }
      NetworkRole role = NetworkRole.of(model, net);
      int n = role == NetworkRole.GENERATOR && samples == Integer.MAX_VALUE ? noiseSamples : samples;
      InputSamples in = InputSamples.of(model, net, data, n, seed);
      described.add(name + ": " + in.description());
      var fixed = new ReferenceSimulator(q.network());
      List<NetworkRun> floatRuns = new ArrayList<>(in.size());
      List<NetworkRun> fixedRuns = new ArrayList<>(in.size());
      for (var x : in.inputs()) {
        floatRuns.add(flt.run(x));
        fixedRuns.add(fixed.run(x));
      }
      List<String> layers = net.populations().stream().map(p -> p.name()).toList();
      String kind = switch (role) {
        case CLASSIFIER -> "classifier";
        case GENERATOR -> "generator";
        case IMAGE_NETWORK -> "image network";
      };
      reports.add(Fidelity.compare(name, kind, layers, floatRuns, fixedRuns, in.labels()));
      if (role == NetworkRole.GENERATOR) {
        notes.add(String.format(Locale.ROOT, NO_FD_NOTE, name));
      }
    }
    return new DeployFidelity(String.join("; ", described), reports, notes);
  }

  public String toText() {
    var sb = new StringBuilder();
    for (FidelityReport r : reports) {
      sb.append(r.toText());
    }
    if (!samples.isEmpty()) {
      sb.append("inputs: ").append(samples).append('\n');
    }
    for (String n : notes) {
      sb.append("note: ").append(n).append('\n');
    }
    return sb.toString();
  }

  public String toJson() {
    return DeployJson.write(this);
  }
}
