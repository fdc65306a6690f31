package io.kairos.compiler.run;

import io.kairos.compiler.ir.IrFormatException;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.Projection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained model: its IR and one weight matrix per projection of each trained network.
 *
 * <p>On disk (a run folder, see docs/run-folder.md): {@code model.json} (the IR) and {@code
 * weights/<network>/<target population>.npy} (float32 {@code [target, source]}). The runtime
 * writes run folders; the deployment compiler and the exporters read them, which is why the format
 * lives here rather than in the runtime.
 *
 * @param model the IR the weights belong to
 * @param weights per trained network name, one matrix per projection, in projection order
 */
public record TrainedModel(Model model, Map<String, List<WeightMatrix>> weights) {
  public static final String MODEL_FILE = "model.json";
  public static final String WEIGHTS_DIR = "weights";

  public TrainedModel {
    var copy = new LinkedHashMap<String, List<WeightMatrix>>();
    weights.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    weights = java.util.Collections.unmodifiableMap(copy);
    for (var e : weights.entrySet()) {
      Network net =
          model.network(e.getKey())
              .orElseThrow(() -> new IllegalArgumentException("no network " + e.getKey() + " in the model"));
      checkShapes(model, net, e.getValue());
    }
  }

  /** The weights of one network, one matrix per projection. */
  public List<WeightMatrix> weightsOf(String network) {
    List<WeightMatrix> w = weights.get(network);
    if (w == null) {
      throw new IllegalArgumentException("network " + network + " has no trained weights");
    }
    return w;
  }

  /** Writes {@code model.json} and the weight files into {@code dir}, each file atomically. */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (var e : weights.entrySet()) {
      Network net = model.network(e.getKey()).orElseThrow();
      for (int k = 0; k < net.projections().size(); k++) {
        Npy.write(weightFile(dir, net, net.projections().get(k)), e.getValue().get(k));
      }
    }
    AtomicFiles.writeString(dir.resolve(MODEL_FILE), IrJson.write(model));
  }

  /**
   * Loads a run folder: the IR and the weights of every network that has a weight folder.
   *
   * @throws RunFormatException when {@code dir} is not a run folder or a file in it is bad
   */
  public static TrainedModel load(Path dir) throws IOException {
    Path modelFile = dir.resolve(MODEL_FILE);
    if (!Files.isRegularFile(modelFile)) {
      throw new RunFormatException(dir + " is not a Kairos run folder (it has no " + MODEL_FILE + ")");
    }
    Model model;
    try {
      model = IrJson.read(Files.readString(modelFile));
    } catch (IrFormatException e) {
      throw new RunFormatException(modelFile + ": " + e.getMessage());
    }
    var weights = new LinkedHashMap<String, List<WeightMatrix>>();
    for (Network net : model.networks()) {
      if (!Files.isDirectory(dir.resolve(WEIGHTS_DIR).resolve(net.name()))) {
        continue;
      }
      var list = new ArrayList<WeightMatrix>();
      for (Projection p : net.projections()) {
        Path f = weightFile(dir, net, p);
        if (!Files.isRegularFile(f)) {
          throw new RunFormatException(dir + ": missing weight file " + dir.relativize(f));
        }
        list.add(Npy.read(f));
      }
      try {
        checkShapes(model, net, list);
      } catch (IllegalArgumentException e) {
        throw new RunFormatException(dir + ": " + e.getMessage());
      }
      weights.put(net.name(), list);
    }
    if (weights.isEmpty()) {
      throw new RunFormatException(dir + " holds no trained weights (no " + WEIGHTS_DIR + "/<network>/ folder)");
    }
    return new TrainedModel(model, weights);
  }

  public static Path weightFile(Path dir, Network net, Projection p) {
    return dir.resolve(WEIGHTS_DIR).resolve(net.name()).resolve(p.target() + ".npy");
  }

  private static void checkShapes(Model model, Network net, List<WeightMatrix> ws) {
    if (ws.size() != net.projections().size()) {
      throw new IllegalArgumentException(
          "network " + net.name() + " has " + net.projections().size() + " projections but "
              + ws.size() + " weight matrices");
    }
    for (int k = 0; k < ws.size(); k++) {
      Projection p = net.projections().get(k);
      int rows = net.population(p.target()).orElseThrow().size();
      int cols =
          net.population(p.source())
              .map(pop -> pop.size())
              .orElseGet(() -> model.encoder(p.source()).orElseThrow().size());
      WeightMatrix w = ws.get(k);
      if (w.rows() != rows || w.cols() != cols) {
        throw new IllegalArgumentException(
            "weights " + net.name() + "/" + p.target() + " are " + w.rows() + "x" + w.cols()
                + " but the model needs " + rows + "x" + cols);
      }
    }
  }
}
