package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GanDecodeCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class GanDecodeCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("  decode out as image\n", "", List.of("12:11: gan generator 'Gen' must decode its output as 'image', the discriminator's input (add `decode <output layer> as image`)")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new GanDecodeCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new GanDecodeCheck());
  }
}
