package io.kairos.compiler.export.nir;

import static io.kairos.compiler.export.nir.NirNames.*;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.kairos.compiler.export.Hdf5Files;
import io.kairos.compiler.export.InterchangeException;
import io.kairos.compiler.run.WeightMatrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link NirGraph}s in NIR's HDF5 layout (neuromorphs/NIR {@code
 * serialization.py}): a root string dataset {@code version}; a group {@code node} with {@code
 * type = "NIRGraph"}, a group {@code nodes} holding one group per node (a string dataset {@code
 * type} and one dataset per parameter), a string dataset {@code edges} of shape {@code (n, 2)}
 * holding (source, target) names, and an optional group {@code metadata}.
 */
public final class NirFile {
  private NirFile() {}

  public static void write(NirGraph graph, Path file) throws IOException {
    Hdf5Files.writeAtomically(file, h -> {
      h.putDataset(VERSION, graph.version());
      WritableGroup root = h.putGroup(NODE);
      root.putDataset(TYPE, GRAPH);
      WritableGroup nodes = root.putGroup(NODES);
      graph.nodes().forEach((name, node) -> writeNode(nodes.putGroup(name), node));
      String[][] edges = new String[graph.edges().size()][];
      for (int k = 0; k < edges.length; k++) {
        edges[k] = new String[] {graph.edges().get(k).source(), graph.edges().get(k).target()};
      }
      root.putDataset(EDGES, edges);
      if (!graph.metadata().isEmpty()) {
        WritableGroup meta = root.putGroup(METADATA);
        graph.metadata().forEach(meta::putDataset);
      }
    });
  }

  private static void writeNode(WritableGroup g, NirNode node) {
    g.putDataset(TYPE, typeOf(node));
    if (node instanceof NirNode.Input in) {
      g.putDataset(SHAPE, in.shape());
    } else if (node instanceof NirNode.Output out) {
      g.putDataset(SHAPE, out.shape());
    } else if (node instanceof NirNode.Linear l) {
      g.putDataset(WEIGHT, matrix(l.weight()));
    } else if (node instanceof NirNode.Affine a) {
      g.putDataset(WEIGHT, matrix(a.weight()));
      g.putDataset(BIAS, a.bias());
    } else if (node instanceof NirNode.IntegrateAndFire f) {
      g.putDataset(R, f.r());
      g.putDataset(V_THRESHOLD, f.vThreshold());
      g.putDataset(V_RESET, f.vReset());
    } else {
      throw new IllegalArgumentException("cannot write NIR node type " + typeOf(node));
    }
  }

  private static float[][] matrix(WeightMatrix w) {
    float[][] m = new float[w.rows()][w.cols()];
    for (int r = 0; r < w.rows(); r++) {
      System.arraycopy(w.data(), r * w.cols(), m[r], 0, w.cols());
    }
    return m;
  }

  /**
   * Reads a NIR file. Nodes of kinds Kairos does not support are read as {@link
   * NirNode.Unsupported}; nested graphs too.
   *
   * @throws InterchangeException when the file is not HDF5 or not in NIR's layout
   */
  public static NirGraph read(Path file) throws IOException {
    String where = file.toString();
    return Hdf5Files.read(file, h -> readGraph(h, where));
  }

