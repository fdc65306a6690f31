package io.kairos.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per diagnostic code, through the whole front end: each edit of a valid model yields
 * exactly one diagnostic of that code, with the given message and position (other codes may
 * follow from the same edit, e.g. a wrong generator size is also a wrong decoder size). A code
 * without a row fails.
 */
class DiagnosticCatalogueTest {
  private static final String BASE = TestSources.SMALL_GAN;

  static Stream<Arguments> rows() {
    return Stream.of(
        row(DiagnosticCode.K001, "dense out : 4", "dense out 4", "7:13: unexpected '4'; expecting ':'"),
        row(DiagnosticCode.K002, "encode z :", "encode IF :", "5:8: duplicate name 'IF' (first declared at 3:8)"),
        row(DiagnosticCode.K003, "dense out : 4 IF", "dense out : 4 LIF", "7:17: undefined neuron 'LIF'; did you mean 'IF'?"),
        row(DiagnosticCode.K004, "network Gen(z)", "network Gen(IF)", "6:13: the input of network 'Gen' must be an encoder, but 'IF' is a neuron"),
        row(DiagnosticCode.K005, "dense out : 4 IF", "dense out : 5 IF",
            "13:11: gan generator 'Gen' outputs 5 values (layer 'out') but discriminator 'Disc' takes 4 (encoder 'image')"),
        row(DiagnosticCode.K006, "decode out as image", "decode out as z",
            "8:3: cannot decode layer 'out' (4 neurons) as 'z' (3 values)"),
        row(DiagnosticCode.K007, "classes(real, fake)", "classes(real)", null),
        row(DiagnosticCode.K008, "dense v : 2 IF init uniform(0, 1) classes(real, fake)",
            "dense v : 3 IF init uniform(0, 1) classes(a, b, c)",
            "13:16: gan discriminator 'Disc' needs exactly 2 classes on its output layer 'v', e.g. classes(real, fake); it has 3"),
        row(DiagnosticCode.K009, "window 8", "window 0", "2:8: window must be between 1 and 65535, got 0"),
        row(DiagnosticCode.K010, "loss s4nn", "loss agressive_ttfs(gamma 3)",
            "14:8: unknown loss 'agressive_ttfs'; did you mean 'aggressive_ttfs'?"),
        row(DiagnosticCode.K011, "epochs 1", "epochs 1 epoch 2", "16:12: unknown setting 'epoch' for train gan; did you mean 'epochs'?"),
        row(DiagnosticCode.K012, "  epochs 1\n", "", "13:1: train gan needs epochs"),
        row(DiagnosticCode.K013, "epochs 1", "epochs 1; epochs 2", "16:13: duplicate setting 'epochs' in train gan (first at 16:3)"),
        row(DiagnosticCode.K014, "{ threshold 1 }", "{ threshold 1; refractory forever }",
            "3:42: refractory needs a number of steps or `window`"),
        row(DiagnosticCode.K015, "window 8\n", "", "1:7: model 'T' needs a window, e.g. `window 256`"),
        row(DiagnosticCode.K016, "train gan(Gen, Disc)", "train gan(Disc, Disc)", null),
        row(DiagnosticCode.K017, "  decode out as image", "  decode out as image\n  decode out as image", null),
        row(DiagnosticCode.K018, "train gan(Gen, Disc) on mnist {\n  loss s4nn\n  optimizer sgd(lr 0.1)",
            "network C(image) { dense o : 2 IF init uniform(0, 1) }\ntrain classifier(C) on mnist {\n  loss s4nn\n  optimizer sgd(lr 0.1)",
            "14:18: classifier network 'C' needs class labels on its output layer 'o', e.g. classes(0..9)"),
        row(DiagnosticCode.K019, "  decode out as image\n", "",
            "12:11: gan generator 'Gen' must decode its output as 'image', the discriminator's input (add `decode <output layer> as image`)"),
        row(DiagnosticCode.K020, "classes(real, fake)", "classes(real, real)", "11:51: duplicate class label 'real' (first at 11:45)"),
        row(DiagnosticCode.K021, "threshold 1", "threshold 1 #", "3:30: unexpected character '#'"),
        row(DiagnosticCode.K022, "network Gen(z)", "network Gen(image)", null),
        row(DiagnosticCode.K023, "uniform(3)", "uniform(3, active 4)",
            "5:30: noise encoder 'z' has 3 neurons, so at most 3 can be active, got active 4"),
        row(DiagnosticCode.K024, "uniform(3)", "uniform(3, span 9)",
            "5:28: noise encoder 'z' spikes within its span, which must fit in the window 8, got span 9"),
        row(DiagnosticCode.K025, "epochs 1", "epochs 1\n  matching_pairing optimal",
            "17:3: matching_pairing needs sample matching: set sample_matching above 0"));
  }

  private static Arguments row(DiagnosticCode code, String find, String replace, String expected) {
    if (!BASE.contains(find)) {
      throw new AssertionError("BASE lacks " + find);
    }
    return Arguments.of(code, BASE.replace(find, replace), expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachCodeHasItsMessageAndPosition(DiagnosticCode code, String text, String expected) {
    CompileResult result = Frontend.compile(text, "t.snn");
    assertTrue(result instanceof CompileResult.Failure, code + ": no diagnostics");
    List<Diagnostic> ds = ((CompileResult.Failure) result).diagnostics();
    List<Diagnostic> ofCode = ds.stream().filter(d -> d.code() == code).toList();
    assertEquals(1, ofCode.size(), code + " in " + ds);
    if (expected != null) {
      Diagnostic d = ofCode.get(0);
      assertEquals(expected, d.line() + ":" + d.column() + ": " + d.message());
    }
  }

  @Test
  void everyCodeHasARow() {
    Set<DiagnosticCode> covered =
        rows().map(a -> (DiagnosticCode) a.get()[0]).collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosticCode.class)));
    assertEquals(EnumSet.allOf(DiagnosticCode.class), covered);
  }

  @Test
  void diagnosticsAreSortedByPosition() {
    String text = BASE.replace("window 8", "window 0").replace("threshold 1", "threshold -1").replace("epochs 1", "epochs 0");
    List<Diagnostic> ds = ((CompileResult.Failure) Frontend.compile(text, "t.snn")).diagnostics();
    assertEquals(List.of("2:8", "3:28", "16:10"), ds.stream().map(d -> d.line() + ":" + d.column()).toList());
    assertTrue(Arrays.stream(DiagnosticCode.values()).allMatch(c -> !c.summary().isBlank()));
  }
}
