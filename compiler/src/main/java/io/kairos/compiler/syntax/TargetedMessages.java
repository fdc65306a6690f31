package io.kairos.compiler.syntax;

import io.kairos.compiler.lang.Language;
import io.kairos.grammar.SnnParser;
import java.util.Optional;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Plain-language messages for predictable mistakes, tried before the generic "unexpected X;
 * expecting Y": a known setting without a usable value ("refractory needs a number of steps or
 * `window`"), a shape written without spaces ({@code 28x28}), a file that does not start with
 * {@code model NAME}.
 */
final class TargetedMessages {
  private static final Pattern GLUED_SHAPE = Pattern.compile("x[0-9]+");

  private TargetedMessages() {}

  static Optional<String> find(Parser parser, Token offending) {
    Token previous = previousToken(parser.getInputStream(), offending);
    if (previous == null && offending.getType() != SnnParser.MODEL) {
      return Optional.of("a model file starts with `model NAME`");
    }
    if (previous == null) {
      return Optional.empty();
    }
    if (previous.getType() == SnnParser.INTEGER
        && offending.getType() == SnnParser.IDENT
        && GLUED_SHAPE.matcher(offending.getText()).matches()) {
      return Optional.of("write a shape with spaces around `x`, as in `28 x 28`");
    }
    if (previous.getType() == SnnParser.WINDOW && parser.getContext().getRuleIndex() == SnnParser.RULE_number) {
      return Optional.of("window needs a number of time steps, e.g. `window 256`");
    }
    if (startsParameter(parser.getContext(), previous)) {
      return Language.typeOf(previous.getText())
          .map(type -> previous.getText() + " needs " + type.phrase());
    }
    return layerSettingValue(parser.getContext(), previous);
  }

  /** {@code scale_quantile net/layer ???}: the value after a complete layer path is missing. */
  private static Optional<String> layerSettingValue(ParserRuleContext ctx, Token previous) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof SnnParser.LayerSettingContext ls) {
        if (ls.layer == null || ls.layer.population == null || ls.layer.getStop() != previous) {
          return Optional.empty();
        }
        String key = ls.key.getText();
        return Language.typeOf(key).map(type -> key + " " + ls.layer.getText() + " needs " + type.phrase());
      }
    }
    return Optional.empty();
  }

  /** True when {@code key} is the first token of the setting, override or argument being parsed. */
  private static boolean startsParameter(ParserRuleContext ctx, Token key) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      int rule = c.getRuleIndex();
      if (rule == SnnParser.RULE_setting
          || rule == SnnParser.RULE_layerOption
          || rule == SnnParser.RULE_argument) {
        return c.getStart() == key;
      }
    }
    return false;
  }

  private static Token previousToken(TokenStream tokens, Token offending) {
    for (int i = offending.getTokenIndex() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return null;
  }
}