  private static NirGraph readGraph(HdfFile h, String where) {
    if (!(h.getChildren().get(NODE) instanceof Group)) {
      throw new InterchangeException(where + " is an HDF5 file but not a NIR graph (it has no group /" + NODE + ")");
    }
    String version = h.getChildren().get(VERSION) instanceof Dataset v ? Hdf5Files.string(v, where) : "";
    Group root = Hdf5Files.group(h, NODE, where);
    String type = Hdf5Files.string(Hdf5Files.dataset(root, TYPE, where), where);
    if (!type.equals(GRAPH)) {
      throw new InterchangeException(where + ": the root node is a " + type + ", not a " + GRAPH);
    }
    Map<String, NirNode> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : Hdf5Files.group(root, NODES, where).getChildren().entrySet()) {
      if (!(e.getValue() instanceof Group g)) {
        throw new InterchangeException(where + ": node " + e.getKey() + " is not a group");
      }
      nodes.put(e.getKey(), readNode(g, where + ": node " + e.getKey()));
    }
    List<NirGraph.Edge> edges = new ArrayList<>();
    Object raw = Hdf5Files.dataset(root, EDGES, where).getData();
    if (!(raw instanceof String[][] pairs)) {
      throw new InterchangeException(where + ": /node/edges is not an (n, 2) array of node names");
    }
    for (String[] p : pairs) {
      if (p.length != 2) {
        throw new InterchangeException(where + ": /node/edges is not an (n, 2) array of node names");
      }
      edges.add(new NirGraph.Edge(p[0], p[1]));
    }
    Map<String, Object> meta = new TreeMap<>();
    if (root.getChildren().get(METADATA) instanceof Group m) {
      for (Map.Entry<String, Node> e : m.getChildren().entrySet()) {
        if (e.getValue() instanceof Dataset d) {
          Object v = d.getData();
          if (v instanceof String || v instanceof Double || v instanceof Long) {
            meta.put(e.getKey(), v);
          } else if (v instanceof Number n) {
            meta.put(e.getKey(), v instanceof Float ? (Object) n.doubleValue() : (Object) n.longValue());
          }
        }
      }
    }
    return new NirGraph(version, nodes, edges, meta);
  }

  private static NirNode readNode(Group g, String where) {
    String type = Hdf5Files.string(Hdf5Files.dataset(g, TYPE, where), where);
    switch (type) {
      case INPUT:
        return new NirNode.Input(longs(Hdf5Files.dataset(g, SHAPE, where), where));
      case OUTPUT:
        return new NirNode.Output(longs(Hdf5Files.dataset(g, SHAPE, where), where));
      case LINEAR:
        return new NirNode.Linear(weights(Hdf5Files.dataset(g, WEIGHT, where), where));
      case AFFINE:
        return new NirNode.Affine(weights(Hdf5Files.dataset(g, WEIGHT, where), where),
            Hdf5Files.doubles(Hdf5Files.dataset(g, BIAS, where), where));
      case IF: {
        double[] r = Hdf5Files.doubles(Hdf5Files.dataset(g, R, where), where);
        double[] th = Hdf5Files.doubles(Hdf5Files.dataset(g, V_THRESHOLD, where), where);
        // NIR's reader defaults a missing v_reset to zeros
        double[] reset = g.getChildren().get(V_RESET) instanceof Dataset d
            ? Hdf5Files.doubles(d, where) : new double[th.length];
        if (r.length != th.length || reset.length != th.length) {
          throw new InterchangeException(where + ": r, v_threshold and v_reset have different sizes ("
              + r.length + ", " + th.length + ", " + reset.length + ")");
        }
        return new NirNode.IntegrateAndFire(r, th, reset);
      }
      default:
        return new NirNode.Unsupported(type);
    }
  }

  private static long[] longs(Dataset d, String where) {
    double[] v = Hdf5Files.doubles(d, where);
    long[] out = new long[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (long) v[k];
      if (out[k] != v[k] || out[k] < 1) {
        throw new InterchangeException(where + ": " + d.getPath() + " is not a shape of positive integers");
      }
    }
    return out;
  }

  private static WeightMatrix weights(Dataset d, String where) {
    int[] dims = d.getDimensions();
    if (dims.length != 2 || dims[0] < 1 || dims[1] < 1) {
      throw new InterchangeException(where + ": weight must be a 2-D [out, in] matrix, has shape "
          + java.util.Arrays.toString(dims));
    }
    double[] v = Hdf5Files.doubles(d, where);
    float[] f = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      f[k] = (float) v[k];
    }
    return new WeightMatrix(dims[0], dims[1], f);
  }
}
