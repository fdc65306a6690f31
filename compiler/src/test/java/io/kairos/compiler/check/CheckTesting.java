package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.compiler.TestSources;
import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.diagnostics.Source;
import io.kairos.compiler.syntax.SnnSyntax;
import java.util.List;

/** Runs one check alone on a source text. */
final class CheckTesting {
  /** The model the tests edit: {@link TestSources#SMALL_GAN}. */
  static final String BASE = TestSources.SMALL_GAN;

  private CheckTesting() {}

  /** The check's diagnostics on {@code text}, as "line:col: message". */
  static List<String> run(Check check, String text) {
    SnnSyntax.Result syntax = SnnSyntax.parse(new Source("t.snn", text));
    ModelFile file = syntax.model().orElseThrow(() -> new AssertionError("syntax errors: " + syntax.diagnostics()));
    CheckContext context = new CheckContext(file);
    check.run(context);
    return context.diagnostics().stream().map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList();
  }

  /** BASE with one edit applied; the edit must apply. */
  static String base(String find, String replace) {
    if (!BASE.contains(find)) {
      throw new AssertionError("BASE does not contain " + find);
    }
    return BASE.replace(find, replace);
  }

  /** The check finds nothing in BASE and in the shipped examples. */
  static void assertSilentOnValidModels(Check check) {
    assertEquals(List.of(), run(check, BASE));
    assertEquals(List.of(), run(check, TestSources.example("s4nn-mnist.snn")));
    assertEquals(List.of(), run(check, TestSources.example("spiking-gan-mnist.snn")));
  }
}
