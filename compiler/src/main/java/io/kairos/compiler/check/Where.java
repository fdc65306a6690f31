package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.SourceSpan;

/** Small phrases shared by messages. */
final class Where {
  private Where() {}

  static String at(SourceSpan span) {
    return span.line() + ":" + span.column();
  }

  /** "a neuron", "an encoder", "a network". */
  static String kindOf(Declaration d) {
    if (d instanceof Declaration.Neuron) {
      return "a neuron";
    }
    if (d instanceof Declaration.Encoder) {
      return "an encoder";
    }
    return "a network";
  }
}
