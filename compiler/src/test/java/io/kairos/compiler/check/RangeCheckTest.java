package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RangeCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class RangeCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("{ threshold 1 }", "{ threshold 1; refractory 99999999999 }", List.of("3:42: refractory must be between 1 and 65535, got 99999999999")),
        Arguments.of("{ threshold 1 }", "{ threshold 1; refractory 0 }", List.of("3:42: refractory must be between 1 and 65535, got 0")),
        Arguments.of("window 8", "window 65536", List.of("2:8: window must be between 1 and 65535, got 65536")),
        Arguments.of("window 8", "window 99999999999999999999", List.of("2:8: window must be between 1 and 65535, got 99999999999999999999")),
        Arguments.of("window 8", "window 1e999999999999", List.of("2:8: window must be between 1 and 65535, got 1e999999999999")),
        Arguments.of("threshold 1", "threshold 0", List.of("3:28: threshold must be > 0, got 0")),
        Arguments.of("dense out : 4 IF", "dense out : 0 IF", List.of("7:15: the size of layer 'out' must be between 1 and 1000000, got 0")),
        Arguments.of("intensity(2 x 2)", "intensity(0 x 2)", List.of("4:26: an image dimension must be between 1 and 4096, got 0")),
        Arguments.of("sgd(lr 0.1)", "sgd(lr -0.1)", List.of("15:20: lr must be > 0, got -0.1")),
        Arguments.of("epochs 1", "epochs 1\n  label_noise 1.5", List.of("17:15: label_noise must be in [0, 1], got 1.5")),
        Arguments.of("weight_bits 8", "scale_quantile 0", List.of("18:32: scale_quantile must be in (0, 1], got 0")),
        Arguments.of("weight_bits 8", "weight_bits 8; scale_quantile Disc/v 0", List.of("18:54: scale_quantile must be in (0, 1], got 0")),
        Arguments.of("epochs 1", "epochs 1\n  sample_matching -0.5", List.of("17:19: sample_matching must be in [0, 1], got -0.5")),
        Arguments.of("epochs 1", "epochs 1\n  generator_centring 1.2", List.of("17:22: generator_centring must be in [0, 1], got 1.2")),
        Arguments.of("epochs 1", "epochs 1\n  matching_margin -1", List.of("17:19: matching_margin must be in [0, 1], got -1")),
        Arguments.of("epochs 1", "epochs 1\n  generator_batch 0", List.of("17:19: generator_batch must be between 1 and 1000000, got 0")),
        Arguments.of("epochs 1", "epochs 1\n  generator_average 1.0", List.of("17:21: generator_average must be in [0, 1), got 1.0")),
        Arguments.of("epochs 1", "epochs 1\n  generator_average -0.1", List.of("17:21: generator_average must be in [0, 1), got -0.1")),
        Arguments.of("epochs 1", "epochs 1\n  sample_matching 0.5; matching_pairing best", List.of("17:41: matching_pairing must be one of greedy, optimal, got best")),
        Arguments.of("init uniform(0, 1) classes", "init uniform(1, 1) classes", List.of("11:23: uniform(low, high) needs low < high, got 1 and 1")),
        Arguments.of("loss s4nn", "loss aggressive_ttfs(rule C)", List.of("14:29: rule must be one of A, B, got C")),
        Arguments.of("classes(real, fake)", "classes(1..0)", List.of("11:45: class label range 1..0 is empty; write the smaller end first")),
        Arguments.of("init uniform(0, 1) classes", "init normal(1e400, 1) classes", List.of("11:30: mean must be finite, got 1e400")),
        Arguments.of("uniform(3)", "uniform(3, active 0)", List.of("5:30: active must be between 1 and 1000000, got 0")),
        Arguments.of("uniform(3)", "uniform(3, span 0)", List.of("5:28: span must be between 1 and 65535, got 0")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new RangeCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new RangeCheck());
  }
}
