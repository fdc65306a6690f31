package io.kairos.compiler.syntax;

import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** The one listener for syntax errors: 1-based line and column, one diagnostic per position. */
final class SyntaxErrorListener extends BaseErrorListener {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<SourceSpan> positions = new HashSet<>();

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
    if (positions.add(new SourceSpan(line, charPositionInLine + 1, 0, 0))) {
      diagnostics.add(new Diagnostic(DiagnosticCode.K001, span, message));
    }
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
