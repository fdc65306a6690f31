package io.kairos.cli.api;

import io.kairos.cli.SourceFiles;
import io.kairos.cli.UserException;
import io.kairos.cli.chip.ChipRun;
import io.kairos.cli.chip.DeployFidelity;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.cli.chip.DeployManifest;
import io.kairos.cli.chip.EnergySummary;
import io.kairos.cli.chip.InputSamples;
import io.kairos.cli.runtime.DataSources;
import io.kairos.compiler.CompileResult;
import io.kairos.compiler.Frontend;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.Deployer;
import io.kairos.compiler.export.nir.NirExporter;
import io.kairos.compiler.export.nir.NirFile;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.gan.GanConfig;
import io.kairos.runtime.gan.GanEpochMetrics;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.gan.GanListener;
import io.kairos.runtime.gan.GanTrainer;
import io.kairos.runtime.image.DigitGrid;
import io.kairos.runtime.quality.EvaluationClassifier;
import io.kairos.runtime.quality.QualityReport;
import io.kairos.runtime.quality.SampleQuality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kairos library in one place: every step of {@code kairos demo} (and of the tour in the
 * README) as a static method. It lives in the cli module because the chip-side helpers it reuses
 * ({@link ChipRun}, {@link InputSamples}, {@link DeployFidelity}) live there; it adds no behaviour of
 * its own, each method is a short composition of the modules' public classes.
 *
 * <p>A typical program:
 *
 * <pre>{@code
 * Model model = Kairos.compile(Path.of("examples/spiking-gan-mnist.snn"));
 * Kairos.trainGan(model, Kairos.data(model, null), Kairos.GanSettings.of(1, 2), Path.of("runs/tiny"), null);
 * float[][] digits = Kairos.generateDigits(Path.of("runs/tiny"), 16, 1);
 * Kairos.writeDigitGrid(digits, 4, Path.of("digits.png"));
 * }</pre>
 *
 * <p>User mistakes (a bad source file, a missing run folder, an unknown chip) are thrown as the
 * modules' own exception types, each with a one-line message; the CLI prints that line and exits 2.
 */
public final class Kairos {
  private Kairos() {}

  // ---- front end ---------------------------------------------------------------------------

  /**
   * Compiles a {@code .snn} file to the IR.
   *
   * @throws io.kairos.cli.SourceErrorsException with every diagnostic rendered, when the file has errors
   */
  public static Model compile(Path snnFile) {
    return SourceFiles.model(snnFile);
  }

  /** Compiles {@code .snn} source text; {@code path} is only used in diagnostics. */
  public static Model compile(String source, String path) {
    CompileResult r = Frontend.compile(source, path);
    if (r instanceof CompileResult.Failure f) {
      throw new io.kairos.cli.SourceErrorsException(f.render());
    }
    return ((CompileResult.Success) r).model();
  }

