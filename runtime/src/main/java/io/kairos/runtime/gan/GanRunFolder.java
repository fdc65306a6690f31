package io.kairos.runtime.gan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.compiler.run.Npy;
import io.kairos.compiler.run.RunFormatException;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.runtime.engine.TtfsNetwork;
import io.kairos.runtime.engine.WeightOptimizer;
import io.kairos.runtime.train.RunFiles;
import io.kairos.runtime.train.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A GAN training run's folder (docs/gan.md, "Run folder"): the same layout as a classifier run
 * ({@link RunFolder}: {@code run.json}, {@code model.json} + {@code weights/}, {@code
 * metrics.jsonl}, {@code checkpoint.json} committing {@code checkpoints/epoch-NNNN/}), with {@code
 * "kind": "gan"} in the manifest, both networks in the checkpoint (and, with a generator average,
 * the averaged G in {@code generator-average/}), and a sample grid {@code samples/epoch-NNNN.png}
 * per epoch. With a generator average, the top-level {@code weights/} generator is the averaged G.
 */
public final class GanRunFolder {
  public static final String KIND = "gan";
  public static final String SAMPLES_DIR = "samples";
  /** The checkpoint folder of the averaged G (docs/gan.md, "Generator average"); absent when the average is off. */
  public static final String GENERATOR_AVERAGE_DIR = "generator-average";

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Path dir;

  /**
   * The state a GAN run continues from.
   *
   * @param generator the raw G (the one training continues)
   * @param generatorAverage the averaged G, or null when the checkpoint holds none (average off, or
   *     a run folder written before the option existed)
   */
  public record Checkpoint(int epoch, List<WeightMatrix> generator, List<WeightMatrix> discriminator,
      List<WeightMatrix> generatorOptimizer, List<WeightMatrix> discriminatorOptimizer, long generatorSteps,
      long discriminatorSteps, List<GanEpochMetrics> metrics, List<WeightMatrix> generatorAverage) {}

