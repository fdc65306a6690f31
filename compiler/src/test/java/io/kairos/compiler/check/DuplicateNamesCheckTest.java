package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DuplicateNamesCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class DuplicateNamesCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("encode z : uniform(3)", "encode IF : uniform(3)", List.of("5:8: duplicate name 'IF' (first declared at 3:8)")),
        Arguments.of("  decode out as image", "  dense out : 4 IF init uniform(0, 1)\n  dense z : 4 IF init uniform(0, 1)", List.of("8:9: duplicate layer 'out' in network 'Gen' (first declared at 7:9)", "9:9: layer 'z' has the same name as the network's input")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new DuplicateNamesCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new DuplicateNamesCheck());
  }
}
