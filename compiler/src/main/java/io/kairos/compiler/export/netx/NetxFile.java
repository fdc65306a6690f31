package io.kairos.compiler.export.netx;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.kairos.compiler.export.Hdf5Files;
import io.kairos.compiler.export.InterchangeException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@link NetxNetwork}s as NetX HDF5 (lava-dl {@code netx/hdf5.py} and {@code
 * netx/utils.py}): {@code /layer/<i>/type} is a one-element ASCII string array; {@code shape} an
 * integer array; {@code inFeatures}, {@code outFeatures} integer scalars; {@code weight} float32
 * {@code [out, in]} (Lava reads it with {@code astype(int)}); {@code bias} float32 {@code [out]};
 * {@code neuron/} holds {@code type} and the integer scalars {@code iDecay}, {@code vDecay},
 * {@code vThMant}, {@code refDelay}. Kairos's additions live under {@code /kairos/}, which Lava
 * does not read.
 */
public final class NetxFile {
  private NetxFile() {}

  public static void write(NetxNetwork net, Path file) throws IOException {
    Hdf5Files.writeAtomically(file, h -> {
      WritableGroup layers = h.putGroup("layer");
      for (int i = 0; i < net.layers().size(); i++) {
        NetxNetwork.Layer l = net.layers().get(i);
        WritableGroup g = layers.putGroup(Integer.toString(i));
        g.putDataset("type", new String[] {l.type()});
        if (l.shape().length > 0) {
          g.putDataset("shape", l.shape());
        }
        if (l.weight() != null) {
          g.putDataset("inFeatures", l.inFeatures());
          g.putDataset("outFeatures", l.outFeatures());
          g.putDataset("weight", matrix(l.weight(), l.outFeatures(), l.inFeatures()));
        }
        if (l.bias() != null) {
          g.putDataset("bias", l.bias());
        }
        if (l.neuron() != null) {
          WritableGroup n = g.putGroup("neuron");
          n.putDataset("type", new String[] {l.neuron().type()});
          n.putDataset("iDecay", l.neuron().iDecay());
          n.putDataset("vDecay", l.neuron().vDecay());
          n.putDataset("vThMant", l.neuron().vThMant());
          n.putDataset("refDelay", l.neuron().refDelay());
        }
      }
      WritableGroup k = h.putGroup("kairos");
      k.putDataset("network", net.network());
      k.putDataset("window", net.window());
      k.putDataset("fireOnce", net.fireOnce());
      WritableGroup kl = k.putGroup("layer");
      for (int i = 0; i < net.layers().size(); i++) {
        if (net.layers().get(i).selfWeight() != null) {
          kl.putGroup(Integer.toString(i)).putDataset("selfWeight", net.layers().get(i).selfWeight());
        }
      }
    });
  }

  private static float[][] matrix(float[] w, int rows, int cols) {
    float[][] m = new float[rows][cols];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(w, r * cols, m[r], 0, cols);
    }
    return m;
  }

  /**
   * Reads a NetX file of the layer types Kairos writes ({@code input}, {@code flatten}, {@code dense}).
   *
   * @throws InterchangeException when the file is not HDF5 or not such a description
   */
  public static NetxNetwork read(Path file) throws IOException {
    String where = file.toString();
    return Hdf5Files.read(file, h -> readNetwork(h, where));
  }

  private static NetxNetwork readNetwork(HdfFile h, String where) {
    Group layers = Hdf5Files.group(h, "layer", where);
    List<NetxNetwork.Layer> out = new ArrayList<>();
    for (int i = 0; i < layers.getChildren().size(); i++) {
      Group g = Hdf5Files.group(layers, Integer.toString(i), where);
      String type = Hdf5Files.string(Hdf5Files.dataset(g, "type", where), where);
      int[] shape = g.getChildren().containsKey("shape") ? ints(Hdf5Files.dataset(g, "shape", where), where) : new int[0];
      int in = 0;
      int outF = 0;
      float[] weight = null;
      if (g.getChildren().containsKey("weight")) {
        in = (int) Hdf5Files.scalar(Hdf5Files.dataset(g, "inFeatures", where), where);
        outF = (int) Hdf5Files.scalar(Hdf5Files.dataset(g, "outFeatures", where), where);
        weight = floats(Hdf5Files.dataset(g, "weight", where), where);
      }
      float[] bias = g.getChildren().containsKey("bias") ? floats(Hdf5Files.dataset(g, "bias", where), where) : null;
      NetxNetwork.Neuron neuron = null;
      if (g.getChildren().get("neuron") instanceof Group n) {
        neuron = new NetxNetwork.Neuron(Hdf5Files.string(Hdf5Files.dataset(n, "type", where), where),
            intScalar(n, "iDecay", where), intScalar(n, "vDecay", where), intScalar(n, "vThMant", where),
            intScalar(n, "refDelay", where));
      }
      float[] self = null;
      Node k = null;
      if (h.getChildren().get("kairos") instanceof Group kg && kg.getChildren().get("layer") instanceof Group kl
          && kl.getChildren().get(Integer.toString(i)) instanceof Group sg) {
        k = sg.getChildren().get("selfWeight");
      }
      if (k instanceof Dataset d) {
        self = floats(d, where);
      }
      out.add(new NetxNetwork.Layer(type, shape, in, outF, weight, bias, self, neuron));
    }
    Group kairos = Hdf5Files.group(h, "kairos", where);
    return new NetxNetwork(out, Hdf5Files.string(Hdf5Files.dataset(kairos, "network", where), where),
        (int) Hdf5Files.scalar(Hdf5Files.dataset(kairos, "window", where), where),
        Hdf5Files.string(Hdf5Files.dataset(kairos, "fireOnce", where), where));
  }

  private static int intScalar(Group g, String name, String where) {
    return (int) Hdf5Files.scalar(Hdf5Files.dataset(g, name, where), where);
  }

  private static int[] ints(Dataset d, String where) {
    double[] v = Hdf5Files.doubles(d, where);
    int[] out = new int[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (int) v[k];
    }
    return out;
  }

  private static float[] floats(Dataset d, String where) {
    double[] v = Hdf5Files.doubles(d, where);
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (float) v[k];
    }
    if (out.length == 0) {
      throw new InterchangeException(where + ": " + d.getPath() + " is empty");
    }
    return out;
  }
}
