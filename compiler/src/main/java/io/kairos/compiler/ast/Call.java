package io.kairos.compiler.ast;

import java.util.List;

/** {@code kind(argument, ...)}: an encoder source, initialiser, loss or optimizer. */
public record Call(SourceSpan span, Name kind, List<Argument> arguments) implements Node {
  public Call {
    arguments = List.copyOf(arguments);
  }
}
