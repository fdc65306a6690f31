package io.kairos.compiler.deploy.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.deploy.quantise.QuantisationSettings;
import io.kairos.compiler.deploy.quantise.Quantiser;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * With generous widths (16-bit weights, 32-bit u and v, 24-bit threshold: a hypothetical chip),
 * quantisation must keep at least 99% of the float spike times identical in every layer.
 */
class GenerousWidthsTest {
  private static final DatapathWidths GENEROUS =
      new DatapathWidths(16, -8, 7, 32, 32, 12, 1, 6, 24, 6, 13, 3, false);

  @Test
  void randomFloatNetworksKeepTheirSpikeTimes() {
    int window = 64;
    int[] sizes = {60, 40, 10};
    for (long seed = 1; seed <= 5; seed++) {
      var rnd = new SplittableRandom(seed);
      var ws = DeployFixtures.weights(sizes, () -> rnd.nextGaussian() * 0.5 + 0.3);
      var tm = DeployFixtures.ifModel(window, sizes, new double[] {3 + rnd.nextDouble(), 2 + rnd.nextDouble()}, ws);
      var q = Quantiser.quantise(tm, "net", GENEROUS, new QuantisationSettings(16, 1));
      var fixed = new ReferenceSimulator(q.network());
      var flt = FloatTtfsReference.of(tm, "net");
      List<NetworkRun> a = new ArrayList<>();
      List<NetworkRun> b = new ArrayList<>();
      for (int s = 0; s < 40; s++) {
        var in = DeployFixtures.input(rnd, sizes[0], window, 0.4, window / 2);
        a.add(flt.run(in));
        b.add(fixed.run(in));
      }
      FidelityReport r = Fidelity.compare("net", List.of("L1", "L2"), a, b, null);
      for (LayerFidelity l : r.layers()) {
        assertTrue(l.identicalShare() >= 0.99, "seed " + seed + ": " + r.toText());
        assertTrue(l.floatFiredShare() > 0.05, "the test needs spikes: " + r.toText());
      }
      assertEquals(0, r.fixedRepeatSpikes());
    }
  }
}
