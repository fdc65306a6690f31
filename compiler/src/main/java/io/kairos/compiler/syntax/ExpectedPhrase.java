package io.kairos.compiler.syntax;

import io.kairos.grammar.SnnParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the set of tokens the parser could accept into words: whole rules first (a set that
 * contains everything a rule can start with is named after the rule: "a value", "a name"), then
 * the remaining tokens as they are spelled. This keeps messages short although keywords double
 * as names.
 */
final class ExpectedPhrase {
  private record NamedRule(int ruleIndex, String phrase) {}

  private static final List<NamedRule> RULES =
      List.of(
          new NamedRule(
              SnnParser.RULE_declaration,
              "a declaration (window, neuron, encode, network, train, deploy)"),
          new NamedRule(SnnParser.RULE_networkItem, "a layer (`dense` or `decode`)"),
          new NamedRule(SnnParser.RULE_argument, "an argument"),
          new NamedRule(SnnParser.RULE_value, "a value"),
          new NamedRule(SnnParser.RULE_classLabel, "a class label"),
          new NamedRule(SnnParser.RULE_dataSource, "a name or a \"path\""),
          new NamedRule(SnnParser.RULE_number, "a number"),
          new NamedRule(SnnParser.RULE_identifier, "a name"));

  private ExpectedPhrase() {}

  static String describe(Parser parser, IntervalSet expected) {
    ATN atn = parser.getATN();
    IntervalSet left = new IntervalSet(expected);
    List<String> parts = new ArrayList<>();
    for (NamedRule rule : RULES) {
      IntervalSet first = atn.nextTokens(atn.ruleToStartState[rule.ruleIndex()]);
      if (!first.isNil() && first.and(left).size() == first.size()) {
        parts.add(rule.phrase());
        left = left.subtract(first);
      }
    }
    for (int type : left.toList()) {
      parts.add(tokenName(parser, type));
    }
    return join(parts);
  }

  static String tokenName(Parser parser, int type) {
    if (type == Token.EOF) {
      return "end of file";
    }
    return switch (type) {
      case SnnParser.INTEGER -> "an integer";
      case SnnParser.DECIMAL -> "a decimal number";
      case SnnParser.STRING -> "a \"string\"";
      case SnnParser.IDENT -> "a name";
      default -> {
        String literal = parser.getVocabulary().getLiteralName(type);
        yield literal != null ? literal : parser.getVocabulary().getDisplayName(type);
      }
    };
  }

  private static String join(List<String> parts) {
    if (parts.isEmpty()) {
      return "nothing more";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
  }
}
