package io.kairos.compiler.ast;

import java.util.List;

/** The labels of an output layer, listed or as a digit range. */
public sealed interface ClassLabels extends Node {

  /** {@code real, fake} or {@code "0", "1"}: each label's text as written (quotes removed). */
  record Listed(SourceSpan span, List<Name> labels) implements ClassLabels {
    public Listed {
      labels = List.copyOf(labels);
    }
  }

  /** {@code 0..9}: the integers from {@code from} to {@code to}, inclusive. */
  record Range(SourceSpan span, Value.Number from, Value.Number to) implements ClassLabels {}
}
