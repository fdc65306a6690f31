package io.kairos.compiler.ast;

import java.util.Optional;

/**
 * {@code key value} in a block, optionally for one role of a composition or for one layer: {@code
 * optimizer generator adam(lr 1e-3)} has key {@code optimizer}, role {@code generator}; {@code
 * scale_quantile discriminator/hidden 0.999} has key {@code scale_quantile}, layer {@code
 * discriminator/hidden}.
 */
public record Setting(SourceSpan span, Name key, Optional<Name> role, Optional<Layer> layer, Value value)
    implements Node {

  public Setting(SourceSpan span, Name key, Optional<Name> role, Value value) {
    this(span, key, role, Optional.empty(), value);
  }

  /** {@code network/population}, as a deployment names a layer. */
  public record Layer(SourceSpan span, Name network, Name population) {
    public String text() {
      return network.text() + "/" + population.text();
    }
  }
}
