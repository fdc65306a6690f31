package io.kairos.compiler.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.quantise.LayerQuantisation;
import io.kairos.compiler.deploy.quantise.ScaleLimit;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scale_quantile.NETWORK/LAYER}: a per-layer override of the deployment's scale quantile. */
class LayerScaleQuantileTest {
  private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");

  @TempDir Path tmp;

  private static TrainedModel model() {
    var rnd = new SplittableRandom(4);
    int[] sizes = {16, 8, 4};
    return DeployFixtures.ifModel(20, sizes, new double[] {2, 1.5}, DeployFixtures.weights(sizes, () -> rnd.nextDouble(-0.5, 1)));
  }

  private static DeployedNetwork deploy(Map<String, Double> settings) {
    return Deployer.deploy(model(), List.of("net"), LOIHI1, settings);
  }

  private static LayerQuantisation report(DeployedNetwork d, int layer) {
    return d.quantisation().get(0).layers().get(layer);
  }

  private static int[] mantissas(DeployedNetwork d, int layer) {
    return d.networks().get(0).network().layers().get(layer).weightMant();
  }

  /** The value at rank ceil(q * n) of |w| in ascending order, as docs/quantisation.md defines it. */
  private static double quantileAbs(WeightMatrix w, double q) {
    double[] a = new double[w.data().length];
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.abs(w.data()[i]);
    }
    Arrays.sort(a);
    return a[(int) Math.ceil(q * a.length) - 1];
  }

  @Test
  void theOverrideReachesTheNamedLayerOnly() {
    DeployedNetwork base = deploy(Map.of());
    DeployedNetwork over = deploy(Map.of("scale_quantile.net/L1", 0.75));
    LayerQuantisation l1 = report(over, 0);
    assertEquals(0.75, l1.scaleQuantile());
    assertEquals(ScaleLimit.MANTISSA_RANGE, l1.scaleLimit());
    WeightMatrix w1 = model().weightsOf("net").get(0);
    assertEquals(127 / quantileAbs(w1, 0.75), l1.scale());
    assertEquals(127 / quantileAbs(w1, 1), report(base, 0).scale());
    assertTrue(l1.clippedFraction() > 0.2 && report(base, 0).clippedFraction() == 0,
        l1.clippedFraction() + " vs " + report(base, 0).clippedFraction());
    assertEquals(report(base, 1), report(over, 1), "the other layer keeps the global quantile");
    assertEquals(1.0, report(over, 1).scaleQuantile());
    assertArrayEquals(mantissas(base, 1), mantissas(over, 1));
  }

  @Test
  void anOverrideWinsOverTheGlobalQuantileInBothDirections() {
    DeployedNetwork base = deploy(Map.of());
    DeployedNetwork l1Only = deploy(Map.of("scale_quantile.net/L1", 0.75));
    DeployedNetwork mixed = deploy(Map.of("scale_quantile", 0.75, "scale_quantile.net/L2", 1.0));
    assertEquals(report(l1Only, 0), report(mixed, 0));
    assertArrayEquals(mantissas(l1Only, 0), mantissas(mixed, 0));
    assertEquals(report(base, 1), report(mixed, 1));
    assertArrayEquals(mantissas(base, 1), mantissas(mixed, 1));
  }

  @Test
  void theReportRecordsTheQuantileEachLayerUsed() throws Exception {
    DeployedNetwork d = deploy(Map.of("scale_quantile", 0.9, "scale_quantile.net/L2", 0.5));
    Path out = tmp.resolve("deploy");
    d.writeTo(out);
    var json = DeployJson.mapper().readTree(Files.readString(out.resolve(DeployedNetwork.QUANTISATION_JSON)));
    var layers = json.get(0).get("layers");
    assertEquals(0.9, layers.get(0).get("scaleQuantile").asDouble());
    assertEquals(0.5, layers.get(1).get("scaleQuantile").asDouble());
    String text = d.quantisation().get(0).toText();
    assertTrue(text.contains(" quantile ") && text.contains(" 0.9 ") && text.contains(" 0.5 "), text);
  }

  @Test
  void anUnknownLayerIsRefusedListingTheLayers() {
    var e = assertThrows(DeploymentException.class, () -> deploy(Map.of("scale_quantile.net/L9", 0.9)));
    assertEquals("deployment setting 'scale_quantile.net/L9' names layer net/L9, which the model does not have;"
        + " layers: net/L1, net/L2", e.getMessage());
  }

  @Test
  void aQuantileOutsideZeroToOneIsRefused() {
    for (double bad : new double[] {0, -0.5, 1.5, Double.NaN}) {
      var e = assertThrows(DeploymentException.class, () -> deploy(Map.of("scale_quantile.net/L1", bad)));
      assertEquals("scale_quantile.net/L1 must be in (0, 1], got " + bad, e.getMessage());
    }
    assertEquals(1.0, report(deploy(Map.of("scale_quantile.net/L1", 1.0)), 0).scaleQuantile());
  }

  @Test
  void malformedKeysAreRefusedWithTheSyntax() {
    for (String key : List.of("scale_quantile.L1", "scale_quantile.", "scale_quantile.net/L1/x",
        "scale_quantile[net/L1]", "weight_bits.net/L1", "scale_quantile.net.L1")) {
      var e = assertThrows(DeploymentException.class, () -> deploy(Map.of(key, 0.9)), key);
      assertEquals("malformed deployment setting '" + key + "'; only scale_quantile has per-layer values, written"
          + " scale_quantile.NETWORK/LAYER with one of the layers net/L1, net/L2", e.getMessage());
    }
  }
}
