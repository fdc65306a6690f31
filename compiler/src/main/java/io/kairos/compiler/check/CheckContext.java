package io.kairos.compiler.check;

import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/** What every check sees: the file, its symbols and parameter sites, and the diagnostics sink. */
final class CheckContext {
  private final ModelFile file;
  private final Symbols symbols;
  private final List<Site> sites;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  CheckContext(ModelFile file) {
    this.file = file;
    this.symbols = new Symbols(file);
    this.sites = Sites.collect(file);
  }

  ModelFile file() {
    return file;
  }

  Symbols symbols() {
    return symbols;
  }

  List<Site> sites() {
    return sites;
  }

  void report(DiagnosticCode code, SourceSpan span, String message) {
    diagnostics.add(new Diagnostic(code, span, message));
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
