package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** MissingSettingCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class MissingSettingCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("{ threshold 1 }", "{ refractory 2 }", List.of("3:1: neuron 'IF' needs threshold")),
        Arguments.of("  epochs 1\n", "", List.of("13:1: train gan needs epochs")),
        Arguments.of("  optimizer sgd(lr 0.1)", "  optimizer generator sgd(lr 0.1)", List.of("13:1: train gan needs optimizer for the discriminator (or one optimizer for all)")),
        Arguments.of("sgd(lr 0.1)", "sgd(decay 0.1)", List.of("15:13: optimizer sgd needs lr")),
        Arguments.of("dense out : 4 IF init uniform(0, 1)", "dense out : 4 IF", List.of("7:3: layer 'out' needs an init, e.g. `init uniform(0, 5)`")),
        Arguments.of("  dense v : 2 IF init uniform(0, 1) classes(real, fake)\n", "", List.of("10:9: network 'Disc' needs at least one dense layer")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new MissingSettingCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new MissingSettingCheck());
  }
}
