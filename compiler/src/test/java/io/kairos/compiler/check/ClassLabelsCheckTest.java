package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ClassLabelsCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class ClassLabelsCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("classes(real, fake)", "classes(real, real)", List.of("11:51: duplicate class label 'real' (first at 11:45)")),
        Arguments.of("classes(real, fake)", "classes(\"0\", 0)", List.of("11:50: duplicate class label '0' (first at 11:45)")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new ClassLabelsCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new ClassLabelsCheck());
  }
}
