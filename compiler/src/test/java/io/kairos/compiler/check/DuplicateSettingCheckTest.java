package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DuplicateSettingCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class DuplicateSettingCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("{ threshold 1 }", "{ threshold 1; threshold 2 }", List.of("3:31: duplicate setting 'threshold' in neuron 'IF' (first at 3:18)")),
        Arguments.of("sgd(lr 0.1)", "sgd(0.1, lr 0.2)", List.of("15:22: duplicate argument 'lr' in optimizer sgd (first at 15:17)")),
        Arguments.of("dense out : 4 IF init uniform(0, 1)", "dense out : 4 IF init uniform(0, 1) init uniform(0, 2)", List.of("7:39: layer 'out' has more than one init (first at 7:20)")),
        Arguments.of("weight_bits 8", "weight_bits 8; scale_quantile Disc/v 0.9; scale_quantile Disc/v 0.8", List.of("18:59: duplicate setting 'scale_quantile' for layer Disc/v in deploy (first at 18:32)")),
        Arguments.of("weight_bits 8", "scale_quantile 0.9; scale_quantile Disc/v 0.8; scale_quantile Gen/out 0.8", List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new DuplicateSettingCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new DuplicateSettingCheck());
  }
}
