package io.kairos.compiler.export.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jhdf.HdfFile;
import io.jhdf.api.WritableGroup;
import io.kairos.compiler.export.ExportFixtures;
import io.kairos.compiler.export.ExternalTools;
import io.kairos.compiler.export.Hdf5Files;
import io.kairos.compiler.export.InterchangeException;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NirRoundTripTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"s4nn-mnist.snn, S4nn", "spiking-gan-mnist.snn, Generator", "spiking-gan-mnist.snn, Discriminator"})
  void exportThenImportGivesBackTheModelAndExactlyTheWeights(String example, String network) throws Exception {
    TrainedModel trained = ExportFixtures.example(example, 5, -1, 5);
    Path file = tmp.resolve(network + ".nir");
    NirFile.write(NirExporter.export(trained, network), file);
    TrainedModel back = NirImporter.toTrainedModel(NirFile.read(file), file.toString(), "x", 99);
    assertEquals(trained.model(), back.model());
    assertEquals(List.of(network), List.copyOf(back.weights().keySet()));
    List<WeightMatrix> a = trained.weightsOf(network);
    List<WeightMatrix> b = back.weightsOf(network);
    assertEquals(a.size(), b.size());
    for (int k = 0; k < a.size(); k++) {
      assertEquals(a.get(k), b.get(k), "layer " + k + " weights, bit for bit");
    }
  }

  @Test
  void aSparseNoiseCodeIsStatedAndComesBack() throws Exception {
    TrainedModel base = ExportFixtures.generator(3, 20, 6, 5, 2, 2);
    var m = base.model();
    var encoders = m.encoders().stream()
        .map(e -> e instanceof io.kairos.compiler.ir.NoiseLatencyEncoder
            ? (io.kairos.compiler.ir.Encoder) new io.kairos.compiler.ir.NoiseLatencyEncoder("z", 6, 2, 5) : e)
        .toList();
    TrainedModel trained = new TrainedModel(new io.kairos.compiler.ir.Model(m.schemaVersion(), m.name(), m.window(),
        m.neurons(), encoders, m.networks(), null, null), base.weights());
    NirGraph g = NirExporter.export(trained, "gen");
    assertEquals("latency: 2 of the 6 inputs, chosen uniformly at random, spike once at step floor((1 - z) * 5)"
        + " for z uniform in [0, 1); the others are silent", g.metadata().get("input_coding"));
    Path file = tmp.resolve("gen.nir");
    NirFile.write(g, file);
    assertEquals(trained.model(), NirImporter.toTrainedModel(NirFile.read(file), file.toString(), "x", 99).model());
    assertEquals("latency: value z in [0, 1) spikes once at step floor((1 - z) * time_steps)",
        NirExporter.export(base, "gen").metadata().get("input_coding"));
  }

  @Test
  void theGraphHasNirsNodesEdgesAndStatesTimingInTheMetadata() throws Exception {
    TrainedModel trained = ExportFixtures.classifier(2, 20, 6, 4, 3);
    NirGraph g = NirExporter.export(trained, "net");
    assertEquals(List.of("in", "L1_weights", "L1", "L2_weights", "L2", "output"), List.copyOf(g.nodes().keySet()));
    assertEquals(List.of(new NirGraph.Edge("in", "L1_weights"), new NirGraph.Edge("L1_weights", "L1"),
        new NirGraph.Edge("L1", "L2_weights"), new NirGraph.Edge("L2_weights", "L2"), new NirGraph.Edge("L2", "output")),
        g.edges());
    var f = (NirNode.IntegrateAndFire) g.nodes().get("L2");
    assertEquals(trained.model().networks().get(0).populations().get(1).threshold(), f.vThreshold()[0]);
    assertEquals(1.0, f.r()[2]);
    assertEquals(0.0, f.vReset()[1]);
    assertEquals(1.0, g.metadata().get("dt"));
    assertEquals(20L, g.metadata().get("time_steps"));
    assertEquals(1L, g.metadata().get("projection_delay_steps"));
    assertEquals(1L, g.metadata().get("fire_once"));
  }

  @Test
  void aGraphFromAnotherToolBecomesADenseIfNetwork() throws Exception {
    Path file = tmp.resolve("foreign.nir");
    Hdf5Files.writeAtomically(file, h -> {
      h.putDataset("version", "1.0.2");
      WritableGroup node = h.putGroup("node");
      node.putDataset("type", "NIRGraph");
      WritableGroup nodes = node.putGroup("nodes");
      WritableGroup in = nodes.putGroup("input");
      in.putDataset("type", "Input");
      in.putDataset("shape", new long[] {2, 2});
      WritableGroup aff = nodes.putGroup("fc.1");
      aff.putDataset("type", "Affine");
      aff.putDataset("weight", new double[][] {{0.5, 1, 1.5, 2}, {-1, 0, 1, 2}, {3, 3, 3, 3}});
      aff.putDataset("bias", new double[] {0, 0, 0});
      WritableGroup lif = nodes.putGroup("if.1");
      lif.putDataset("type", "IF");
      lif.putDataset("r", new double[] {1, 2, 1});
      lif.putDataset("v_threshold", new double[] {1.25, 1.25, 1.25});
      WritableGroup out = nodes.putGroup("output");
      out.putDataset("type", "Output");
      out.putDataset("shape", new long[] {3});
      node.putDataset("edges", new String[][] {{"input", "fc.1"}, {"fc.1", "if.1"}, {"if.1", "output"}});
    });
    TrainedModel t = NirImporter.toTrainedModel(NirFile.read(file), file.toString(), "foreign", 64);
    assertEquals(64, t.model().window());
    var net = t.model().network("foreign").orElseThrow();
    assertEquals("if_1", net.populations().get(0).name());
    assertEquals(1.25, net.populations().get(0).threshold());
    assertEquals(4, t.model().encoder("input").orElseThrow().size());
    WeightMatrix w = t.weightsOf("foreign").get(0);
    assertEquals(-2f, w.get(1, 0), "r = 2 scales neuron 1's weights");
    assertEquals(3f, w.get(2, 3));
  }

  @Test
  void unsupportedNodesAreNamedInTheError() throws Exception {
    Path file = tmp.resolve("conv.nir");
    Hdf5Files.writeAtomically(file, h -> {
      h.putDataset("version", "1.0.2");
      WritableGroup node = h.putGroup("node");
      node.putDataset("type", "NIRGraph");
      WritableGroup nodes = node.putGroup("nodes");
      WritableGroup in = nodes.putGroup("input");
      in.putDataset("type", "Input");
      in.putDataset("shape", new long[] {4});
      WritableGroup conv = nodes.putGroup("conv");
      conv.putDataset("type", "Conv2d");
      WritableGroup lif = nodes.putGroup("lif");
      lif.putDataset("type", "LIF");
      node.putDataset("edges", new String[][] {{"input", "conv"}, {"conv", "lif"}});
    });
    var e = assertThrows(InterchangeException.class,
        () -> NirImporter.toTrainedModel(NirFile.read(file), file.toString(), "x", 10));
    assertTrue(e.getMessage().contains("conv (Conv2d), lif (LIF)"), e.getMessage());
    assertTrue(e.getMessage().contains("Kairos imports Input, Linear, Affine, IF, Output"), e.getMessage());
  }

  @Test
  void corruptAndNonNirFilesAreClearErrors() throws Exception {
    TrainedModel trained = ExportFixtures.classifier(3, 20, 5, 3);
    Path good = tmp.resolve("good.nir");
    NirFile.write(NirExporter.export(trained, "net"), good);
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = tmp.resolve("truncated.nir");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    var e1 = assertThrows(InterchangeException.class, () -> NirFile.read(truncated));
    assertTrue(e1.getMessage().startsWith(truncated + " is not a readable HDF5 file"), e1.getMessage());
    Path text = tmp.resolve("text.nir");
    Files.writeString(text, "this is not HDF5\n");
    var e2 = assertThrows(InterchangeException.class, () -> NirFile.read(text));
    assertTrue(e2.getMessage().startsWith(text + " is not a readable HDF5 file"), e2.getMessage());
    Path other = tmp.resolve("other.h5");
    Hdf5Files.writeAtomically(other, h -> h.putDataset("x", new int[] {1, 2}));
    var e3 = assertThrows(InterchangeException.class, () -> NirFile.read(other));
    assertEquals(other + " is an HDF5 file but not a NIR graph (it has no group /node)", e3.getMessage());
  }

  @Test
  void branchingGraphsAreRefused() throws Exception {
    TrainedModel trained = ExportFixtures.classifier(3, 20, 5, 3);
    NirGraph g = NirExporter.export(trained, "net");
    var edges = new java.util.ArrayList<>(g.edges());
    edges.add(new NirGraph.Edge("in", "L1"));
    NirGraph bad = new NirGraph(g.version(), g.nodes(), edges, java.util.Map.of());
    var e = assertThrows(InterchangeException.class, () -> NirImporter.toTrainedModel(bad, "f.nir", "x", 10));
    assertTrue(e.getMessage().contains("node in has 2 outgoing edges"), e.getMessage());
  }

  @Test
  void nirsOwnReaderLogicAcceptsTheFile() throws Exception {
    String python = ExternalTools.pythonWithH5py();
    assumeTrue(python != null, "python3 with h5py is not installed");
    TrainedModel trained = ExportFixtures.classifier(4, 20, 6, 4, 3);
    Path file = tmp.resolve("net.nir");
    NirFile.write(NirExporter.export(trained, "net"), file);
    // what nir/serialization.py's read() does: hdf2dict of /node, bytes decoded, edges as pairs
    String script = String.join("\n",
        "import sys, h5py, numpy as np",
        "f = h5py.File(sys.argv[1], 'r')",
        "assert isinstance(f['version'][()].decode('utf8'), str)",
        "def read(node):",
        "    out = {}",
        "    for k, v in node.items():",
        "        if isinstance(v, h5py.Group): out[k] = read(v)",
        "        else:",
        "            x = v[()]",
        "            out[k] = x.decode('utf8') if isinstance(x, bytes) else x",
        "    return out",
        "g = read(f['node'])",
        "assert g['type'] == 'NIRGraph', g['type']",
        "edges = [(a.decode('utf8'), b.decode('utf8')) for a, b in g['edges']]",
        "nodes = g['nodes']",
        "for a, b in edges: assert a in nodes and b in nodes",
        "assert nodes['in']['type'] == 'Input' and list(nodes['in']['shape']) == [6]",
        "w = nodes['L1_weights']['weight']",
        "assert nodes['L1_weights']['type'] == 'Linear' and w.shape == (4, 6) and w.dtype == np.float32, (w.shape, w.dtype)",
        "n = nodes['L2']",
        "assert n['type'] == 'IF' and n['r'].shape == n['v_threshold'].shape == n['v_reset'].shape == (3,)",
        "assert nodes['output']['type'] == 'Output' and list(nodes['output']['shape']) == [3]",
        "assert g['metadata']['dt'] == 1.0 and g['metadata']['time_steps'] == 20",
        "print('ok', len(nodes), len(edges), float(w[1, 2]))");
    var r = ExternalTools.python(python, tmp, script, file.toString());
    assertEquals(0, r.exitCode(), r.output());
    float w12 = trained.weightsOf("net").get(0).get(1, 2);
    assertEquals("ok 6 5 " + (double) w12, r.output().trim());
  }

  @Test
  void readsAFileWrittenTheWayNirsWriterWritesIt() throws Exception {
    String python = ExternalTools.pythonWithH5py();
    assumeTrue(python != null, "python3 with h5py is not installed");
    Path file = tmp.resolve("py.nir");
    // nir/serialization.py write(): variable-length strings, gzip-compressed arrays
    String script = String.join("\n",
        "import sys, h5py, numpy as np",
        "with h5py.File(sys.argv[1], 'w') as f:",
        "    f.create_dataset('version', data='1.0.4')",
        "    g = f.create_group('node')",
        "    g.create_dataset('type', data='NIRGraph', dtype=h5py.string_dtype())",
        "    n = g.create_group('nodes')",
        "    def node(name, typ, **arrays):",
        "        x = n.create_group(name)",
        "        x.create_dataset('type', data=typ, dtype=h5py.string_dtype())",
        "        for k, v in arrays.items(): x.create_dataset(k, data=v, dtype=v.dtype, compression='gzip')",
        "    node('input', 'Input', shape=np.array([3]))",
        "    node('linear', 'Linear', weight=np.array([[0.25, -0.5, 1.0], [2.0, 0.0, -1.0]], dtype=np.float32))",
        "    node('if', 'IF', r=np.ones(2), v_threshold=np.full(2, 0.75), v_reset=np.zeros(2))",
        "    node('output', 'Output', shape=np.array([2]))",
        "    g.create_dataset('edges', data=[('input', 'linear'), ('linear', 'if'), ('if', 'output')])",
        "    m = g.create_group('metadata')",
        "    m.create_dataset('time_steps', data=32)");
    var r = ExternalTools.python(python, tmp, script, file.toString());
    assertEquals(0, r.exitCode(), r.output());
    TrainedModel t = NirImporter.toTrainedModel(NirFile.read(file), file.toString(), "py", 8);
    assertEquals(32, t.model().window());
    assertEquals(new WeightMatrix(2, 3, new float[] {0.25f, -0.5f, 1f, 2f, 0f, -1f}), t.weightsOf("py").get(0));
    assertEquals(0.75, t.model().networks().get(0).populations().get(0).threshold());
  }

  @Test
  void h5dumpReadsTheFile() throws Exception {
    assumeTrue(ExternalTools.hasH5dump(), "h5dump is not installed");
    Path file = tmp.resolve("dump.nir");
    NirFile.write(NirExporter.export(ExportFixtures.classifier(4, 20, 6, 3), "net"), file);
    var r = ExternalTools.run(List.of("h5dump", "-H", file.toString()), tmp);
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("GROUP \"nodes\"") && r.output().contains("DATASET \"edges\""), r.output());
    assertTrue(HdfFile.class.getName().startsWith("io.jhdf"));
  }
}
