package io.kairos.compiler.ast;

import java.util.List;

/** A whole file: {@code model NAME} and its declarations in source order. */
public record ModelFile(SourceSpan span, Name name, List<Declaration> declarations) implements Node {
  public ModelFile {
    declarations = List.copyOf(declarations);
  }

  /** The declarations of one kind, in source order. */
  public <T extends Declaration> List<T> all(Class<T> kind) {
    return declarations.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
