package io.kairos.compiler.ast;

import java.util.List;

/** A statement inside a network body. */
public sealed interface NetworkItem extends Node {

  /** {@code dense hidden : 400 IF init uniform(0, 5) threshold 50 classes(a, b)}. */
  record Dense(SourceSpan span, Name name, Value.Number size, Name neuron, List<LayerOption> options)
      implements NetworkItem {
    public Dense {
      options = List.copyOf(options);
    }
  }

  /** {@code decode pixels as image}. */
  record Decode(SourceSpan span, Name population, Name encoder) implements NetworkItem {}
}
