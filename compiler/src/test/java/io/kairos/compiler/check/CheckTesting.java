package io.kairos.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.compiler.TestSources;
import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.diagnostics.Source;
import io.kairos.compiler.syntax.SnnSyntax;
import java.util.List;

/** Runs one check alone on a source text. */
final class CheckTesting {
  /** A valid gan model the check tests edit; line numbers in the tests refer to this text. */
  static final String BASE =
      """
      model T
      window 8
      neuron IF : if { threshold 1 }
      encode image : intensity(2 x 2) -> latency
      encode z : uniform(3) -> latency
      network Gen(z) {
        dense out : 4 IF init uniform(0, 1)
        decode out as image
      }
      network Disc(image) {
        dense v : 2 IF init uniform(0, 1) classes(real, fake)
      }
      train gan(Gen, Disc) on mnist {
        loss s4nn
        optimizer sgd(lr 0.1)
        epochs 1
      }
      deploy loihi1 { weight_bits 8 }
      """;

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
