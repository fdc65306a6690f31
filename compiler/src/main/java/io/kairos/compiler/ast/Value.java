package io.kairos.compiler.ast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The right-hand side of a setting or argument. */
public sealed interface Value extends Node {

  /**
   * A numeric literal. {@code exact} is its exact value, or empty when the literal cannot be
   * represented at all (an exponent beyond {@code int} range); range checks happen later.
   */
  record Number(SourceSpan span, String text, Optional<BigDecimal> exact) implements Value {}

  /** The keyword {@code window}: "as long as the model's window". */
  record Window(SourceSpan span) implements Value {}

  /** A string literal, quotes and escapes removed. */
  record Text(SourceSpan span, String text) implements Value {}

  /** A bare name, e.g. {@code B} in {@code rule B} or {@code mnist}. */
  record Ref(SourceSpan span, Name name) implements Value {}

  /** A call used as a value, e.g. {@code sgd(lr 0.2)}. */
  record Invocation(SourceSpan span, Call call) implements Value {}

  /** {@code 28 x 28}: image dimensions. */
  record Shape(SourceSpan span, List<Number> dims) implements Value {
    public Shape {
      dims = List.copyOf(dims);
    }
  }
}
