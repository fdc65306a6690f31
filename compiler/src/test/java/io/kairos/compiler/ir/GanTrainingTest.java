package io.kairos.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GanTrainingTest {
  @Test
  void withLossAndSeedChangesOnlyTheLossAndTheSeed() {
    var t = new GanTraining("G", "D", new Dataset("mnist", null), new Loss.S4nn(3), new Optimizer.Adam(3e-3, 0.5, 0.999, 1e-8, 0),
        new Optimizer.Sgd(0.2, 1e-6), 2, 20, 32, 7, 0.05, 0.001, 0.7, 0.8, 0.1);
    Loss a = new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0);
    assertEquals(new GanTraining("G", "D", new Dataset("mnist", null), a, new Optimizer.Adam(3e-3, 0.5, 0.999, 1e-8, 0),
        new Optimizer.Sgd(0.2, 1e-6), 2, 20, 32, 9, 0.05, 0.001, 0.7, 0.8, 0.1), t.withLossAndSeed(a, 9));
  }
}
