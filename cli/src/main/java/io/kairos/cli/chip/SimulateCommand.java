package io.kairos.cli.chip;

import io.kairos.cli.UserException;
import io.kairos.compiler.deploy.fidelity.DecisionRules;
import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.hardware.sim.SampleResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kairos simulate DEPLOY_DIR}: feeds a deployed network inputs coded by the runtime's
 * encoders, runs the hardware model on the folder's tables and chip spec, and reports decisions or
 * generated images, per-inference time and energy ESTIMATES, a spike raster and a JSON report.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Run a deploy folder on the hardware model: decisions and accuracy (classifier) or images "
        + "(generator), latency and energy estimates per inference, a spike raster, simulation.json.")
public final class SimulateCommand implements Callable<Integer> {
  static final int MAX_GRID_IMAGES = 100;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEPLOY_DIR", description = "a folder written by `kairos deploy`")
  Path dir;

  @Option(names = "--samples", paramLabel = "N", description = "samples: the first N test images or N noise vectors (default: 100)")
  int samples = 100;

  @Mixin ChipInputOptions chipInputs;

  @Option(names = "--verify-reference",
      description = "check every neuron's spike time against the compiler's fixed-point reference (re-deploys the run named in deploy.json)")
  boolean verifyReference;

  @Option(names = "--out", paramLabel = "DIR", description = "where to write simulation.json and the PNGs (default: DEPLOY_DIR/simulation)")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (verifyReference && chipInputs.earlyExit) {
      throw new UserException("--verify-reference compares every neuron over the full window; drop --early-exit");
    }
    ChipInputOptions.ChipInputs inputs = chipInputs.resolve(dir, samples);
    int t = inputs.threads();
    boolean earlyExit = inputs.earlyExit();
    DeployFolder folder = inputs.folder();
    NetworkPorts ports = inputs.ports();
    Model model = folder.model();
    Network net = inputs.net();
    NetworkRole role = inputs.role();
    InputSamples in = inputs.in();
    ChipRun run = new ChipRun(folder, ports);
    ReferenceCheck check = verifyReference ? new ReferenceCheck(folder, ports) : null;
    int window = run.window();
    int outputs = ports.outputs();
    String outLayer = run.outputLayer();
    List<SimulationReport.SampleLine> lines = new ArrayList<>();
    List<int[]> generated = new ArrayList<>();
    SampleResult[] first = new SampleResult[1];
    int[] tally = new int[3]; // s4nn correct, strict correct, silent
    long[] decisionSteps = new long[1];
    EnergySummary energy = run.run(in.inputs(), earlyExit, t, (i, r, c) -> {
      if (i == 0) {
        first[0] = r;
      }
      if (check != null) {
        check.check(i, in.inputs().get(i), r);
      }
      int[] o = r.firstSpikes(outLayer);
      int earliest = window;
      int prediction = -1;
      for (int j = 0; j < outputs; j++) {
        if (o[j] < earliest) {
          earliest = o[j];
          prediction = j;
        }
      }
      int label = in.labels() == null ? -1 : in.labels()[i];
      if (label >= 0) {
        SpikeTimes st = new SpikeTimes(window, o);
        tally[0] += earliest < window && o[label] == earliest ? 1 : 0;
        tally[1] += DecisionRules.strictCorrect(st, label) ? 1 : 0;
      }
      if (earliest == window) {
        tally[2]++;
      } else {
        decisionSteps[0] += earliest;
      }
      if (role == NetworkRole.GENERATOR && generated.size() < MAX_GRID_IMAGES) {
        generated.add(o);
      }
      lines.add(new SimulationReport.SampleLine(i, r.stepsRun(), c.timing().totalCycles(),
          c.timing().latency().microseconds(), c.energy().dynamic().microjoules(), c.energy().staticEnergy().microjoules(),
          c.energy().total().microjoules(), r.spikeCount(), prediction, earliest, label));
    });
    EnergySummary full = earlyExit ? run.run(in.inputs(), false, t, null) : null;
    int n = in.size();
    SimulationReport.ClassifierResult cls = role != NetworkRole.CLASSIFIER ? null
        : new SimulationReport.ClassifierResult((double) tally[0] / n, (double) tally[1] / n, tally[2],
            n == tally[2] ? window : (double) decisionSteps[0] / (n - tally[2]));

    Path o = out != null ? out : dir.resolve("simulation");
    Files.createDirectories(o);
    List<String> files = new ArrayList<>();
    Png.raster(in.inputs().get(0), first[0], ports.layers(), o.resolve("raster.png"));
    files.add("raster.png");
    if (role == NetworkRole.GENERATOR) {
      Population pixels = net.output();
      var decoded = net.decoderSpec().flatMap(d -> model.encoder(d.encoder()));
      if (decoded.isPresent() && decoded.get() instanceof ImageLatencyEncoder img && img.size() == pixels.size()) {
        Png.imageGrid(generated, img.height(), img.width(), window, o.resolve("images.png"));
        files.add("images.png");
      }
    }
    var report = new SimulationReport(dir.toString(), net.name(), role.name().toLowerCase(Locale.ROOT), in.description(),
        window, t, cls, energy, full, full == null ? null : full.totalUj() - energy.totalUj(),
        check == null ? null : check.result(), lines, files);
    AtomicFiles.writeString(o.resolve("simulation.json"), report.toJson());

    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "simulated %s %s of %s on %s: %s, window %d, %d thread(s)%n",
        role.name().toLowerCase(Locale.ROOT).replace('_', ' '), net.name(), dir, folder.chip().name(), in.description(),
        window, t);
    if (cls != null) {
      w.printf(Locale.ROOT, "accuracy on the chip model: %.2f%% (S4NN rule: earliest output spike, ties with the correct "
          + "class count; no output spike counts as wrong, the chip exposes no potentials)%n", 100 * cls.accuracyS4nn());
      w.printf(Locale.ROOT, "accuracy on the chip model: %.2f%% (strict rule: the correct class alone fires first)%n",
          100 * cls.accuracyStrict());
      w.printf(Locale.ROOT, "decision: mean first output spike at step %.1f; %d of %d samples with no output spike%n",
          cls.meanDecisionStep(), cls.silentSamples(), n);
    } else if (role == NetworkRole.IMAGE_NETWORK) {
      int[] counts = new int[outputs + 1];
      lines.forEach(l -> counts[l.prediction() + 1]++);
      List<String> names = net.output().classes();
      var sb = new StringBuilder("first output spike per sample:");
      for (int j = 0; j < outputs; j++) {
        sb.append(' ').append(j < names.size() ? names.get(j) : "#" + j).append(' ').append(counts[j + 1]);
      }
      w.println(sb.append(", none ").append(counts[0]));
    }
    w.print(energy.toText());
    if (full != null) {
      w.printf(Locale.ROOT, "early exit saves %.4f uJ per inference (%.1f%% of the full window's %.4f uJ) and %.3f us "
              + "(full window: %.1f steps, %.3f us)%n",
          full.totalUj() - energy.totalUj(), 100 * (full.totalUj() - energy.totalUj()) / full.totalUj(), full.totalUj(),
          full.latencyUs() - energy.latencyUs(), full.steps(), full.latencyUs());
    }
    if (check != null) {
      w.println(ReferenceCheck.describe(check.result()));
    }
    w.println("wrote " + o.resolve("simulation.json") + " and " + String.join(", ", files));
    w.flush();
    return check != null && !check.result().bitExact() ? 1 : 0;
  }
}
