package io.kairos.compiler.deploy.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.Deployer;
import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.hardware.spec.ChipSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per per-core or system limit that can make a network not fit, with its message. */
class MappingLimitsTest {
  private static TrainedModel dense(int[] sizes, double theta) {
    return DeployFixtures.ifModel(20, sizes, new double[] {theta, theta, theta},
        DeployFixtures.weights(sizes, () -> 1.0));
  }

  private static DeploymentException fails(TrainedModel tm, ChipSpec spec) {
    return assertThrows(DeploymentException.class, () -> Deployer.deploy(tm, List.of("net"), spec, Map.of()));
  }

  @Test
  void inputAxons() {
    // 5000 inputs with nonzero weights into one neuron: 5000 axons on its core (the threshold is
    // high enough that no self-inhibition axon is needed)
    var e = fails(dense(new int[] {5000, 2}, 4000), Specs.loihi1());
    assertEquals("network net, layer L1, neuron 0 does not fit on any core: it needs 5000 input axons per core"
        + " but the limit is 4096 (over by 904)", e.getMessage());
  }

  @Test
  void synapseMemory() {
    // 13-bit synapses (8 weight + 2 index + 3 delay) in 1000 bits: 76 synapses per core
    var spec = Specs.small(Specs.loihi1(), 4, 1000, 4096, 4096, 16);
    var e = fails(dense(new int[] {100, 2}, 1000), spec);
    assertEquals("network net, layer L1, neuron 0 does not fit on any core: it needs 1300 synapse memory bits"
        + " per core (100 synapses of 13 bits) but the limit is 1000 (over by 300)", e.getMessage());
  }

  @Test
  void outputEdges() {
    // L2 (12 neurons, 4 per core) spans 3 cores; every L1 neuron must reach all 3, limit 2
    var spec = Specs.small(Specs.loihi1(), 4, 1 << 20, 4096, 2, 16);
    var e = fails(dense(new int[] {3, 4, 12}, 100), spec);
    assertEquals("network net, layer L1, neuron 0 does not fit on any core: it needs 3 output edges per core"
        + " but the limit is 2 (over by 1)", e.getMessage());
  }

  @Test
  void compartmentsAcrossChips() {
    // 1000 compartments at 4 per core need 250 cores = 2 chips of 128; one chip allowed
    var spec = Specs.small(Specs.loihi1(), 4, 1 << 20, 4096, 4096, 1);
    var e = fails(dense(new int[] {3, 1000}, 100), spec);
    assertEquals("the deployment does not fit: its 1000 compartments need 250 cores = 2 chips of 128 cores,"
        + " but loihi1-small systems have at most 1 chips (over by 1)", e.getMessage());
  }

  @Test
  void theSameNetworksFitWhenTheLimitsAllow() {
    DeployedNetwork d = Deployer.deploy(dense(new int[] {3, 4, 12}, 100), List.of("net"),
        Specs.small(Specs.loihi1(), 4, 1 << 20, 4096, 3, 16), Map.of());
    // each L1 neuron has 3 edges, so the edge limit of 3 puts one L1 neuron per core: 4 + 3 cores
    assertEquals(4 + 3, d.mapping().cores());
    assertTrue(d.mapping().perCore().stream().allMatch(c -> c.outputEdges() <= 3));
    DeployedNetwork multi = Deployer.deploy(dense(new int[] {3, 1000}, 100), List.of("net"),
        Specs.small(Specs.loihi1(), 4, 1 << 20, 4096, 4096, 2), Map.of());
    assertEquals(2, multi.mapping().chips());
    assertEquals(250, multi.mapping().cores());
  }
}
