package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NoiseCodeCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class NoiseCodeCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("uniform(3)", "uniform(3, active 4)", List.of("5:30: noise encoder 'z' has 3 neurons, so at most 3 can be active, got active 4")),
        Arguments.of("uniform(3)", "uniform(3, 4)", List.of("5:23: noise encoder 'z' has 3 neurons, so at most 3 can be active, got active 4")),
        Arguments.of("uniform(3)", "uniform(size 3, span 9)", List.of("5:33: noise encoder 'z' spikes within its span, which must fit in the window 8, got span 9")),
        Arguments.of("uniform(3)", "uniform(3, active 9, span 9)", List.of(
            "5:30: noise encoder 'z' has 3 neurons, so at most 3 can be active, got active 9",
            "5:38: noise encoder 'z' spikes within its span, which must fit in the window 8, got span 9")),
        // the bounds and forms the range and type checks own stay theirs
        Arguments.of("uniform(3)", "uniform(3, active 0, span 0)", List.of()),
        Arguments.of("uniform(3)", "uniform(3, active 2.5)", List.of()),
        Arguments.of("uniform(3)", "uniform(0, active 2)", List.of()),
        Arguments.of("window 8", "window 0", List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new NoiseCodeCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new NoiseCodeCheck());
    assertEquals(List.of(), CheckTesting.run(new NoiseCodeCheck(), CheckTesting.base("uniform(3)", "uniform(3, active 3, span window)")));
    assertEquals(List.of(), CheckTesting.run(new NoiseCodeCheck(), CheckTesting.base("uniform(3)", "uniform(3, active 1, span 8)")));
  }
}
