package io.kairos.compiler.check;

import io.kairos.compiler.ast.Value;
import io.kairos.compiler.lang.Literals;
import io.kairos.compiler.lang.ValueType;

/** Whether a value has the form a parameter type asks for (ranges aside). */
final class ValueShapes {
  private ValueShapes() {}

  static boolean fits(ValueType type, Value v) {
    return switch (type) {
      case NUMBER -> v instanceof Value.Number;
      case INTEGER -> v instanceof Value.Number n && Literals.isIntegral(n);
      case STEPS_OR_WINDOW -> v instanceof Value.Window || (v instanceof Value.Number n && Literals.isIntegral(n));
      case NAME -> v instanceof Value.Ref;
      case CALL -> v instanceof Value.Invocation || v instanceof Value.Ref;
      case SHAPE -> v instanceof Value.Shape shape && shape.dims().size() == 2;
    };
  }
}
