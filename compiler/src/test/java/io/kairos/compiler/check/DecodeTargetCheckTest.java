package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DecodeTargetCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class DecodeTargetCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("  decode out as image", "  decode out as image\n  decode out as image", List.of("9:3: network 'Gen' already decodes its output at 8:3")),
        Arguments.of("  dense out : 4 IF init uniform(0, 1)\n  decode out as image", "  dense out : 4 IF init uniform(0, 1)\n  decode out as image\n  dense last : 4 IF init uniform(0, 1)", List.of("8:10: decode must name the output layer 'last' of network 'Gen', not 'out'")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new DecodeTargetCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new DecodeTargetCheck());
  }
}
