package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NetworkInputCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class NetworkInputCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("network Disc(image)", "network Disc(Gen)", List.of("10:14: the input of network 'Disc' must be an encoder, but 'Gen' is a network")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new NetworkInputCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new NetworkInputCheck());
  }
}
