package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ClassCountCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class ClassCountCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("classes(real, fake)", "classes(real, fake, maybe)", List.of("11:37: layer 'v' has 2 neurons but 3 class labels")),
        Arguments.of("classes(real, fake)", "classes(0..9)", List.of("11:37: layer 'v' has 2 neurons but 10 class labels")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new ClassCountCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new ClassCountCheck());
  }
}
