package io.kairos.cli.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.cli.Threads;
import io.kairos.cli.UserException;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.gan.GanRunFolder;
import io.kairos.runtime.gan.GanTrainer;
import io.kairos.runtime.gan.GeneratorDiagnosis;
import io.kairos.runtime.gan.GeneratorDiagnosis.Bin;
import io.kairos.runtime.gan.GeneratorDiagnosis.Distribution;
import io.kairos.runtime.gan.GeneratorDiagnosis.LayerSpikes;
import io.kairos.runtime.quality.QualityReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kairos gan diagnose RUN_DIR}: why a generator draws blobs and empty frames (docs/gan.md,
 * "Diagnosing a generator"), on the generator of the run's last committed epoch.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
    description = "Measure a GAN run's generator: spikes per layer and their link to the lit pixels, lit pixels vs real digits, "
        + "how close the output neurons end to their threshold, and the quality cost of brightness outliers.")
final class GanDiagnoseCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a GAN run folder (read only)")
  Path run;

  @Option(names = "--samples", paramLabel = "N",
      description = "noise samples of the quality stream, and real held-out digits, to measure (default ${DEFAULT-VALUE}; >= 2)")
  int samples = GanImages.QUALITY_SAMPLES;

  @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); never changes results")
  Integer threads;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the numbers as JSON to FILE")
  Path json;

  @Override
  public Integer call() throws Exception {
    if (samples < 2) {
      throw new UserException("--samples must be at least 2 (FD needs two samples), got " + samples);
    }
    int t = Threads.resolve(threads);
    GanRunFolder folder = TrainedGanRun.open(run);
    GanTrainer.CommittedRun cp = GanTrainer.loadCommitted(run);
    GanTrainer.Networks nets = cp.networks();
    long seed = Long.parseLong(folder.manifest("seed"));
    PrintWriter out = spec.commandLine().getOut();
    TrainTestData data = MnistFolder.shipped(); // what kairos quality compares with
    String[] from = new String[1];
    var quality = QualitySetup.sampleQuality(QualitySetup.classifier(null, f -> from[0] = f), data);
    GeneratorDiagnosis.Result r;
    try (Parallel p = new Parallel(t)) {
      r = GeneratorDiagnosis.measure(nets.generator(), nets.noise(), seed, samples, data.test(), quality, p);
    }
    String trainedOn = folder.manifest("data");
    print(out, r, cp.epoch(), seed, trainedOn, data, from[0]);
    if (json != null) {
      AtomicFiles.writeString(json, JSON.writeValueAsString(toJson(r, cp.epoch(), seed, trainedOn, data, from[0])) + "\n");
      out.println("wrote " + json);
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, GeneratorDiagnosis.Result r, int epoch, long seed, String trainedOn,
      TrainTestData data, String classifier) {
    var s = r.generator();
    out.println("run " + run + ": generator of epoch " + epoch + " (the last committed), seed " + seed + ", trained on " + trainedOn);
    out.println(s.samples() + " noise samples of the quality stream (those kairos quality measures), "
        + r.real().count() + " held-out digits of the " + data.description());
    if (!trainedOn.startsWith(data.description())) {
      out.println("note: the run was not trained on the shipped digits; real digits and quality still use them, as kairos quality does");
    }
    out.println();
    out.println("spikes per sample              mean       sd   corr. with lit pixels");
    for (LayerSpikes l : s.layers()) {
      out.println(f("  %-26s %7.1f  %7.1f   %s", l.layer() + " (" + l.neurons() + ")", l.spikes().mean(), l.spikes().sd(),
          Double.isNaN(l.correlationWithLit()) ? "-" : f("%.3f", l.correlationWithLit())));
    }
    out.println();
    out.println("lit pixels per sample          mean       sd     p5    p50    p95");
    distribution(out, "generated", s.lit());
    distribution(out, "real held-out (nonzero)", r.real());
    out.println();
    var m = s.margins();
    long pairs = m.silentPairs() + m.firedPairs();
    out.println("output margin: final potential / threshold, over (sample, pixel) pairs");
    out.println(f("  silent pixels: %d pairs (%.1f%% of all)        share of silent   share of all", m.silentPairs(),
        100.0 * m.silentPairs() / pairs));
    bins(out, m.silent(), pairs);
    out.println(f("  fired pixels: %d pairs (%.1f%% of all)         share of fired    share of all", m.firedPairs(),
        100.0 * m.firedPairs() / pairs));
    bins(out, m.fired(), pairs);
    out.println(m.samplesWithLateInputs() == 0
        ? "  no pixel-layer input spiked at window-2 in any sample: the final potential is the kernel's potential at window-3"
        : f("  in %d samples a pixel-layer input spiked at window-2: there the final potential includes it, the kernel's"
            + " potential at window-3 does not", m.samplesWithLateInputs()));
    if (m.samplesWithIgnoredInputs() > 0) {
      out.println(f("  in %d samples a pixel-layer input spiked at window-1: too late to make a pixel fire, not counted",
          m.samplesWithIgnoredInputs()));
    }
    var c = r.quality();
    out.println();
    out.println("quality (evaluation classifier " + classifier + ")");
    out.println("                                                    FD   confident   score");
    quality(out, f("all %d samples", c.all().samples()), c.all());
    String sel = f("first %d with lit pixels in [%d, %d]", c.passed(), c.low(), c.high());
    if (c.inRange() == null) {
      out.println(f("  %-46s   (fewer than 2 passed)", sel));
    } else {
      quality(out, sel, c.inRange());
    }
    out.println(f("  (%d noise samples drawn for them%s)", c.drawn(),
        c.passed() < s.samples() ? f("; only %d of %d passed within %dx", c.passed(), s.samples(),
            GeneratorDiagnosis.MAX_DRAW_FACTOR) : ""));
    if (c.inRange() != null) {
      out.println(f("cost of brightness outliers: FD %.1f -> %.1f (%+.1f)", c.all().frechetDistance(),
          c.inRange().frechetDistance(), c.all().frechetDistance() - c.inRange().frechetDistance()));
    }
  }

  private static void distribution(PrintWriter out, String label, Distribution d) {
    out.println(f("  %-26s %7.1f  %7.1f  %5d  %5d  %5d", label, d.mean(), d.sd(), d.p5(), d.p50(), d.p95()));
  }

  private static void bins(PrintWriter out, List<Bin> bins, long pairs) {
    for (Bin b : bins) {
      out.println(f("    %-14s %10d   %13.1f%%  %12.1f%%", b.range(), b.count(), 100 * b.share(), 100.0 * b.count() / pairs));
    }
  }

  private static void quality(PrintWriter out, String label, QualityReport q) {
    out.println(f("  %-46s %7.1f  %8.1f%%  %6.3f", label, q.frechetDistance(), 100 * q.confidentShare(),
        q.classifierScore()));
  }

  private ObjectNode toJson(GeneratorDiagnosis.Result r, int epoch, long seed, String trainedOn, TrainTestData data,
      String classifier) {
    ObjectNode root = JSON.createObjectNode();
    root.put("run", run.toAbsolutePath().normalize().toString());
    root.put("epoch", epoch);
    root.put("seed", seed);
    root.put("trainedOn", trainedOn);
    root.put("realDigits", data.description());
    root.put("classifier", classifier);
    root.put("samples", r.generator().samples());
    ArrayNode layers = root.putArray("layers");
    for (LayerSpikes l : r.generator().layers()) {
      ObjectNode n = layers.addObject();
      n.put("layer", l.layer());
      n.put("neurons", l.neurons());
      n.set("spikes", distribution(l.spikes()));
      putNumber(n, "correlationWithLit", l.correlationWithLit());
    }
    root.set("litPixels", distribution(r.generator().lit()));
    root.set("realNonzeroPixels", distribution(r.real()));
    var m = r.generator().margins();
    ObjectNode margins = root.putObject("outputMargins");
    margins.put("silentPairs", m.silentPairs());
    margins.set("silent", bins(m.silent()));
    margins.put("firedPairs", m.firedPairs());
    margins.set("fired", bins(m.fired()));
    margins.put("samplesWithLateInputs", m.samplesWithLateInputs());
    margins.put("samplesWithIgnoredInputs", m.samplesWithIgnoredInputs());
    var c = r.quality();
    ObjectNode q = root.putObject("brightnessCost");
    q.put("low", c.low());
    q.put("high", c.high());
    q.put("drawn", c.drawn());
    q.put("passed", c.passed());
    q.set("all", quality(c.all()));
    if (c.inRange() == null) {
      q.putNull("inRange");
    } else {
      q.set("inRange", quality(c.inRange()));
    }
    return root;
  }

  private static ObjectNode distribution(Distribution d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("count", d.count());
    n.put("mean", d.mean());
    n.put("sd", d.sd());
    n.put("p5", d.p5());
    n.put("p50", d.p50());
    n.put("p95", d.p95());
    return n;
  }

  private static ArrayNode bins(List<Bin> bins) {
    ArrayNode a = JSON.createArrayNode();
    for (Bin b : bins) {
      ObjectNode n = a.addObject();
      n.put("range", b.range());
      n.put("count", b.count());
      n.put("share", b.share());
    }
    return a;
  }

  private static ObjectNode quality(QualityReport r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("samples", r.samples());
    putNumber(n, "frechetDistance", r.frechetDistance());
    putNumber(n, "realFloor", r.realFloor());
    putNumber(n, "classifierScore", r.classifierScore());
    n.put("confidentShare", r.confidentShare());
    return n;
  }

  /** JSON has no NaN: an undefined number is null. */
  private static void putNumber(ObjectNode n, String name, double v) {
    if (Double.isFinite(v)) {
      n.put(name, v);
    } else {
      n.putNull(name);
    }
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