  private GanRunFolder(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  public static GanRunFolder create(Path dir, GanConfig config, String data) throws IOException {
    if (RunFolder.holdsRun(dir)) {
      throw new RunFormatException(dir + " already holds a training run; use --resume to continue it or choose another --out");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new RunFormatException(dir + " is a file, not a run folder");
    }
    Files.createDirectories(dir);
    ObjectNode m = JSON.createObjectNode();
    m.put("format", 1);
    m.put("kind", KIND);
    m.put("model", config.model().name());
    m.put("generator", config.training().generator());
    m.put("discriminator", config.training().discriminator());
    m.put("data", data);
    m.put("epochs", config.epochs());
    m.put("batch", config.training().batch());
    m.put("seed", config.training().seed());
    m.put("silentSurrogate", config.options().silentSurrogate());
    m.put("featureMatching", config.options().featureMatching());
    m.put("featureSpread", config.options().featureSpread());
    m.put("hiddenRate", config.options().hiddenRate());
    m.put("hiddenRateWeight", config.options().hiddenRateWeight());
    m.put("lateSurrogate", config.options().lateSurrogate());
    m.put("started", java.time.Instant.now().toString());
    AtomicFiles.writeString(dir.resolve(RunFolder.MANIFEST), PRETTY.writeValueAsString(m) + "\n");
    return new GanRunFolder(dir);
  }

  /**
   * Opens a GAN run folder.
   *
   * @throws RunFormatException when {@code dir} is not a run folder, or holds a classifier run
   */
  public static GanRunFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RunFormatException(dir + " is not a Kairos run folder (it does not exist)");
    }
    Path manifest = dir.resolve(RunFolder.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new RunFormatException(dir + " is not a Kairos run folder (it has no " + RunFolder.MANIFEST + ")");
    }
    String kind = RunFiles.readJson(manifest).path("kind").asText("classifier");
    if (!KIND.equals(kind)) {
      throw new RunFormatException(
          dir + " holds a " + kind + " training run, not a GAN run; a GAN cannot continue it (choose another --out)");
    }
    return new GanRunFolder(dir);
  }

  /** True when {@code dir}'s manifest says it is a GAN run. */
  public static boolean isGanRun(Path dir) {
    Path manifest = dir.resolve(RunFolder.MANIFEST);
    return Files.isRegularFile(manifest) && KIND.equals(RunFiles.readJson(manifest).path("kind").asText(""));
  }

  public String manifest(String name) {
    JsonNode n = RunFiles.readJson(dir.resolve(RunFolder.MANIFEST)).get(name);
    if (n == null) {
      throw new RunFormatException(dir.resolve(RunFolder.MANIFEST) + " has no \"" + name + "\"");
    }
    return n.asText();
  }

  /** A manifest entry, or {@code fallback} when the run predates it. */
  public String manifestOr(String name, String fallback) {
    JsonNode n = RunFiles.readJson(dir.resolve(RunFolder.MANIFEST)).get(name);
    return n == null ? fallback : n.asText();
  }

  public Model model() {
    Path f = dir.resolve(TrainedModel.MODEL_FILE);
    if (!Files.isRegularFile(f)) {
      throw new RunFormatException(dir + " has no " + TrainedModel.MODEL_FILE + " yet (no epoch was committed)");
    }
    try {
      return IrJson.read(Files.readString(f));
    } catch (io.kairos.compiler.ir.IrFormatException e) {
      throw new RunFormatException(f + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean hasCheckpoint() {
    return Files.isRegularFile(dir.resolve(RunFolder.CHECKPOINT));
  }

  public Checkpoint checkpoint(TtfsNetwork g, TtfsNetwork d) {
    if (!hasCheckpoint()) {
      throw new RunFormatException(dir + " has no committed checkpoint to resume from");
    }
    JsonNode c = RunFiles.readJson(dir.resolve(RunFolder.CHECKPOINT));
    int epoch = c.path("epoch").asInt(-1);
    String rel = c.path("path").asText("");
    Path cp = dir.resolve(rel);
    if (epoch < 1 || rel.isEmpty() || !Files.isDirectory(cp)) {
      throw new RunFormatException(dir.resolve(RunFolder.CHECKPOINT) + " does not name a checkpoint folder");
    }
    try {
      List<GanEpochMetrics> metrics = readMetrics().stream().filter(m -> m.epoch() <= epoch).toList();
      Path average = cp.resolve(GENERATOR_AVERAGE_DIR);
      return new Checkpoint(epoch, readLayers(cp.resolve("generator"), g), readLayers(cp.resolve("discriminator"), d),
          readState(cp.resolve("optimizer-generator")), readState(cp.resolve("optimizer-discriminator")),
          c.path("generatorSteps").asLong(0), c.path("discriminatorSteps").asLong(0), metrics,
          Files.isDirectory(average) ? readLayers(average, g) : null);
    } catch (IOException e) {
      throw new RunFormatException(cp + ": incomplete checkpoint (" + e.getMessage() + ")");
    }
  }

  private static List<WeightMatrix> readLayers(Path folder, TtfsNetwork net) throws IOException {
    var out = new ArrayList<WeightMatrix>();
    for (var layer : net.layers()) {
      out.add(Npy.read(folder.resolve(layer.name() + ".npy")));
    }
    return out;
  }

  private static List<WeightMatrix> readState(Path folder) throws IOException {
    var out = new ArrayList<WeightMatrix>();
    for (int k = 0; Files.isRegularFile(folder.resolve(k + ".npy")); k++) {
      out.add(Npy.read(folder.resolve(k + ".npy")));
    }
    return out;
  }

  public List<GanEpochMetrics> readMetrics() throws IOException {
    return RunFiles.readJsonLines(dir.resolve(RunFolder.METRICS), GanEpochMetrics.class);
  }

  public Path samplePng(int epoch) {
    return dir.resolve(SAMPLES_DIR).resolve(String.format("epoch-%04d.png", epoch));
  }

  /**
   * Writes the epoch's files, then commits them by atomically rewriting {@code checkpoint.json}.
   *
   * @param generatorAverage the averaged G's weights, or null when the average is off; when given
   *     they go to the checkpoint's {@code generator-average/} and are the top-level generator
   */
  public void commitEpoch(Model model, TtfsNetwork g, List<WeightMatrix> generatorAverage, TtfsNetwork d,
      WeightOptimizer gOpt, WeightOptimizer dOpt, List<GanEpochMetrics> metrics, byte[] png) throws IOException {
    int epoch = metrics.get(metrics.size() - 1).epoch();
    String rel = RunFolder.CHECKPOINTS_DIR + "/epoch-" + String.format("%04d", epoch);
    Path cp = dir.resolve(rel);
    List<WeightMatrix> gw = g.weights();
    List<WeightMatrix> dw = d.weights();
    writeLayers(cp.resolve("generator"), g, gw);
    writeLayers(cp.resolve("discriminator"), d, dw);
    if (generatorAverage != null) {
      writeLayers(cp.resolve(GENERATOR_AVERAGE_DIR), g, generatorAverage);
    }
    writeState(cp.resolve("optimizer-generator"), gOpt.state());
    writeState(cp.resolve("optimizer-discriminator"), dOpt.state());
    AtomicFiles.write(samplePng(epoch), png);
    new TrainedModel(model, Map.of(g.name(), generatorAverage != null ? generatorAverage : gw, d.name(), dw)).save(dir);
    StringBuilder lines = new StringBuilder();
    for (GanEpochMetrics m : metrics) {
      lines.append(JSON.writeValueAsString(m)).append('\n');
    }
    AtomicFiles.writeString(dir.resolve(RunFolder.METRICS), lines.toString());
    ObjectNode c = JSON.createObjectNode();
    c.put("epoch", epoch);
    c.put("path", rel);
    c.put("generatorSteps", gOpt.steps());
    c.put("discriminatorSteps", dOpt.steps());
    AtomicFiles.writeString(dir.resolve(RunFolder.CHECKPOINT), PRETTY.writeValueAsString(c) + "\n");
    RunFiles.deleteCheckpointsExcept(dir.resolve(RunFolder.CHECKPOINTS_DIR), cp);
  }

  private static void writeLayers(Path folder, TtfsNetwork net, List<WeightMatrix> w) throws IOException {
    for (int l = 0; l < w.size(); l++) {
      Npy.write(folder.resolve(net.layers().get(l).name() + ".npy"), w.get(l));
    }
  }

  private static void writeState(Path folder, List<WeightMatrix> state) throws IOException {
    Files.createDirectories(folder);
    for (int k = 0; k < state.size(); k++) {
      Npy.write(folder.resolve(k + ".npy"), state.get(k));
    }
  }
}
