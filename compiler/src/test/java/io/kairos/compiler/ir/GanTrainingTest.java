package io.kairos.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GanTrainingTest {
  @Test
  void withLossAndSeedChangesOnlyTheLossAndTheSeed() {
    var t = new GanTraining("G", "D", new Dataset("mnist", null), new Loss.S4nn(3), new Optimizer.Adam(3e-3, 0.5, 0.999, 1e-8, 0),
        new Optimizer.Sgd(0.2, 1e-6), 2, 20, 32, 7, 0.05, 0.001, 0.7, 0.8, 0.1, 128, MatchingPairing.OPTIMAL);
    Loss a = new Loss.AggressiveTtfs(Loss.Rule.A, 3, 3, 0);
    assertEquals(new GanTraining("G", "D", new Dataset("mnist", null), a, new Optimizer.Adam(3e-3, 0.5, 0.999, 1e-8, 0),
        new Optimizer.Sgd(0.2, 1e-6), 2, 20, 32, 9, 0.05, 0.001, 0.7, 0.8, 0.1, 128, MatchingPairing.OPTIMAL),
        t.withLossAndSeed(a, 9));
  }

  @Test
  void withoutAGeneratorBatchOfItsOwnGStepsTakeTheBatchAndPairingIsGreedy() {
    var t = new GanTraining("G", "D", new Dataset("mnist", null), new Loss.S4nn(3), new Optimizer.Sgd(0.2, 0),
        new Optimizer.Sgd(0.2, 0), 1, 20, 24, 7, 0, 0, 0.7, 0, 0);
    assertEquals(24, t.generatorBatch());
    assertEquals(MatchingPairing.GREEDY, t.matchingPairing());
  }

  @Test
  void aGeneratorBatchBelowOneOrNoPairingIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> new GanTraining("G", "D", new Dataset("mnist", null),
        new Loss.S4nn(3), new Optimizer.Sgd(0.2, 0), new Optimizer.Sgd(0.2, 0), 1, 20, 24, 7, 0, 0, 0.7, 0, 0, 0,
        MatchingPairing.GREEDY));
    assertEquals("generator batch must be >= 1, got 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new GanTraining("G", "D", new Dataset("mnist", null),
        new Loss.S4nn(3), new Optimizer.Sgd(0.2, 0), new Optimizer.Sgd(0.2, 0), 1, 20, 24, 7, 0, 0, 0.7, 0, 0, 24,
        null));
  }

  @Test
  void withLossAndSeedKeepsTheGeneratorAverage() {
    var t = new GanTraining("G", "D", new Dataset("mnist", null), new Loss.S4nn(3), new Optimizer.Sgd(0.2, 0),
        new Optimizer.Sgd(0.2, 0), 1, 20, 24, 7, 0, 0, 0.7, 0, 0, 24, MatchingPairing.GREEDY, 0.995);
    assertEquals(0.995, t.withLossAndSeed(new Loss.S4nn(2), 9).generatorAverage());
    var without = new GanTraining("G", "D", new Dataset("mnist", null), new Loss.S4nn(3), new Optimizer.Sgd(0.2, 0),
        new Optimizer.Sgd(0.2, 0), 1, 20, 24, 7, 0, 0, 0.7, 0, 0, 24, MatchingPairing.GREEDY);
    assertEquals(0.0, without.generatorAverage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
  void aGeneratorAverageOutsideZeroToBelowOneIsRefused(double d) {
    var e = assertThrows(IllegalArgumentException.class, () -> new GanTraining("G", "D", new Dataset("mnist", null),
        new Loss.S4nn(3), new Optimizer.Sgd(0.2, 0), new Optimizer.Sgd(0.2, 0), 1, 20, 24, 7, 0, 0, 0.7, 0, 0, 24,
        MatchingPairing.GREEDY, d));
    assertEquals("generator average must be in [0, 1), got " + d, e.getMessage());
  }

  @Test
  void pairingNamesAreTheDslAndIrNames() {
    assertEquals(MatchingPairing.OPTIMAL, MatchingPairing.of("optimal"));
    assertEquals("greedy", MatchingPairing.GREEDY.text());
    assertEquals(io.kairos.compiler.lang.Language.MATCHING_PAIRINGS,
        java.util.Arrays.stream(MatchingPairing.values()).map(MatchingPairing::text).toList());
    assertThrows(IllegalArgumentException.class, () -> MatchingPairing.of("Optimal"));
  }
}
