package io.kairos.compiler.lang;

import java.util.List;
import java.util.Optional;

/**
 * One parameter the language accepts somewhere (a setting in a block or an argument of a call).
 *
 * @param name its name as written
 * @param type what its value must look like
 * @param bound allowed numeric interval (numbers and integers only)
 * @param required whether it must be written
 * @param defaultValue the documented default when omitted, if a constant (empty when required or
 *     when the default depends on something else, e.g. {@code pull} defaults to {@code gamma})
 * @param family for {@link ValueType#CALL}: which kinds are valid
 * @param choices for {@link ValueType#NAME}: the valid names
 * @param roles roles it may be given ({@code optimizer generator ...}); empty for none
 * @param perLayer whether it may also be given for one layer ({@code scale_quantile
 *     discriminator/hidden 0.999}) besides once for all
 */
public record Param(
    String name,
    ValueType type,
    Bound bound,
    boolean required,
    Optional<Double> defaultValue,
    Optional<Family> family,
    List<String> choices,
    List<String> roles,
    boolean perLayer) {

  public Param {
    choices = List.copyOf(choices);
    roles = List.copyOf(roles);
  }

  static Param required(String name, ValueType type, Bound bound) {
    return new Param(name, type, bound, true, Optional.empty(), Optional.empty(), List.of(), List.of(), false);
  }

  static Param optional(String name, ValueType type, Bound bound, double defaultValue) {
    return new Param(
        name, type, bound, false, Optional.of(defaultValue), Optional.empty(), List.of(), List.of(), false);
  }

  /** Optional, with no constant default (the default depends on something else, or none applies). */
  static Param optionalWithoutDefault(String name, ValueType type, Bound bound) {
    return new Param(name, type, bound, false, Optional.empty(), Optional.empty(), List.of(), List.of(), false);
  }

  static Param call(String name, Family family, boolean required, List<String> roles) {
    return new Param(
        name, ValueType.CALL, Bound.ANY, required, Optional.empty(), Optional.of(family), List.of(), roles, false);
  }

  static Param choice(String name, List<String> choices, boolean required) {
    return new Param(
        name, ValueType.NAME, Bound.ANY, required, Optional.empty(), Optional.empty(), choices, List.of(), false);
  }

  /** This parameter, also accepted for one layer at a time. */
  Param perLayerToo() {
    return new Param(name, type, bound, required, defaultValue, family, choices, roles, true);
  }
}
