package io.kairos.cli.demo;

import io.kairos.cli.Threads;
import io.kairos.cli.UserException;
import io.kairos.cli.api.Kairos;
import io.kairos.cli.report.ChipRecord;
import io.kairos.cli.report.HtmlReport;
import io.kairos.cli.report.ReportData;
import io.kairos.cli.report.Summary;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.gan.GanImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kairos demo}: the newcomer's tour in one command (docs/report.md). Trains the Spiking-GAN
 * of {@code examples/spiking-gan-mnist.snn} on the shipped digits with a short schedule, deploys
 * both networks to a chip, runs them on the hardware model, prints the headline figures and writes
 * {@code report.html}. Every step is a call of {@link Kairos}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Train the example Spiking-GAN briefly, deploy it to loihi1, run it on the hardware model, "
        + "print a summary and write an HTML report.")
public final class DemoCommand implements Callable<Integer> {
  /**
   * The example model's own schedule: its digits become recognisable between epochs 10 and 20
   * (docs/results.md), and 20 epochs still fit the demo's 5-minute budget on 2 cores (docs/report.md).
   */
  public static final int DEFAULT_EPOCHS = 20;
  /** Noise vectors, and real digits, run on the hardware model. */
  public static final int CHIP_SAMPLES = 64;
  /** Inputs per network for the float-vs-fixed-point fidelity table. */
  public static final int FIDELITY_SAMPLES = 100;
  static final String MODEL = "spiking-gan-mnist.snn";
  /** Marks a folder written by the demo, which a later demo may replace. */
  static final String MARKER = "demo.txt";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--epochs", paramLabel = "N", description = "training epochs (default: " + DEFAULT_EPOCHS + ")")
  int epochs = DEFAULT_EPOCHS;

  @Option(names = "--out", paramLabel = "DIR", description = "run folder to write (default: runs/demo; a previous demo there is replaced)")
  Path out = Path.of("runs", "demo");

  @Option(names = "--target", paramLabel = "TARGET", description = "loihi1, loihi2 or a chip spec JSON file (default: the model's, loihi1)")
  String target;

  @Option(names = "--model", paramLabel = "FILE",
      description = "the GAN model (default: examples/" + MODEL + " of this checkout, or the copy in the jar)")
  Path model;

