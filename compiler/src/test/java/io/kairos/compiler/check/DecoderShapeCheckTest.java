package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DecoderShapeCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class DecoderShapeCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("intensity(2 x 2)", "intensity(2 x 3)", List.of("8:3: cannot decode layer 'out' (4 neurons) as 'image' (6 values)")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new DecoderShapeCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new DecoderShapeCheck());
  }
}
