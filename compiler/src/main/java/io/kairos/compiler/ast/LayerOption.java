package io.kairos.compiler.ast;

/** What may follow {@code dense NAME : SIZE NEURON}. */
public sealed interface LayerOption extends Node {

  /** {@code init uniform(0, 5)}. */
  record Init(SourceSpan span, Call init) implements LayerOption {}

  /** {@code classes(real, fake)} or {@code classes(0..9)}. */
  record Classes(SourceSpan span, ClassLabels labels) implements LayerOption {}

  /** A per-layer override of a neuron setting, e.g. {@code threshold 50}. */
  record Override(SourceSpan span, Name key, Value value) implements LayerOption {}
}
