package io.kairos.compiler.lang;

import io.kairos.compiler.ast.Value;
import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Conversions of number literals, total: a value that does not fit is empty, never an exception. */
public final class Literals {
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Literals() {}

  /** The literal as a finite double, or empty when it overflows double or could not be read. */
  public static OptionalDouble asDouble(Value.Number n) {
    if (n.exact().isEmpty()) {
      return OptionalDouble.empty();
    }
    double d = n.exact().get().doubleValue();
    return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  /** True when the literal is written as a whole number (e.g. {@code 20}, {@code 2e3}, not {@code 2.5}). */
  public static boolean isIntegral(Value.Number n) {
    if (n.exact().isEmpty()) {
      // Unreadable literals are reported by the range check; do not also call them non-integers.
      return !n.text().contains(".");
    }
    BigDecimal v = n.exact().get();
    return v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /** The literal as a long, or empty when it is not integral or does not fit. */
  public static OptionalLong asLong(Value.Number n) {
    if (n.exact().isEmpty() || !isIntegral(n)) {
      return OptionalLong.empty();
    }
    BigDecimal v = n.exact().get();
    if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(v.longValueExact());
  }

  /** The literal as an int within {@code bound}, or empty. */
  public static java.util.OptionalInt asInt(Value.Number n, Bound bound) {
    OptionalLong l = asLong(n);
    if (l.isEmpty() || !bound.contains(l.getAsLong()) || l.getAsLong() > Integer.MAX_VALUE
        || l.getAsLong() < Integer.MIN_VALUE) {
      return java.util.OptionalInt.empty();
    }
    return java.util.OptionalInt.of((int) l.getAsLong());
  }
}
