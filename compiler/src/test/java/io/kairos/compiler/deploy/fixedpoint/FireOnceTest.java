package io.kairos.compiler.deploy.fixedpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.quantise.QuantisationSettings;
import io.kairos.compiler.deploy.quantise.Quantiser;
import io.kairos.compiler.run.SpikeTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Loihi 1 self-inhibition mechanism on adversarial inputs: each compartment is driven over
 * its threshold with as little positive input as possible, then given every remaining positive
 * input at once, one step later, or spread out; without the self-synapses these inputs make it
 * fire again, with them it never does.
 */
class FireOnceTest {
  private static final int WINDOW = 30;

  private static FixedPointNetwork quantised(long seed) {
    var rnd = new SplittableRandom(seed);
    int[] sizes = {40, 12};
    var ws = DeployFixtures.weights(sizes, () -> rnd.nextDouble(-1, 3));
    var tm = DeployFixtures.ifModel(WINDOW, sizes, new double[] {4 + rnd.nextDouble() * 4}, ws);
    return Quantiser.quantise(tm, "net", DatapathWidths.LOIHI1, new QuantisationSettings(8, 1)).network();
  }

  private static FixedPointNetwork withoutSelfInhibition(FixedPointNetwork n) {
    var l = n.output();
    var bare = new FixedPointLayer(l.name(), l.size(), l.fanIn(), l.weightMant(), l.weightExp(), l.vthMant(),
        l.du(), l.dv(), l.biasMant(), l.biasExp(), l.fireOnce(), l.selfExp(), FixedPointFixtures.noSelf(l.size()));
    return new FixedPointNetwork(n.name(), n.inputSize(), n.window(), n.widths(), List.of(bare));
  }

  /** Patterns that first cross neuron j's threshold, then add all its other positive inputs. */
  private static List<SpikeTimes> adversarial(FixedPointLayer l, int j) {
    Integer[] order = IntStream.range(0, l.fanIn()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -l.weight(j, i)));
    List<SpikeTimes> out = new ArrayList<>();
    for (int later : new int[] {0, 1, 2, 5}) {
      int[] t = new int[l.fanIn()];
      Arrays.fill(t, WINDOW);
      long sum = 0;
      int k = 0;
      while (k < order.length && sum <= l.vthMant() && l.weight(j, order[k]) > 0) {
        t[order[k]] = 3;
        sum += l.weight(j, order[k]);
        k++;
      }
      for (; k < order.length && l.weight(j, order[k]) > 0; k++) {
        t[order[k]] = 3 + later + (later == 5 ? k % 7 : 0);
      }
      out.add(new SpikeTimes(WINDOW, t));
    }
    return out;
  }

  @Test
  void noInputPatternFiresASelfInhibitedCompartmentTwice() {
    long repeatsWithout = 0;
    for (long seed = 1; seed <= 6; seed++) {
      FixedPointNetwork n = quantised(seed);
      assertTrue(n.output().selfSynapseCount() > 0, "the test needs neurons that could fire twice");
      var with = new ReferenceSimulator(n);
      var without = new ReferenceSimulator(withoutSelfInhibition(n));
      for (int j = 0; j < n.output().size(); j++) {
        for (SpikeTimes in : adversarial(n.output(), j)) {
          var r = with.run(in);
          assertEquals(0, r.repeatSpikes(), "seed " + seed + " neuron " + j);
          assertEquals(r.output(), without.run(in).output(), "first spikes do not depend on the mechanism");
          repeatsWithout += without.run(in).repeatSpikes();
        }
      }
      var rnd = new SplittableRandom(seed);
      for (int s = 0; s < 50; s++) {
        assertEquals(0, with.run(DeployFixtures.input(rnd, n.inputSize(), WINDOW, 0.2, WINDOW)).repeatSpikes());
      }
    }
    assertTrue(repeatsWithout > 100, "without self-inhibition the patterns must cause repeats: " + repeatsWithout);
  }
}
