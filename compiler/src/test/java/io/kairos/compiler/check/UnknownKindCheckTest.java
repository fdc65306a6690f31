package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** UnknownKindCheck: each row edits {@link CheckTesting#BASE} and lists the exact "line:col: message" diagnostics. */
class UnknownKindCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("neuron IF : if", "neuron IF : iff", List.of("3:13: unknown neuron kind 'iff'; did you mean 'if'?")),
        Arguments.of("loss s4nn", "loss agressive_ttfs(gamma 3)", List.of("14:8: unknown loss 'agressive_ttfs'; did you mean 'aggressive_ttfs'?")),
        Arguments.of("sgd(lr 0.1)", "adamw(lr 0.1)", List.of("15:13: unknown optimizer 'adamw'; did you mean 'adam'?")),
        Arguments.of("init uniform(0, 1)\n", "init gaussian(0, 1)\n", List.of("7:25: unknown init 'gaussian'; expected one of uniform, normal")),
        Arguments.of("on mnist", "on mnsit", List.of("13:25: unknown data set 'mnsit'; did you mean 'mnist'? (or give a folder path in quotes)")),
        Arguments.of("deploy loihi1", "deploy truenorth", List.of("18:8: unknown target 'truenorth'; expected one of loihi1, loihi2 (or give a chip spec file path in quotes)")),
        Arguments.of("train gan", "train gam", List.of("13:7: unknown training 'gam'; did you mean 'gan'?")),
        Arguments.of("intensity(2 x 2) -> latency", "intensity(2 x 2) -> rate", List.of("4:36: unknown coding 'rate'; expected latency")),
        Arguments.of("uniform(3) -> latency", "gauss(3) -> latency", List.of("5:12: unknown encoder 'gauss'; expected one of intensity, uniform")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reports(String find, String replace, List<String> expected) {
    assertEquals(expected, CheckTesting.run(new UnknownKindCheck(), CheckTesting.base(find, replace)));
  }

  @Test
  void silentOnValidModels() {
    CheckTesting.assertSilentOnValidModels(new UnknownKindCheck());
  }
}
