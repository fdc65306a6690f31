package io.kairos.compiler.ast;

import java.util.Optional;

/**
 * {@code key value} in a block, optionally for one role of a composition: {@code optimizer
 * generator adam(lr 1e-3)} has key {@code optimizer}, role {@code generator}.
 */
public record Setting(SourceSpan span, Name key, Optional<Name> role, Value value) implements Node {}
