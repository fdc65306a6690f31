package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ModelLevelCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class ModelLevelCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("window 8\n", "", List.of("1:7: model 'T' needs a window, e.g. `window 256`")),
        Arguments.of("deploy loihi1 { weight_bits 8 }", "deploy loihi1\nwindow 9\ndeploy loihi2", List.of("19:1: a model has at most one window declaration (first at 2:1)", "20:1: a model has at most one deploy declaration (first at 18:1)")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new ModelLevelCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new ModelLevelCheck());
  }
}
