package io.kairos.compiler.lower;

import io.kairos.compiler.ast.Value;
import io.kairos.compiler.check.Site;
import io.kairos.compiler.lang.Literals;
import io.kairos.compiler.lang.Param;
import java.util.Optional;

/**
 * Reads a checked site's parameters with the documented defaults applied. Only used on files
 * without diagnostics, so a value of the wrong form here is a bug (IllegalStateException).
 */
final class Params {
  private final Site site;
  private final Optional<String> role;

  Params(Site site) {
    this(site, Optional.empty());
  }

  private Params(Site site, Optional<String> role) {
    this.site = site;
    this.role = role;
  }

  /** The same site read for one role: the role's own entries first, then the plain ones. */
  Params forRole(String roleName) {
    return new Params(site, Optional.of(roleName));
  }

  Optional<Value> value(String name) {
    return site.entry(name, role).map(Site.Entry::value);
  }

  double number(String name) {
    return value(name).map(v -> Literals.asDouble(number(v)).orElseThrow()).orElseGet(() -> defaultOf(name));
  }

  /** {@code name} when written, else {@code fallback} (for defaults that depend on another value). */
  double numberOr(String name, double fallback) {
    return value(name).map(v -> Literals.asDouble(number(v)).orElseThrow()).orElse(fallback);
  }

  long integer(String name) {
    return value(name).map(v -> Literals.asLong(number(v)).orElseThrow()).orElseGet(() -> (long) defaultOf(name));
  }

  /** {@code name} when written, else {@code fallback}. */
  long integerOr(String name, long fallback) {
    return value(name).map(v -> Literals.asLong(number(v)).orElseThrow()).orElse(fallback);
  }

  /**
   * A step count where {@code window} means the model's window. When omitted: the documented
   * default if the parameter has a constant one, else the window (fire at most once).
   */
  int steps(String name, int window) {
    Optional<Value> v = value(name);
    if (v.isEmpty()) {
      Optional<Double> constant = site.schema().param(name).flatMap(Param::defaultValue);
      return constant.map(Double::intValue).orElse(window);
    }
    if (v.get() instanceof Value.Window) {
      return window;
    }
    return Math.toIntExact(Literals.asLong(number(v.get())).orElseThrow());
  }

  Optional<String> name(String name) {
    return value(name).map(v -> ((Value.Ref) v).name().text());
  }

  private double defaultOf(String name) {
    Param p = site.schema().param(name).orElseThrow(() -> new IllegalStateException("no parameter " + name));
    return p.defaultValue().orElseThrow(() -> new IllegalStateException(site.owner() + " lacks " + name));
  }

  private static Value.Number number(Value v) {
    if (v instanceof Value.Number n) {
      return n;
    }
    throw new IllegalStateException("expected a number, got " + v);
  }
}
