package io.kairos.compiler.deploy.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.Deployer;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.hardware.sim.ChipSimulator;
import io.kairos.hardware.sim.RunOptions;
import io.kairos.hardware.sim.SampleResult;
import io.kairos.hardware.sim.SpikeInput;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.Axon;
import io.kairos.hardware.tables.AxonRef;
import io.kairos.hardware.tables.Core;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random small networks (seeded) under random small limits: they map within every limit, their
 * tables reference only valid entries, and the hardware model's simulator run on the tables
 * reproduces the compiler's reference simulator bit for bit.
 */
class MappingPropertyTest {
  @Test
  void randomNetworksMapWithinLimitsAndSimulateLikeTheReference() {
    for (long seed = 1; seed <= 12; seed++) {
      var rnd = new SplittableRandom(seed);
      int layers = 1 + rnd.nextInt(3);
      int[] sizes = new int[layers + 1];
      for (int k = 0; k <= layers; k++) {
        sizes[k] = 3 + rnd.nextInt(30);
      }
      double sparsity = rnd.nextDouble() * 0.6;
      var ws = DeployFixtures.weights(sizes, () -> rnd.nextDouble() < sparsity ? 0 : rnd.nextDouble(-1, 2));
      double[] th = new double[layers];
      for (int k = 0; k < layers; k++) {
        th[k] = 1 + rnd.nextDouble() * 4;
      }
      int window = 24;
      var tm = DeployFixtures.ifModel(window, sizes, th, ws);
      ChipSpec base = ChipSpecLoader.preset(seed % 3 == 0 ? "loihi2" : "loihi1");
      ChipSpec spec = Specs.small(Specs.tinyMesh(base, 4, 64), 2 + rnd.nextInt(8),
          40L * 13 + rnd.nextInt(2000), 40 + rnd.nextInt(20), 8 + rnd.nextInt(40), 64);
      DeployedNetwork d = Deployer.deploy(tm, List.of("net"), spec, Map.of());
      CoreTables t = d.tables();
      CoreTablesValidator.validate(t, spec, "seed " + seed);
      checkLimitsAndReferences(t, spec, seed);
      assertEquals(sizes[layers], t.outputs().size());
      assertEquals(sizes[0], t.inputs().size());

      var reference = new ReferenceSimulator(d.networks().get(0).network());
      var chip = new ChipSimulator(spec, t);
      for (int s = 0; s < 15; s++) {
        SpikeTimes in = DeployFixtures.input(rnd, sizes[0], window, 0.3, window - 4);
        NetworkRun r = reference.run(in);
        SampleResult h = chip.run(SpikeInput.fromFirstSpikeTimes(in.times(), window), RunOptions.window(window));
        for (int k = 0; k < layers; k++) {
          assertArrayEquals(r.layers().get(k).times(), h.firstSpikes("net/L" + (k + 1)),
              "seed " + seed + " sample " + s + " layer " + (k + 1));
        }
        assertArrayEquals(r.output().times(), h.outputFirstSpikes());
        assertEquals(0, r.repeatSpikes());
        assertEquals(countSpikes(r), h.spikeCount(), "seed " + seed + ": every spike, not only first ones");
      }
    }
  }

  private static long countSpikes(NetworkRun r) {
    long n = 0;
    for (SpikeTimes st : r.layers()) {
      for (int j = 0; j < st.size(); j++) {
        n += st.fired(j) ? 1 : 0;
      }
    }
    return n + r.repeatSpikes();
  }

  private static void checkLimitsAndReferences(CoreTables t, ChipSpec spec, long seed) {
    Map<Long, Core> byId = new HashMap<>();
    for (Core c : t.cores()) {
      byId.put(((long) c.chip() << 32) | c.core(), c);
      assertTrue(c.compartments().size() <= spec.core().compartmentsPerCore(), "seed " + seed);
      assertTrue(c.axons().size() <= spec.core().maxInputAxons(), "seed " + seed);
      assertTrue(c.synapseCount() * spec.bitsPerSynapse() <= spec.core().synapseMemoryBits(), "seed " + seed);
      assertTrue(c.outputEdgeCount() <= spec.core().maxOutputEdges(), "seed " + seed);
      for (Axon a : c.axons()) {
        assertTrue(!a.synapses().isEmpty(), "no empty axons");
        a.synapses().forEach(s -> assertTrue(s.compartment() >= 0 && s.compartment() < c.compartments().size()));
      }
    }
    for (Core c : t.cores()) {
      for (List<AxonRef> row : c.routes()) {
        for (AxonRef r : row) {
          Core d = byId.get(((long) r.chip() << 32) | r.core());
          assertTrue(d != null && r.axon() >= 0 && r.axon() < d.axons().size(), "seed " + seed + " route " + r);
        }
      }
    }
    t.inputs().forEach(p -> p.destinations().forEach(r -> {
      Core d = byId.get(((long) r.chip() << 32) | r.core());
      assertTrue(d != null && r.axon() < d.axons().size());
    }));
  }
}
