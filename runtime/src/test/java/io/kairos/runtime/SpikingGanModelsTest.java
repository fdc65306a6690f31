package io.kairos.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpikingGanModelsTest {
  @Test
  void aDerivedSpecDiffersOnlyInTheComponentsItNames() {
    var d = SpikingGanModels.defaults();
    assertEquals(d, d.toBuilder().build());
    var other = d.toBuilder().seed(d.seed() + 1).noiseSpan(256).build();
    assertEquals(d.seed() + 1, other.seed());
    assertEquals(256, other.noiseSpan());
    assertNotEquals(d, other);
    assertEquals(d, other.toBuilder().seed(d.seed()).noiseSpan(d.noiseSpan()).build());
  }

  @Test
  void buildingChecksLikeTheConstructor() {
    var b = SpikingGanModels.defaults().toBuilder().generatorHidden(List.of());
    var e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("G needs at least one hidden layer", e.getMessage());
  }
}