  /** A model file: {@code .snn} source or IR JSON ({@code .json}). */
  public static Model loadModel(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserException("model file " + file + " does not exist");
    }
    if (file.getFileName().toString().endsWith(".json")) {
      return IrJson.read(Files.readString(file));
    }
    return compile(file);
  }

  // ---- training -----------------------------------------------------------------------------

  /**
   * The data a model trains on: its data set (the shipped digits for {@code mnist}); a data set given
   * as a path is resolved against {@code modelDir} (may be null).
   */
  public static TrainTestData data(Model model, Path modelDir) {
    return DataSources.resolve(null, model, modelDir);
  }

  /** The first {@code n} training digits of {@code data} (short experiments and tests). */
  public static TrainTestData subset(TrainTestData data, int n) {
    if (n < 1) {
      throw new UserException("a subset needs at least one digit, got " + n);
    }
    return new TrainTestData(data.train().head(n), data.test(), data.description() + " (first " + n + " training digits)");
  }

  /**
   * How a GAN is trained beyond what its model says.
   *
   * @param epochs epochs, or null for the model's
   * @param threads worker threads (results do not depend on it)
   * @param silentSurrogate weight of the silent-input surrogate (docs/gan.md)
   * @param qualityEvery measure sample quality every N epochs and after the last (0 = never)
   */
  public record GanSettings(Integer epochs, int threads, double silentSurrogate, int qualityEvery) {
    /** The CLI's defaults with {@code epochs} and {@code threads}; quality after the last epoch only. */
    public static GanSettings of(Integer epochs, int threads) {
      return new GanSettings(epochs, threads, GanConfig.DEFAULT_SURROGATE, epochs == null ? 0 : epochs);
    }
  }

  /**
   * Trains a GAN model into a new run folder {@code out} (docs/gan.md, docs/run-folder.md) and
   * returns the metrics of every epoch. {@code listener} (may be null) hears progress.
   */
  public static List<GanEpochMetrics> trainGan(Model model, TrainTestData data, GanSettings settings, Path out,
      GanListener listener) throws IOException {
    GanConfig config = GanConfig.of(model, settings.epochs(), settings.threads(), settings.silentSurrogate(),
        settings.qualityEvery());
    GanTrainer.build(model, config.training(), data.train()); // refuse a bad model before anything is written
    SampleQuality quality = settings.qualityEvery() > 0 ? sampleQuality(data) : null;
    return GanTrainer.start(config, data, out, quality, listener == null ? GanListener.SILENT : listener);
  }

  /** The metrics of a GAN run folder, one per committed epoch. */
  public static List<GanEpochMetrics> ganMetrics(Path runDir) throws IOException {
    return io.kairos.runtime.gan.GanRunFolder.open(runDir).readMetrics();
  }

  /** A run folder (classifier or GAN): its model and trained weights. */
  public static TrainedModel loadRun(Path runDir) throws IOException {
    return TrainedModel.load(runDir);
  }

  // ---- generating and measuring digits -------------------------------------------------------

  /**
   * {@code count} digits of a GAN run's generator for noise samples {@code 0 .. count-1} of {@code
   * seed}, as intensities in [0, 1] (row-major, 1 = white stroke); same seed, same digits.
   */
  public static float[][] generateDigits(Path runDir, int count, long seed) throws IOException {
    if (count < 1) {
      throw new UserException("the number of digits must be >= 1, got " + count);
    }
    GanTrainer.Networks nets = GanTrainer.loadRun(runDir);
    var g = nets.generator();
    float[] flat;
    try (Parallel p = new Parallel(1)) {
      flat = GanImages.qualityDigits(g, nets.noise(), seed, count, p);
    }
    int n = g.outputSize();
    float[][] out = new float[count][n];
    for (int k = 0; k < count; k++) {
      System.arraycopy(flat, k * n, out[k], 0, n);
    }
    return out;
  }

  /** Writes square digits (intensities in [0, 1]) as one PNG grid, {@code columns} per row, scaled x2. */
  public static void writeDigitGrid(float[][] digits, int columns, Path png) throws IOException {
    if (digits.length == 0) {
      throw new UserException("no digits to write");
    }
    int n = digits[0].length;
    int side = (int) Math.round(Math.sqrt(n));
    float[] flat = new float[digits.length * n];
    for (int k = 0; k < digits.length; k++) {
      System.arraycopy(digits[k], 0, flat, k * n, n);
    }
    byte[] bytes = DigitGrid.png(DigitGrid.toBytes(flat), side, columns, 2);
    io.kairos.compiler.run.AtomicFiles.write(png, bytes);
  }

  /**
   * The evaluation classifier the quality figures use: the one {@code kairos quality
   * train-classifier} cached, else the one shipped in the jar (docs/quality.md).
   */
  public static EvaluationClassifier evaluationClassifier() throws IOException {
    String env = System.getenv("KAIROS_CACHE");
    Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "kairos");
    Path cached = dir.resolve("mnist-classifier.sd");
    return Files.isRegularFile(cached) ? EvaluationClassifier.load(cached) : EvaluationClassifier.shipped();
  }

  /** The quality protocol's reference sets of {@code data} with the {@link #evaluationClassifier()}. */
  public static SampleQuality sampleQuality(TrainTestData data) throws IOException {
    return GanImages.sampleQuality(evaluationClassifier(), data.train(), data.test());
  }

  /** Quality of 2,000 digits of a GAN run's generator (docs/quality.md). */
  public static QualityReport quality(Path runDir, TrainTestData data) throws IOException {
    GanTrainer.Networks nets = GanTrainer.loadRun(runDir);
    long seed = ((GanTraining) loadRun(runDir).model().training()).seed();
    try (Parallel p = new Parallel(Runtime.getRuntime().availableProcessors())) {
      return GanImages.measure(nets.generator(), nets.noise(), seed, sampleQuality(data), p);
    }
  }

  // ---- deployment and the hardware model ------------------------------------------------------

  /**
   * A deployment written to a folder.
   *
   * @param dir the deploy folder
   * @param network tables, fixed-point networks, mapping and quantisation reports
   * @param fidelity float vs fixed point on held-out inputs (null when not measured)
   */
  public record Deployment(Path dir, DeployedNetwork network, DeployFidelity fidelity) {}

  /** {@link #deploy(Path, List, String, Path, int)} of every trained network of the run. */
  public static Deployment deploy(Path runDir, String target, Path out, int fidelitySamples) throws IOException {
    return deploy(runDir, null, target, out, fidelitySamples);
  }

  /**
   * Deploys {@code networks} of a run (null: every trained network, in one set of core tables) to
   * {@code target} ({@code loihi1}, {@code loihi2} or a chip spec file; null for the model's deploy
   * target) with the model's deployment settings, and measures float vs fixed-point fidelity on
   * {@code fidelitySamples} inputs per network (0: not measured); writes the deploy folder {@code
   * out} as {@code kairos deploy} does.
   */
  public static Deployment deploy(Path runDir, List<String> networks, String target, Path out, int fidelitySamples)
      throws IOException {
    TrainedModel trained = TrainedModel.load(runDir);
    var spec = trained.model().deploymentSpec();
    String t = target != null ? target : spec.map(d -> d.target()).orElse(null);
    if (t == null) {
      throw new UserException("the model declares no deploy target; give one (loihi1, loihi2 or a spec file)");
    }
    ChipSpec chip = ChipSpecLoader.resolve(t);
    Map<String, Double> settings = new TreeMap<>(spec.map(d -> d.settings()).orElse(Map.of()));
    List<String> names = networks == null ? Deployer.trainedNetworks(trained) : networks;
    DeployedNetwork d = Deployer.deploy(trained, names, chip, settings);
    Map<String, String> extra = new TreeMap<>();
    extra.put(DeployManifest.FILE,
        new DeployManifest(1, runDir.toAbsolutePath().normalize().toString(), t, settings, names).toJson());
    DeployFidelity f = null;
    if (fidelitySamples > 0) {
      f = DeployFidelity.measure(trained, d, null, fidelitySamples, 1, fidelitySamples);
      extra.put(DeployFidelity.FILE, f.toJson());
    }
    d.writeTo(out, extra);
    return new Deployment(out, d, f);
  }

  /**
   * What one deployed network did on the hardware model.
   *
   * @param network the network
   * @param outputs each sample's output first-spike times ({@code window} = no spike)
   * @param energy timing and energy ESTIMATE per inference (full window)
   * @param perSample steps, cycles, latency, energy and decision of each sample
   * @param raster every spike of sample 0: the input and then each layer
   */
  public record ChipResults(String network, List<int[]> outputs, EnergySummary energy, List<ChipSample> perSample,
      SpikeRaster raster) {}

  /**
   * One sample on the chip.
   *
   * @param decisionStep step of the first output spike, or the window when none fired
   * @param prediction the earliest output neuron (lowest index on ties), -1 when none fired
   * @param tied more than one output neuron fired at the decision step (no strict decision)
   */
  public record ChipSample(int steps, long cycles, double latencyUs, double dynamicUj, double staticUj, double totalUj,
      long spikes, int prediction, int decisionStep, boolean tied) {
    /** The strict rule: {@code label} alone fired first. */
    public boolean strictlyDecides(int label) {
      return prediction == label && !tied;
    }
  }

  /** The inputs {@code kairos simulate} would use: held-out test images, or noise vectors of a seed for a generator. */
  public static List<SpikeTimes> chipInputs(Path deployDir, String network, int samples, long seed) {
    DeployFolder folder = DeployFolder.load(deployDir);
    var ports = folder.ports(network);
    Model model = folder.model();
    return InputSamples.of(model, model.network(ports.network()).orElseThrow(), null, samples, seed).inputs();
  }

  /**
   * Runs {@code inputs} through {@code network} of a deploy folder on the hardware model over the
   * full window (the same simulator and cost model as {@code kairos simulate}).
   */
  public static ChipResults simulate(Path deployDir, String network, List<SpikeTimes> inputs, int threads) {
    DeployFolder folder = DeployFolder.load(deployDir);
    ChipRun run = new ChipRun(folder, folder.ports(network));
    String outLayer = run.outputLayer();
    List<int[]> outputs = new ArrayList<>();
    List<ChipSample> lines = new ArrayList<>();
    SpikeRaster[] raster = new SpikeRaster[1];
    EnergySummary energy = run.run(inputs, false, threads, (i, r, c) -> {
      if (i == 0) {
        raster[0] = SpikeRaster.of(inputs.get(0), r, run.ports().layers());
      }
      int[] o = r.firstSpikes(outLayer);
      int earliest = run.window();
      int prediction = -1;
      int atEarliest = 0;
      for (int j = 0; j < o.length; j++) {
        if (o[j] < earliest) {
          earliest = o[j];
          prediction = j;
          atEarliest = 1;
        } else if (o[j] == earliest && earliest < run.window()) {
          atEarliest++;
        }
      }
      outputs.add(o);
      lines.add(new ChipSample(r.stepsRun(), c.timing().totalCycles(), c.timing().latency().microseconds(),
          c.energy().dynamic().microjoules(), c.energy().staticEnergy().microjoules(), c.energy().total().microjoules(),
          r.spikeCount(), prediction, earliest, atEarliest > 1));
    });
    return new ChipResults(run.ports().network(), outputs, energy, lines, raster[0]);
  }

  // ---- interchange -----------------------------------------------------------------------------

  /** Exports one trained network of a run folder as a NIR graph (HDF5; docs/interchange.md). */
  public static void exportNir(Path runDir, String network, Path out) throws IOException {
    NirFile.write(NirExporter.export(TrainedModel.load(runDir), network), out);
  }
}
