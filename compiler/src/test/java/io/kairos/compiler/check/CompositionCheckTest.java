package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CompositionCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class CompositionCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("train gan(Gen, Disc)", "train gan(Gen)", List.of("13:7: train gan takes 2 networks (generator, discriminator), got 1")),
        Arguments.of("train gan(Gen, Disc)", "train classifier(Gen, Disc)", List.of("13:7: train classifier takes 1 network (network), got 2")),
        Arguments.of("train gan(Gen, Disc)", "train gan(Disc, Disc)", List.of("13:17: a gan needs two different networks, got 'Disc' twice")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new CompositionCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new CompositionCheck());
  }
}
