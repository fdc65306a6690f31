package io.kairos.compiler.deploy.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.run.SpikeTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

class FidelityTest {
  private static SpikeTimes st(int... t) {
    return new SpikeTimes(10, t);
  }

  @Test
  void s4nnRuleCountsTiesWithTheCorrectClass() {
    double[] pot = {0, 0, 0};
    assertTrue(DecisionRules.s4nnCorrect(st(3, 3, 7), pot, 1));
    assertTrue(DecisionRules.s4nnCorrect(st(3, 3, 7), pot, 0));
    assertFalse(DecisionRules.s4nnCorrect(st(3, 3, 7), pot, 2));
    assertFalse(DecisionRules.strictCorrect(st(3, 3, 7), 0));
    assertTrue(DecisionRules.strictCorrect(st(2, 3, 7), 0));
    assertFalse(DecisionRules.strictCorrect(st(10, 10, 10), 0));
  }

  @Test
  void withoutSpikesTheLargestPotentialDecides() {
    double[] pot = {1.5, 4.0, 4.0};
    assertTrue(DecisionRules.s4nnCorrect(st(10, 10, 10), pot, 1));
    assertTrue(DecisionRules.s4nnCorrect(st(10, 10, 10), pot, 2));
    assertFalse(DecisionRules.s4nnCorrect(st(10, 10, 10), pot, 0));
    assertEquals(1, DecisionRules.s4nnPrediction(st(10, 10, 10), pot));
    assertEquals(2, DecisionRules.s4nnPrediction(st(10, 10, 4), pot));
  }

  @Test
  void comparesLayersAndDecisions() {
    var f1 = new NetworkRun(List.of(st(1, 2, 10), st(5, 6)), new double[] {0, 0}, 0);
    var x1 = new NetworkRun(List.of(st(1, 3, 10), st(5, 6)), new double[] {0, 0}, 0);
    var f2 = new NetworkRun(List.of(st(1, 2, 3), st(10, 10)), new double[] {1, 2}, 0);
    var x2 = new NetworkRun(List.of(st(1, 2, 3), st(10, 4)), new double[] {9, 0}, 2);
    FidelityReport r = Fidelity.compare("net", List.of("A", "B"), List.of(f1, f2), List.of(x1, x2), new int[] {0, 1});
    assertEquals(1.0, r.floatAccuracyS4nn());
    assertEquals(1.0, r.fixedAccuracyS4nn());
    assertEquals(1.0, r.floatAccuracyStrict() * 2);
    assertEquals(1.0, r.fixedAccuracyStrict());
    assertEquals(1.0, r.decisionAgreement());
    assertEquals(5.0 / 6, r.layers().get(0).identicalShare(), 1e-12);
    assertEquals(1.0 / 6, r.layers().get(0).meanAbsDifference(), 1e-12);
    assertEquals(0.75, r.outputIdenticalShare());
    assertEquals(6.0 / 4, r.layers().get(1).meanAbsDifference());
    assertEquals(2, r.fixedRepeatSpikes());
    assertTrue(r.toJson().contains("\"decisionAgreement\" : 1.0"), r.toJson());
    assertTrue(r.toText().contains("S4NN rule"));
    FidelityReport g = Fidelity.compare("gen", List.of("A", "B"), List.of(f1), List.of(x1), null);
    assertNull(g.floatAccuracyS4nn());
    assertEquals("generator", g.kind());
    assertFalse(g.toJson().contains("Accuracy"));
  }

  @Test
  void anUnlabelledNetworkThatDecidesIsComparedByItsVerdicts() {
    // Verdict {real, fake}: sample 1 keeps "real" though the losing output moved 4 -> 9; sample 2
    // flips from "fake" to "real"; sample 3 has no output spike, so the potentials decide, and
    // they agree.
    var f1 = new NetworkRun(List.of(st(1, 2), st(3, 4)), new double[] {0, 0}, 0);
    var x1 = new NetworkRun(List.of(st(1, 2), st(3, 9)), new double[] {0, 0}, 0);
    var f2 = new NetworkRun(List.of(st(1, 2), st(6, 5)), new double[] {0, 0}, 0);
    var x2 = new NetworkRun(List.of(st(1, 3), st(5, 5)), new double[] {0, 0}, 0);
    var f3 = new NetworkRun(List.of(st(1, 2), st(10, 10)), new double[] {1, 7}, 0);
    var x3 = new NetworkRun(List.of(st(1, 2), st(10, 10)), new double[] {2, 3}, 0);
    var f = List.of(f1, f2, f3);
    var x = List.of(x1, x2, x3);
    FidelityReport d = Fidelity.compare("d", "image network", List.of("hidden", "verdict"), f, x, null, true);
    assertEquals(2.0 / 3, d.decisionAgreement(), 1e-12);
    assertEquals(4.0 / 6, d.outputIdenticalShare(), 1e-12);
    assertNull(d.floatAccuracyS4nn());
    assertTrue(d.toText().contains("decision agreement:     66.67%"), d.toText());
    assertFalse(d.toText().contains("S4NN rule"), d.toText());
    FidelityReport times = Fidelity.compare("d", "image network", List.of("hidden", "verdict"), f, x, null, false);
    assertNull(times.decisionAgreement());
    assertFalse(times.toText().contains("decision agreement"), times.toText());
  }
}
