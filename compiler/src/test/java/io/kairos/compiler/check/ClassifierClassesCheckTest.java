package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ClassifierClassesCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class ClassifierClassesCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("train gan(Gen, Disc)", "train classifier(Gen)", List.of("13:18: classifier network 'Gen' needs class labels on its output layer 'out', e.g. classes(0..9)")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new ClassifierClassesCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new ClassifierClassesCheck());
  }
}
