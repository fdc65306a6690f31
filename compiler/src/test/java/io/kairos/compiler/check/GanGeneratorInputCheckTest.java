package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GanGeneratorInputCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class GanGeneratorInputCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("network Gen(z)", "network Gen(image)", List.of("13:11: gan generator 'Gen' must read noise, but its input 'image' is an encoder of intensity; use e.g. `encode noise : uniform(100) -> latency`")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new GanGeneratorInputCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new GanGeneratorInputCheck());
  }
}
