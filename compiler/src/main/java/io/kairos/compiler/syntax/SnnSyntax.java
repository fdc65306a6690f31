package io.kairos.compiler.syntax;

import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.diagnostics.Source;
import io.kairos.grammar.SnnLexer;
import io.kairos.grammar.SnnParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Text to syntax tree: lexing, parsing with Kairos's error handling, then the AST builder. */
public final class SnnSyntax {
  private SnnSyntax() {}

  /**
   * The AST of a whole file, or the lexical and syntax errors that prevent building one.
   *
   * @param model present exactly when {@code diagnostics} is empty
   */
  public record Result(Optional<ModelFile> model, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  public static Result parse(Source source) {
    return parse(source, SnnParser::standaloneModel);
  }

  /** Parses a fragment with one of the grammar's {@code standaloneX} rules (for tests). */
  static <C extends ParserRuleContext> Result parse(Source source, Function<SnnParser, C> entry) {
    SnnLexer lexer = new SnnLexer(CharStreams.fromString(source.text(), source.path()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    List<Diagnostic> diagnostics = new ArrayList<>(lexicalErrors(tokens.getTokens()));

    SnnParser parser = new SnnParser(tokens);
    parser.removeErrorListeners();
    SyntaxErrorListener listener = new SyntaxErrorListener();
    parser.addErrorListener(listener);
    parser.setErrorHandler(new SnnErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    C tree = entry.apply(parser);
    diagnostics.addAll(listener.diagnostics());

    if (!diagnostics.isEmpty()) {
      diagnostics.sort(Diagnostic.BY_POSITION);
      return new Result(Optional.empty(), diagnostics);
    }
    if (!(tree instanceof SnnParser.StandaloneModelContext modelTree)) {
      return new Result(Optional.empty(), List.of());
    }
    return new Result(Optional.of(new AstBuilder().model(modelTree.model())), List.of());
  }

  private static List<Diagnostic> lexicalErrors(List<Token> tokens) {
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      Token previous = i > 0 ? tokens.get(i - 1) : null;
      boolean afterNumber =
          previous != null
              && (previous.getType() == SnnLexer.INTEGER || previous.getType() == SnnLexer.DECIMAL)
              && previous.getStopIndex() + 1 == t.getStartIndex();
      String message =
          switch (t.getType()) {
            case SnnLexer.UNTERMINATED_STRING -> "unterminated string: a string ends with \" on the same line";
            case SnnLexer.BAD_CHARACTER ->
                t.getText().equals(".") && !afterNumber && next != null && next.getType() == SnnLexer.INTEGER
                        && next.getStartIndex() == t.getStopIndex() + 1
                    ? "write a decimal with a digit before the point, e.g. 0.2"
                    : "unexpected character " + quoteCharacter(t.getText());
            default -> null;
          };
      if (message != null) {
        errors.add(
            new Diagnostic(
                DiagnosticCode.K021,
                new SourceSpan(t.getLine(), t.getCharPositionInLine() + 1, t.getStartIndex(), t.getStopIndex()),
                message));
      }
    }
    return errors;
  }

  private static String quoteCharacter(String text) {
    int c = text.codePointAt(0);
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format("U+%04X", c)
        : "'" + text + "'";
  }
}
