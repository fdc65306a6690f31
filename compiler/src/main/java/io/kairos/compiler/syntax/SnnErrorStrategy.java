package io.kairos.compiler.syntax;

import io.kairos.grammar.SnnParser;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery, minus the silent repairs: a missing token is never conjured up (which would
 * report the error at a later token's position and invent a parse); the rule fails at the
 * offending token instead, and the parser resynchronises and goes on to find further errors.
 * Every report goes through {@link #report} so the wording is ours.
 */
final class SnnErrorStrategy extends DefaultErrorStrategy {

  @Override
  public Token recoverInline(Parser recognizer) {
    throw new InputMismatchException(recognizer);
  }

  /**
   * Resynchronises like ANTLR, except that a declaration keyword in the middle of a line (such as
   * {@code window} in {@code refractory window}) is not taken for the start of a declaration:
   * that would report a second, invented error.
   */
  @Override
  protected void consumeUntil(Parser recognizer, IntervalSet set) {
    Token t = recognizer.getCurrentToken();
    while (t.getType() != Token.EOF && !(set.contains(t.getType()) && isResyncPoint(recognizer, t))) {
      recognizer.consume();
      t = recognizer.getCurrentToken();
    }
  }

  private static boolean isResyncPoint(Parser recognizer, Token t) {
    if (!DECLARATION_KEYWORDS.contains(t.getType())) {
      return true;
    }
    int index = t.getTokenIndex();
    var tokens = recognizer.getInputStream();
    for (int i = index - 1; i >= 0; i--) {
      Token before = tokens.get(i);
      if (before.getChannel() == Token.DEFAULT_CHANNEL) {
        return false;
      }
      if (before.getText().contains("\n")) {
        return true;
      }
    }
    return true;
  }

  private static final IntervalSet DECLARATION_KEYWORDS = declarationKeywords();

  private static IntervalSet declarationKeywords() {
    IntervalSet set = new IntervalSet();
    for (int type : new int[] {
        SnnParser.WINDOW, SnnParser.NEURON, SnnParser.ENCODE, SnnParser.NETWORK, SnnParser.TRAIN, SnnParser.DEPLOY}) {
      set.add(type);
    }
    return set;
  }

  @Override
  protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
    report(recognizer, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
    report(recognizer, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
    report(recognizer, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportUnwantedToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer), null);
  }

  @Override
  protected void reportMissingToken(Parser recognizer) {
    reportUnwantedToken(recognizer);
  }

  private static void report(
      Parser recognizer, Token offending, IntervalSet expectedHere, RecognitionException e) {
    IntervalSet expected = new IntervalSet(expectedHere);
    if (recognizer.getContext() != null
        && recognizer.getContext().getRuleIndex() == SnnParser.RULE_standaloneModel) {
      // The declaration loop exits silently on a token it cannot use; the failure surfaces when
      // EOF does not match. At that point another declaration would have done as well.
      var atn = recognizer.getATN();
      expected.addAll(atn.nextTokens(atn.ruleToStartState[SnnParser.RULE_declaration]));
    }
    String message =
        TargetedMessages.find(recognizer, offending)
            .orElseGet(
                () ->
                    "unexpected "
                        + describe(offending)
                        + "; expecting "
                        + ExpectedPhrase.describe(recognizer, expected));
    recognizer.notifyErrorListeners(offending, message, e);
  }

  static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of file";
    }
    String text = token.getText();
    if (text.length() > 30) {
      text = text.substring(0, 27) + "...";
    }
    return "'" + text + "'";
  }
}
