package io.kairos.compiler.export.netx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.export.ExportFixtures;
import io.kairos.compiler.export.ExternalTools;
import io.kairos.compiler.export.InterchangeException;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetxExportTest {
  @TempDir Path tmp;

  private NetxNetwork exportAndReadBack(DeployFolder f, String net, Path file) throws Exception {
    var encoder = f.model().encoder(f.irNetwork(net).input()).orElseThrow();
    NetxFile.write(NetxExporter.export(f.network(net), encoder), file);
    return NetxFile.read(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"loihi1", "loihi2"})
  void denseWeightsAreTheDeployedIncrementsExactly(String preset) throws Exception {
    var trained = ExportFixtures.classifier(7, 24, 18, 10, 4);
    Path dir = tmp.resolve("deploy");
    DeployedNetwork d = ExportFixtures.deploy(trained, preset, dir);
    NetxNetwork n = exportAndReadBack(DeployFolder.load(dir), "net", tmp.resolve("net.net"));
    FixedPointNetwork deployed = d.networks().get(0).network();
    assertEquals(List.of("input", "flatten", "dense", "dense"), n.layers().stream().map(NetxNetwork.Layer::type).toList());
    assertArrayEquals(new int[] {18, 1, 1}, n.layers().get(0).shape());
    for (int k = 0; k < deployed.layers().size(); k++) {
      FixedPointLayer l = deployed.layers().get(k);
      NetxNetwork.Layer x = n.layers().get(k + 2);
      assertEquals(l.size(), x.outFeatures());
      assertEquals(l.fanIn(), x.inFeatures());
      assertArrayEquals(new int[] {l.size()}, x.shape());
      for (int j = 0; j < l.size(); j++) {
        for (int i = 0; i < l.fanIn(); i++) {
          assertEquals((float) ((long) l.weight(j, i) << l.weightExp()), x.weight()[j * l.fanIn() + i],
              "layer " + k + " weight [" + j + ", " + i + "]");
        }
      }
      assertEquals(new NetxNetwork.Neuron("CUBA", l.du() + 1, l.dv(), l.vthMant(), 1), x.neuron());
      assertEquals(4096, x.neuron().iDecay(), "IF: Lava's du = iDecay - 1 = 4095 clears u");
      assertNull(x.bias());
      if (l.fireOnce() == FireOnce.SELF_INHIBITION && l.selfSynapseCount() > 0) {
        for (int j = 0; j < l.size(); j++) {
          long s = 0;
          for (int m : l.selfMant()[j]) {
            s += (long) m << l.selfExp();
          }
          assertEquals((float) s, x.selfWeight()[j]);
        }
      } else {
        assertNull(x.selfWeight());
      }
    }
    assertEquals(preset.equals("loihi2") ? "one_shot_flag" : "self_inhibition", n.fireOnce());
    assertEquals(24, n.window());
  }

  @Test
  void anImageInputIsChannelHeightWidth() {
    var layer = layer(new int[] {1, -2, 3, 4, 5, 6}, 0, 0, 0);
    var net = new FixedPointNetwork("n", 6, 10, DatapathWidths.LOIHI2, List.of(layer));
    NetxNetwork x = NetxExporter.export(net, new ImageLatencyEncoder("img", 2, 3));
    assertArrayEquals(new int[] {1, 2, 3}, x.layers().get(0).shape());
  }

  @Test
  void weightsLavaWouldClipAreRefused() {
    var net = new FixedPointNetwork("n", 6, 10, DatapathWidths.LOIHI2, List.of(layer(new int[] {127, 1, 1, 1, 1, 1}, 2, 0, 0)));
    var e = assertThrows(InterchangeException.class, () -> NetxExporter.export(net, new NoiseLatencyEncoder("z", 6)));
    assertEquals("network n, layer L: weight 508 (mantissa 127 << 2) is outside NetX's [-256, 254], which Lava would clip",
        e.getMessage());
  }

  @Test
  void aBiasLavaCannotExpressIsRefusedAndAnExpressibleOneIsKept() {
    var odd = new FixedPointNetwork("n", 6, 10, DatapathWidths.LOIHI2, List.of(layer(new int[6], 0, 5, 3)));
    var e = assertThrows(InterchangeException.class, () -> NetxExporter.export(odd, new NoiseLatencyEncoder("z", 6)));
    assertTrue(e.getMessage().contains("bias 5 << 3 is not a multiple of 2^6"), e.getMessage());
    var even = new FixedPointNetwork("n", 6, 10, DatapathWidths.LOIHI2, List.of(layer(new int[6], 0, 3, 7)));
    assertEquals(6f, NetxExporter.export(even, new NoiseLatencyEncoder("z", 6)).layers().get(2).bias()[0]);
  }

  private static FixedPointLayer layer(int[] w, int exp, int biasMant, int biasExp) {
    return new FixedPointLayer("L", 1, w.length, w, exp, 100, 4095, 0, biasMant, biasExp, FireOnce.ONE_SHOT_FLAG, 0,
        new int[][] {{}});
  }

  @Test
  void lavasNetDictAccessPatternsReadTheFile() throws Exception {
    String python = ExternalTools.pythonWithH5py();
    assumeTrue(python != null, "python3 with h5py is not installed");
    var trained = ExportFixtures.classifier(8, 24, 9, 5, 3);
    Path dir = tmp.resolve("deploy");
    ExportFixtures.deploy(trained, "loihi1", dir);
    Path file = tmp.resolve("net.net");
    exportAndReadBack(DeployFolder.load(dir), "net", file);
    // lava-dl netx/utils.py NetDict and netx/hdf5.py Network._create / get_neuron_params / create_dense
    String script = String.join("\n",
        "import sys, h5py, numpy as np",
        "f = h5py.File(sys.argv[1], 'r')",
        "def string(v):",
        "    v = v[0] if len(v.shape) > 0 else v[()]",
        "    return v.decode('ascii')",
        "layers = f['layer']",
        "types = [string(layers[f'{i}']['type']) for i in range(len(layers))]",
        "assert types == ['input', 'flatten', 'dense', 'dense'], types",
        "assert tuple(layers['0']['shape'][()][::-1]) == (1, 1, 9)",
        "for i in (2, 3):",
        "    l = layers[f'{i}']",
        "    n = l['neuron']",
        "    assert string(n['type']) == 'CUBA'",
        "    du = n['iDecay'][()] - 1; dv = n['vDecay'][()]; vth = n['vThMant'][()]",
        "    assert du == 4095 and dv == 0 and vth > 0, (du, dv, vth)",
        "    w = l['weight'][()].astype(int).copy()",
        "    assert w.shape == (int(np.prod(l['shape'][()])), l['inFeatures'][()]), w.shape",
        "    assert w.min() >= -256 and w.max() <= 254",
        "    assert np.array_equal(w, l['weight'][()]), 'weights are integers'",
        "    assert 'delay' not in l.keys()",
        "print('ok')");
    var r = ExternalTools.python(python, tmp, script, file.toString());
    assertEquals(0, r.exitCode(), r.output());
    assertEquals("ok", r.output().trim());
  }
}
