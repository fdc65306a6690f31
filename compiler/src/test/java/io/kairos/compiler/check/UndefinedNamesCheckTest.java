package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** UndefinedNamesCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class UndefinedNamesCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("network Gen(z)", "network Gen(zz)", List.of("6:13: undefined encoder 'zz'; did you mean 'z'?")),
        Arguments.of("dense out : 4 IF", "dense out : 4 If", List.of("7:17: undefined neuron 'If'; did you mean 'IF'?")),
        Arguments.of("dense out : 4 IF", "dense out : 4 image", List.of("7:17: 'image' is an encoder, not a neuron; expected IF")),
        Arguments.of("decode out as image", "decode outt as imag", List.of("8:10: undefined layer 'outt' in network 'Gen'; did you mean 'out'?", "8:18: undefined encoder 'imag'; did you mean 'image'?")),
        Arguments.of("train gan(Gen, Disc)", "train gan(Gen, Dis)", List.of("13:16: undefined network 'Dis'; did you mean 'Disc'?")),
        Arguments.of("weight_bits 8", "weight_bits 8; scale_quantile Disc/w 0.9", List.of("18:52: undefined layer 'w' in network 'Disc'; did you mean 'v'?")),
        Arguments.of("weight_bits 8", "weight_bits 8; scale_quantile Dis/v 0.9", List.of("18:47: undefined network 'Dis'; did you mean 'Disc'?")),
        Arguments.of("weight_bits 8", "weight_bits 8; scale_quantile image/v 0.9", List.of("18:47: 'image' is an encoder, not a network; expected one of Gen, Disc")),
        Arguments.of("weight_bits 8", "scale_quantile Gen/out 0.9; scale_quantile Disc/v 1", List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new UndefinedNamesCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new UndefinedNamesCheck());
  }
}
