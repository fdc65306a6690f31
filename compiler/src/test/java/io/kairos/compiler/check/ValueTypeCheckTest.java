package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ValueTypeCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class ValueTypeCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("{ threshold 1 }", "{ threshold 1; refractory 2.5 }", List.of("3:42: refractory needs a number of steps or `window`")),
        Arguments.of("epochs 1", "epochs many", List.of("16:10: epochs needs an integer")),
        Arguments.of("loss s4nn", "loss 3", List.of("14:8: loss needs a kind with arguments, e.g. `sgd(lr 0.2)`")),
        Arguments.of("intensity(2 x 2)", "intensity(4)", List.of("4:26: shape needs a shape `HEIGHT x WIDTH`, e.g. `28 x 28`")),
        Arguments.of("{ threshold 1 }", "{ threshold window }", List.of("3:28: threshold needs a number")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new ValueTypeCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new ValueTypeCheck());
  }
}
