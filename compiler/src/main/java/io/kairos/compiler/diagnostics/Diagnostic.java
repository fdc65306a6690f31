package io.kairos.compiler.diagnostics;

import io.kairos.compiler.ast.SourceSpan;
import java.util.Comparator;

/** One error found in a source file, at a position. */
public record Diagnostic(DiagnosticCode code, SourceSpan span, String message) {

  /** Source order; for one position, by code, then message (so output is deterministic). */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(Diagnostic::span)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public int line() {
    return span.line();
  }

  public int column() {
    return span.column();
  }
}
