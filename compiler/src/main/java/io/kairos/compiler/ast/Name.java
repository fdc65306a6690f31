package io.kairos.compiler.ast;

/** An identifier as written, where it was written. */
public record Name(SourceSpan span, String text) implements Node {}
