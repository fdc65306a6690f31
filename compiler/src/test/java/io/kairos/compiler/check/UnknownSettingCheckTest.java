package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** UnknownSettingCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class UnknownSettingCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("threshold 1", "treshold 1", List.of("3:18: unknown setting 'treshold' for neuron 'IF'; did you mean 'threshold'?")),
        Arguments.of("sgd(lr 0.1)", "sgd(lrr 0.1)", List.of("15:17: unknown argument 'lrr' for optimizer sgd; did you mean 'lr'?")),
        Arguments.of("init uniform(0, 1)\n", "init uniform(0, 1, 2)\n", List.of("7:39: init uniform takes 2 arguments, got 3")),
        Arguments.of("optimizer sgd", "optimizer generater sgd", List.of("15:13: unknown role 'generater' for optimizer; did you mean 'generator'?")),
        Arguments.of("loss s4nn", "loss generator s4nn()", List.of("14:8: loss cannot be given per role in train gan; write `loss ...` alone")),
        Arguments.of("weight_bits 8", "weight_bit 8", List.of("18:17: unknown setting 'weight_bit' for deploy; did you mean 'weight_bits'?")),
        Arguments.of("weight_bits 8", "weight_bits Disc/v 8", List.of("18:29: weight_bits cannot be given per layer in deploy; write `weight_bits ...` alone")),
        Arguments.of("weight_bits 8", "scale_quantile Disc/v 0.9", List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new UnknownSettingCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new UnknownSettingCheck());
  }
}
