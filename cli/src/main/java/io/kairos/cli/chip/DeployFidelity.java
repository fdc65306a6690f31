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
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.UnsupportedModelException;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.quality.EvaluationClassifier;
import io.kairos.runtime.quality.SampleQuality;
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
 * @param generators sample quality of each 28x28 generator in float and in fixed point
 * @param notes what was not measured, and why
 */
public record DeployFidelity(
    String samples, List<FidelityReport> reports, List<GeneratorQuality> generators, List<String> notes) {
  public static final String FILE = "fidelity.json";

  public DeployFidelity {
    reports = List.copyOf(reports);
    generators = generators == null ? List.of() : List.copyOf(generators); // absent in older files
    notes = List.copyOf(notes);
  }

  /**
   * A generator's digits measured by the quality protocol (docs/quality.md, shipped evaluation
   * classifier, against the 2,000 held-out shipped digits) in float and in fixed point, on the
   * same noise inputs.
   *
   * @param network the generator
   * @param samples generated digits measured on each side
   * @param floatFd FD of the float generator's digits
   * @param fixedFd FD of the fixed-point generator's digits
   */
  public record GeneratorQuality(String network, int samples, double floatFd, double fixedFd) {
    /** The relative FD change float -> fixed point, in percent. */
    public double changePercent() {
      return 100 * (fixedFd - floatFd) / floatFd;
    }
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
    List<GeneratorQuality> generators = new ArrayList<>();
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
      boolean decides = role != NetworkRole.GENERATOR && !net.output().classes().isEmpty();
      reports.add(Fidelity.compare(name, kind, layers, floatRuns, fixedRuns, in.labels(), decides));
      if (role == NetworkRole.GENERATOR) {
        if (net.output().size() == 28 * 28 && in.size() >= 2) {
          generators.add(generatorQuality(name, model.window(), floatRuns, fixedRuns));
        } else {
          notes.add("generator " + name + ": FD not measured (it needs 28x28 digits and at least 2 samples)");
        }
      }
    }
    return new DeployFidelity(String.join("; ", described), reports, generators, notes);
  }

  private static GeneratorQuality generatorQuality(
      String name, int window, List<NetworkRun> floatRuns, List<NetworkRun> fixedRuns) {
    SampleQuality quality;
    try {
      TrainTestData shipped = MnistFolder.shipped();
      quality = GanImages.sampleQuality(EvaluationClassifier.shipped(), shipped.train(), shipped.test());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    double floatFd = quality.measure(GanImages.intensities(outputTimes(floatRuns), window)).frechetDistance();
    double fixedFd = quality.measure(GanImages.intensities(outputTimes(fixedRuns), window)).frechetDistance();
    return new GeneratorQuality(name, floatRuns.size(), floatFd, fixedFd);
  }

  private static int[][] outputTimes(List<NetworkRun> runs) {
    int[][] t = new int[runs.size()][];
    for (int k = 0; k < t.length; k++) {
      t[k] = runs.get(k).output().times();
    }
    return t;
  }

  public String toText() {
    var sb = new StringBuilder();
    for (FidelityReport r : reports) {
      sb.append(r.toText());
    }
    for (GeneratorQuality g : generators) {
      sb.append(String.format(Locale.ROOT,
          "generator %s, %d digits: FD float %.2f, fixed point %.2f (%+.1f%%; docs/quality.md)%n",
          g.network(), g.samples(), g.floatFd(), g.fixedFd(), g.changePercent()));
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
