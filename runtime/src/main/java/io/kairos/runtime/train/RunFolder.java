package io.kairos.runtime.train;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training run's folder (docs/run-folder.md): the {@link TrainedModel} files ({@code model.json},
 * {@code weights/}), {@code run.json} (manifest), {@code metrics.jsonl}, and the last checkpoint
 * ({@code checkpoints/epoch-NNNN/}, committed by atomically rewriting {@code checkpoint.json}).
 */
public final class RunFolder {
  public static final String MANIFEST = "run.json";
  public static final String METRICS = "metrics.jsonl";
  public static final String CHECKPOINT = "checkpoint.json";
  public static final String CHECKPOINTS_DIR = "checkpoints";

  static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Path dir;

  /** The state a run can continue from. */
  public record Checkpoint(int epoch, List<WeightMatrix> weights, List<WeightMatrix> optimizerState,
      long optimizerSteps, List<EpochMetrics> metrics) {}

  private RunFolder(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** True when {@code dir} already holds a run (a manifest, a checkpoint or a model). */
  public static boolean holdsRun(Path dir) {
    return Files.exists(dir.resolve(MANIFEST)) || Files.exists(dir.resolve(CHECKPOINT))
        || Files.exists(dir.resolve(TrainedModel.MODEL_FILE));
  }

  /**
   * Starts a new run in {@code dir}, writing its manifest.
   *
   * @throws RunFormatException when {@code dir} already holds a run (nothing is overwritten)
   */
  public static RunFolder create(Path dir, TrainingConfig config, String data) throws IOException {
    if (holdsRun(dir)) {
      throw new RunFormatException(dir + " already holds a training run; use --resume to continue it or choose another --out");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new RunFormatException(dir + " is a file, not a run folder");
    }
    Files.createDirectories(dir);
    ObjectNode m = JSON.createObjectNode();
    m.put("format", 1);
    m.put("model", config.model().name());
    m.put("network", config.training().network());
    m.put("data", data);
    m.put("epochs", config.epochs());
    m.put("batch", config.training().batch());
    m.put("seed", config.training().seed());
    m.put("started", java.time.Instant.now().toString());
    AtomicFiles.writeString(dir.resolve(MANIFEST), PRETTY.writeValueAsString(m) + "\n");
    return new RunFolder(dir);
  }

  /**
   * Opens an interrupted run to continue it.
   *
   * @throws RunFormatException when {@code dir} is not a run folder with a checkpoint
   */
  public static RunFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RunFormatException(dir + " is not a Kairos run folder (it does not exist)");
    }
    if (!Files.isRegularFile(dir.resolve(MANIFEST)) || !Files.isRegularFile(dir.resolve(CHECKPOINT))
        || !Files.isRegularFile(dir.resolve(TrainedModel.MODEL_FILE))) {
      throw new RunFormatException(
          dir + " is not a Kairos run folder with a checkpoint (it needs " + MANIFEST + ", " + CHECKPOINT
              + " and " + TrainedModel.MODEL_FILE + ")");
    }
    return new RunFolder(dir);
  }

  /** The run's manifest field {@code name} as text. */
  public String manifest(String name) {
    JsonNode n = RunFiles.readJson(dir.resolve(MANIFEST)).get(name);
    if (n == null) {
      throw new RunFormatException(dir.resolve(MANIFEST) + " has no \"" + name + "\"");
    }
    return n.asText();
  }

  /** The IR the run trains. */
  public Model model() {
    try {
      return IrJson.read(Files.readString(dir.resolve(TrainedModel.MODEL_FILE)));
    } catch (io.kairos.compiler.ir.IrFormatException e) {
      throw new RunFormatException(dir.resolve(TrainedModel.MODEL_FILE) + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the last committed checkpoint. */
  public Checkpoint checkpoint(TtfsNetwork net) {
    JsonNode c = RunFiles.readJson(dir.resolve(CHECKPOINT));
    int epoch = c.path("epoch").asInt(-1);
    String rel = c.path("path").asText("");
    Path cp = dir.resolve(rel);
    if (epoch < 1 || rel.isEmpty() || !Files.isDirectory(cp)) {
      throw new RunFormatException(dir.resolve(CHECKPOINT) + " does not name a checkpoint folder");
    }
    try {
      var weights = new ArrayList<WeightMatrix>();
      for (var layer : net.layers()) {
        weights.add(Npy.read(cp.resolve("weights").resolve(layer.name() + ".npy")));
      }
      var state = new ArrayList<WeightMatrix>();
      int k = 0;
      while (Files.isRegularFile(cp.resolve("optimizer").resolve(k + ".npy"))) {
        state.add(Npy.read(cp.resolve("optimizer").resolve(k + ".npy")));
        k++;
      }
      List<EpochMetrics> metrics = readMetrics().stream().filter(m -> m.epoch() <= epoch).toList();
      return new Checkpoint(epoch, weights, state, c.path("optimizerSteps").asLong(0), metrics);
    } catch (IOException e) {
      throw new RunFormatException(cp + ": incomplete checkpoint (" + e.getMessage() + ")");
    }
  }

  /** Metrics lines written so far. */
  public List<EpochMetrics> readMetrics() throws IOException {
    return RunFiles.readJsonLines(dir.resolve(METRICS), EpochMetrics.class);
  }

  /**
   * Records a finished epoch: checkpoint files, the run's weights and model, the metrics, and
   * last {@code checkpoint.json}, whose atomic rewrite commits the epoch.
   */
  public void commitEpoch(Model model, TtfsNetwork net, WeightOptimizer optimizer, List<EpochMetrics> metrics)
      throws IOException {
    int epoch = metrics.get(metrics.size() - 1).epoch();
    String rel = CHECKPOINTS_DIR + "/epoch-" + String.format("%04d", epoch);
    Path cp = dir.resolve(rel);
    List<WeightMatrix> weights = net.weights();
    for (int l = 0; l < weights.size(); l++) {
      Npy.write(cp.resolve("weights").resolve(net.layers().get(l).name() + ".npy"), weights.get(l));
    }
    List<WeightMatrix> state = optimizer.state();
    for (int k = 0; k < state.size(); k++) {
      Npy.write(cp.resolve("optimizer").resolve(k + ".npy"), state.get(k));
    }
    new TrainedModel(model, Map.of(net.name(), weights)).save(dir);
    StringBuilder lines = new StringBuilder();
    for (EpochMetrics m : metrics) {
      lines.append(JSON.writeValueAsString(m)).append('\n');
    }
    AtomicFiles.writeString(dir.resolve(METRICS), lines.toString());
    ObjectNode c = JSON.createObjectNode();
    c.put("epoch", epoch);
    c.put("path", rel);
    c.put("optimizerSteps", optimizer.steps());
    AtomicFiles.writeString(dir.resolve(CHECKPOINT), PRETTY.writeValueAsString(c) + "\n");
    RunFiles.deleteCheckpointsExcept(dir.resolve(CHECKPOINTS_DIR), cp);
  }
}
