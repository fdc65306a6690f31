package io.kairos.compiler.syntax;

import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** The one listener for syntax errors: 1-based line and column, one diagnostic per position. */
final class SyntaxErrorListener extends BaseErrorListener {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String message,
      RecognitionException e) {
    int start = -1;
    int stop = -1;
    if (offendingSymbol instanceof Token token) {
      start = token.getStartIndex();
      stop = token.getStopIndex();
    }
    SourceSpan span = new SourceSpan(line, charPositionInLine + 1, start, stop);
    boolean samePlace = diagnostics.stream().anyMatch(d -> d.span().compareTo(span) == 0);
    if (!samePlace) {
      diagnostics.add(new Diagnostic(DiagnosticCode.K001, span, message));
    }
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
