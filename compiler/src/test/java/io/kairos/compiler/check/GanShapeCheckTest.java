package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GanShapeCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class GanShapeCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("dense out : 4 IF", "dense out : 5 IF", List.of("13:11: gan generator 'Gen' outputs 5 values (layer 'out') but discriminator 'Disc' takes 4 (encoder 'image')")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new GanShapeCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new GanShapeCheck());
  }
}
