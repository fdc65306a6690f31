package io.kairos.compiler.ast;

import java.util.Optional;

/** One argument of a call: positional ({@code 0}) or named ({@code lr 0.2}). */
public record Argument(SourceSpan span, Optional<Name> name, Value value) implements Node {}
