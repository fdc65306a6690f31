package io.kairos.compiler.ast;

/**
 * A node of the syntax tree of one {@code .snn} file. The tree says only what was written: no
 * defaults, no resolved names, no unit conversions (those belong to the checker and lowering).
 */
public sealed interface Node
    permits ModelFile, Name, Declaration, NetworkItem, LayerOption, ClassLabels, Setting, Call,
        Argument, Value {
  SourceSpan span();
}
