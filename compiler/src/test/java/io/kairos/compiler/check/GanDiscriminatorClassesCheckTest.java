package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GanDiscriminatorClassesCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class GanDiscriminatorClassesCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("dense v : 2 IF init uniform(0, 1) classes(real, fake)", "dense v : 3 IF init uniform(0, 1) classes(a, b, c)", List.of("13:16: gan discriminator 'Disc' needs exactly 2 classes on its output layer 'v', e.g. classes(real, fake); it has 3")),
        Arguments.of(" classes(real, fake)", "", List.of("13:16: gan discriminator 'Disc' needs exactly 2 classes on its output layer 'v', e.g. classes(real, fake); it has 0")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new GanDiscriminatorClassesCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new GanDiscriminatorClassesCheck());
  }
}