  @Option(names = "--subset", paramLabel = "N", description = "train on the first N digits only (a quicker look)")
  Integer subset;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores); never changes results")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    if (epochs < 1) {
      throw new UserException("--epochs must be >= 1, got " + epochs);
    }
    int t = Threads.resolve(threads);
    PrintWriter w = spec.commandLine().getOut();
    long start = System.nanoTime();
    Source src = source();
    Model m = Kairos.compile(src.text(), src.name());
    if (!(m.training() instanceof GanTraining gt)) {
      throw new UserException(src.name() + " declares no GAN training; the demo trains a spiking GAN");
    }
    TrainTestData data = Kairos.data(m, src.dir());
    if (subset != null) {
      data = Kairos.subset(data, subset);
    }
    String chipName = target != null ? target : m.deploymentSpec().map(d -> d.target()).orElse("loihi1");
    io.kairos.hardware.spec.ChipSpecLoader.resolve(chipName); // refuse an unknown chip before training
    prepareOut();

    w.printf(Locale.ROOT, "Kairos demo: the Spiking-GAN of %s%n", src.name());
    w.printf(Locale.ROOT, "[1/4] training %d epoch(s) on %s (%d digits), %d thread(s) -> %s%n", epochs,
        data.description(), data.train().count(), t, out);
    w.flush();
    Kairos.trainGan(m, data, new Kairos.GanSettings(epochs, t, io.kairos.runtime.gan.GanConfig.DEFAULT_SURROGATE, epochs),
        out, new DemoProgress(w, System.console() != null, epochs));
    AtomicFiles.writeString(out.resolve(ReportData.SOURCE), src.text());

    w.printf(Locale.ROOT, "[2/4] deploying %s and %s to %s, each alone (quantise, map onto cores, fidelity on %d inputs)%n",
        gt.generator(), gt.discriminator(), chipName, FIDELITY_SAMPLES);
    w.flush();
    // One deploy folder per network: each is priced alone (a chip holding both would service D's idle
    // compartments on every step of G's inferences too).
    Path gDir = out.resolve(ReportData.DEPLOY).resolve(gt.generator());
    Path dDir = out.resolve(ReportData.DEPLOY).resolve(gt.discriminator());
    Kairos.deploy(out, List.of(gt.generator()), chipName, gDir, FIDELITY_SAMPLES);
    Kairos.deploy(out, List.of(gt.discriminator()), chipName, dDir, FIDELITY_SAMPLES);

    w.printf(Locale.ROOT, "[3/4] running both networks on the hardware model: G on %d noise vectors, D on %d test digits "
        + "and on G's %d chip-generated digits%n", CHIP_SAMPLES, CHIP_SAMPLES, CHIP_SAMPLES);
    w.flush();
    runOnChip(gDir, dDir, gt, m.window(), t);

    w.println("[4/4] writing the report");
    w.flush();
    ReportData report = ReportData.load(out);
    Path html = HtmlReport.write(report);

    w.println();
    w.printf(Locale.ROOT, "Summary (%s):%n", report.model().name());
    w.print(Summary.toText(Summary.rows(report)));
    w.println();
    w.printf(Locale.ROOT, "done in %.0f s; open the report in a browser and look at the sample grids%n",
        (System.nanoTime() - start) / 1e9);
    w.printf(Locale.ROOT, "report: %s%n", html.toAbsolutePath());
    w.flush();
    return 0;
  }

  /** G on noise, D on real test digits and on G's chip outputs; results and G's digits saved under chip/. */
  private void runOnChip(Path gDir, Path dDir, GanTraining gt, int window, int threads) throws IOException {
    Path chipDir = out.resolve(ReportData.CHIP);
    List<SpikeTimes> noise = Kairos.chipInputs(gDir, gt.generator(), CHIP_SAMPLES, 1);
    Kairos.ChipResults g = Kairos.simulate(gDir, gt.generator(), noise, threads);
    ChipRecord.of(g, CHIP_SAMPLES + " uniform noise vectors (seed 1)").write(chipDir.resolve(ReportData.GENERATOR_CHIP));
    float[] pixels = GanImages.intensities(g.outputs().toArray(new int[0][]), window);
    float[][] digits = new float[g.outputs().size()][];
    int n = pixels.length / digits.length;
    for (int k = 0; k < digits.length; k++) {
      digits[k] = java.util.Arrays.copyOfRange(pixels, k * n, (k + 1) * n);
    }
    Kairos.writeDigitGrid(digits, 8, chipDir.resolve(ReportData.CHIP_GRID));

    List<SpikeTimes> real = Kairos.chipInputs(dDir, gt.discriminator(), CHIP_SAMPLES, 1);
    ChipRecord.of(Kairos.simulate(dDir, gt.discriminator(), real, threads), CHIP_SAMPLES + " held-out test digits")
        .write(chipDir.resolve(ReportData.REAL_CHIP));
    List<SpikeTimes> generated = new ArrayList<>();
    for (int[] o : g.outputs()) {
      generated.add(new SpikeTimes(window, o));
    }
    ChipRecord.of(Kairos.simulate(dDir, gt.discriminator(), generated, threads),
        CHIP_SAMPLES + " digits generated on the chip").write(chipDir.resolve(ReportData.GENERATED_CHIP));
  }

  /** A demo replaces its own earlier output, never a folder it did not write. */
  private void prepareOut() throws IOException {
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new UserException(out + " is a file; choose another --out");
      }
      boolean empty;
      try (Stream<Path> s = Files.list(out)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty && !Files.isRegularFile(out.resolve(MARKER))) {
        throw new UserException(out + " exists and was not written by `kairos demo`; choose another --out");
      }
      if (!empty) {
        try (Stream<Path> s = Files.walk(out)) {
          for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
    Files.createDirectories(out);
    AtomicFiles.writeString(out.resolve(MARKER), "written by `kairos demo`; a later demo with the same --out replaces this folder\n");
  }

  private record Source(String name, String text, Path dir) {}

  /** --model; else examples/ of the checkout the launcher runs from (KAIROS_HOME) or the working folder; else the jar's copy. */
  private Source source() throws IOException {
    if (model != null) {
      if (!Files.isRegularFile(model)) {
        throw new UserException("no such file: " + model);
      }
      return new Source(model.toString(), Files.readString(model), model.toAbsolutePath().getParent());
    }
    List<Path> candidates = new ArrayList<>();
    String home = System.getenv("KAIROS_HOME");
    if (home != null && !home.isBlank()) {
      candidates.add(Path.of(home, "examples", MODEL));
    }
    candidates.add(Path.of("examples", MODEL));
    for (Path p : candidates) {
      if (Files.isRegularFile(p)) {
        return new Source(p.toString(), Files.readString(p), p.toAbsolutePath().getParent());
      }
    }
    try (InputStream in = DemoCommand.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is missing from the jar");
      }
      return new Source("examples/" + MODEL + " (copy in the jar)", new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    }
  }
}
