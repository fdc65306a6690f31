package io.kairos.compiler.syntax;

import io.kairos.grammar.SnnParser;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** Pseudo rule: the two number tokens without a sign. */
  private static final int UNSIGNED_NUMBER = -1;

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
          new NamedRule(UNSIGNED_NUMBER, "a number"),
          new NamedRule(SnnParser.RULE_identifier, "a name"));

  private ExpectedPhrase() {}

  /**
   * Names the expected set. Rules are tried largest first; a rule whose tokens are all already
   * named (e.g. `dense`, which is also a name) is not mentioned again.
   */
  static String describe(Parser parser, IntervalSet expected) {
    ATN atn = parser.getATN();
    IntervalSet left = new IntervalSet(expected);
    IntervalSet named = new IntervalSet();
    List<String> parts = new ArrayList<>();
    List<NamedRule> bySize = new ArrayList<>(RULES);
    bySize.sort(Comparator.comparingInt((NamedRule r) -> -first(atn, r).size()));
    for (NamedRule rule : bySize) {
      IntervalSet first = first(atn, rule);
      boolean expectedWhole = first.and(expected).size() == first.size();
      boolean alreadyNamed = first.and(named).size() == first.size();
      if (!first.isNil() && expectedWhole && !alreadyNamed) {
        parts.add(rule.ruleIndex() == SnnParser.RULE_identifier && inSettings(parser) ? "a setting" : rule.phrase());
        named.addAll(first);
        left = left.subtract(first);
      }
    }
    for (int type : left.toList()) {
      parts.add(tokenName(parser, type));
    }
    return join(parts);
  }

  private static IntervalSet first(ATN atn, NamedRule rule) {
    if (rule.ruleIndex() < 0) {
      return IntervalSet.of(SnnParser.DECIMAL, SnnParser.INTEGER).or(IntervalSet.of(SnnParser.INTEGER));
    }
    return atn.nextTokens(atn.ruleToStartState[rule.ruleIndex()]);
  }

  private static boolean inSettings(Parser parser) {
    int rule = parser.getContext() == null ? -1 : parser.getContext().getRuleIndex();
    return rule == SnnParser.RULE_settingsBlock || rule == SnnParser.RULE_setting;
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
