package io.kairos.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.Source;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Syntax and lexical errors: exact message and 1-based line:col, as a table of edits of one file. */
class SyntaxErrorsTest {
  private static final String BASE =
      """
      model T
      window 8
      neuron IF : if { threshold 1 }
      encode image : intensity(2 x 2) -> latency
      network N(image) {
        dense out : 2 IF init uniform(0, 1) classes(a, b)
      }
      """;

  static Stream<Arguments> cases() {
    return Stream.of(
        row("window 8", "window", "3:1: window needs a number of time steps, e.g. `window 256`"),
        row("model T", "modle T", "1:1: a model file starts with `model NAME`"),
        row("{ threshold 1 }", "{ threshold }", "3:28: threshold needs a number"),
        row("{ threshold 1 }", "{ refractory }", "3:29: refractory needs a number of steps or `window`"),
        row("(2 x 2)", "(2x2)", "4:27: write a shape with spaces around `x`, as in `28 x 28`"),
        row("dense out : 2", "dense out 2", "6:13: unexpected '2'; expecting ':'"),
        row("uniform(0, 1)", "uniform(0, 1", "6:38: unexpected 'classes'; expecting ')' or ','"),
        row("uniform(0, 1)", "uniform(0,, 1)", "6:35: unexpected ','; expecting an argument"),
        row("classes(a, b)", "classes()", "6:47: unexpected ')'; expecting a class label"),
        row("-> latency", "latency", "4:33: unexpected 'latency'; expecting '->'"),
        row("window 8", "window 8 8", "2:10: unexpected '8'; expecting a declaration (window, neuron, encode, network, train, deploy) or end of file"),
        row("window 8", "window -", "3:1: unexpected 'neuron'; expecting a number"),
        row("(2 x 2)", "(2 x)", "4:29: unexpected ')'; expecting an integer"),
        row("\n}\n", "\n", "7:1: unexpected end of file; expecting a layer (`dense` or `decode`) or '}'"),
        row("\n}\n", "\n}\nwindw 9\n", "8:1: unexpected 'windw'; expecting a declaration (window, neuron, encode, network, train, deploy) or end of file"),
        row("threshold 1", "threshold 1 @", "3:30: unexpected character '@'"),
        row("threshold 1", "threshold .5", "3:28: write a decimal with a digit before the point, e.g. 0.2"),
        row("threshold 1", "threshold \"abc }\n}", "3:28: unterminated string: a string ends with \" on the same line"),
        row("threshold 1", "threshold 1\t\u0001", "3:30: unexpected character U+0001"),
        row("\n}\n", "\n}\ndeploy loihi1 { scale_quantile N/ 0.9 }\n", "8:35: unexpected '0.9'; expecting a name"),
        row("\n}\n", "\n}\ndeploy loihi1 { scale_quantile N/out/x 0.9 }\n", "8:37: scale_quantile N/out needs a number"));
  }

  private static Arguments row(String find, String replace, String expected) {
    if (!BASE.contains(find)) {
      throw new AssertionError(find);
    }
    return Arguments.of(BASE.replace(find, replace), expected);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void firstErrorHasExactMessageAndPosition(String text, String expected) {
    List<Diagnostic> ds = SnnSyntax.parse(new Source("t.snn", text)).diagnostics();
    assertTrue(!ds.isEmpty(), "no syntax error in\n" + text);
    Diagnostic first = ds.get(0);
    assertEquals(expected, first.line() + ":" + first.column() + ": " + first.message());
  }

  @Test
  void everyErrorOfAFileIsReportedInOneRun() {
    String text = BASE.replace("window 8", "window").replace("(2 x 2)", "(2x2)").replace("dense out : 2", "dense out 2");
    List<String> found =
        SnnSyntax.parse(new Source("t.snn", text)).diagnostics().stream()
            .map(d -> d.line() + ":" + d.column())
            .toList();
    assertEquals(List.of("3:1", "4:27", "6:13"), found);
  }

  @Test
  void recoveryDoesNotTakeAValueKeywordForADeclaration() {
    String text = BASE.replace("neuron IF : if { threshold 1 }", "neuron IF { threshold 1; refractory window }");
    List<String> found =
        SnnSyntax.parse(new Source("t.snn", text)).diagnostics().stream()
            .map(d -> d.line() + ":" + d.column() + ": " + d.message())
            .toList();
    assertEquals(List.of("3:11: unexpected '{'; expecting ':'"), found);
  }

  @Test
  void fragmentsParseWithStandaloneRules() {
    Source value = new Source("v", "sgd(lr 0.2, decay 1e-6)");
    assertEquals(List.of(), SnnSyntax.parse(value, io.kairos.grammar.SnnParser::standaloneValue).diagnostics());
    Source decl = new Source("d", "encode noise : uniform(100) -> latency");
    assertEquals(List.of(), SnnSyntax.parse(decl, io.kairos.grammar.SnnParser::standaloneDeclaration).diagnostics());
    Source bad = new Source("d", "encode noise : uniform(100) latency");
    assertEquals(1, SnnSyntax.parse(bad, io.kairos.grammar.SnnParser::standaloneDeclaration).diagnostics().size());
  }
}
