package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SampleMatchingOptionsCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class SampleMatchingOptionsCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("epochs 1", "epochs 1\n  matching_pairing optimal",
            List.of("17:3: matching_pairing needs sample matching: set sample_matching above 0")),
        // greedy is the default, but writing it without sample matching still asks for something that cannot happen
        Arguments.of("epochs 1", "epochs 1\n  matching_pairing greedy",
            List.of("17:3: matching_pairing needs sample matching: set sample_matching above 0")),
        Arguments.of("epochs 1", "epochs 1\n  sample_matching 0; matching_pairing optimal",
            List.of("17:22: matching_pairing needs sample matching: set sample_matching above 0")),
        Arguments.of("epochs 1", "epochs 1\n  matching_margin 0.1",
            List.of("17:3: matching_margin needs sample matching: set sample_matching above 0")),
        Arguments.of("epochs 1", "epochs 1\n  matching_margin 0.1; matching_pairing optimal", List.of(
            "17:3: matching_margin needs sample matching: set sample_matching above 0",
            "17:24: matching_pairing needs sample matching: set sample_matching above 0")),
        // with sample matching on, or a margin of 0, there is nothing to report
        Arguments.of("epochs 1", "epochs 1\n  sample_matching 0.5; matching_pairing optimal; matching_margin 0.1", List.of()),
        Arguments.of("epochs 1", "epochs 1\n  matching_margin 0", List.of()),
        // the values the range and type checks own stay theirs (no second diagnostic)
        Arguments.of("epochs 1", "epochs 1\n  matching_pairing best", List.of()),
        Arguments.of("epochs 1", "epochs 1\n  matching_margin -1", List.of()),
        Arguments.of("epochs 1", "epochs 1\n  sample_matching -0.5; matching_pairing optimal", List.of()),
        Arguments.of("epochs 1", "epochs 1\n  sample_matching fast; matching_pairing optimal", List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new SampleMatchingOptionsCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new SampleMatchingOptionsCheck());
  }
}
