package io.kairos.compiler;

import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.DiagnosticPrinter;
import io.kairos.compiler.diagnostics.Source;
import io.kairos.compiler.ir.Model;
import java.util.List;

/** The outcome of compiling one {@code .snn} file: a model, or every error found in it. */
public sealed interface CompileResult {
  Source source();

  /** The file compiled; {@code model} is checked and fully resolved. */
  record Success(Source source, Model model) implements CompileResult {}

  /** The file has errors; {@code diagnostics} is non-empty and sorted by position. */
  record Failure(Source source, List<Diagnostic> diagnostics) implements CompileResult {
    public Failure {
      diagnostics = List.copyOf(diagnostics);
      if (diagnostics.isEmpty()) {
        throw new IllegalArgumentException("a failure has at least one diagnostic");
      }
    }

    /** Every diagnostic as {@code path:line:col: error: message}, source line, caret. */
    public String render() {
      StringBuilder out = new StringBuilder();
      for (Diagnostic d : diagnostics) {
        out.append(DiagnosticPrinter.render(source, d));
      }
      return out.toString();
    }
  }
}
