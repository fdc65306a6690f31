package io.kairos.compiler.check;

import io.kairos.compiler.ast.ClassLabels;
import io.kairos.compiler.ast.LayerOption;
import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.lang.Bound;
import io.kairos.compiler.lang.Literals;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Class labels as text: a list as written, or {@code a..b} expanded to "a", ..., "b". */
public final class Labels {
  /** Bounds of a label range's ends; also keeps an expanded range small. */
  public static final Bound RANGE_END = Bound.between(0, 9999);

  private Labels() {}

  /** The layer's {@code classes(...)} option (the first, if repeated). */
  public static Optional<LayerOption.Classes> option(NetworkItem.Dense layer) {
    return layer.options().stream()
        .filter(LayerOption.Classes.class::isInstance)
        .map(LayerOption.Classes.class::cast)
        .findFirst();
  }

  /** The labels, or empty when a range is invalid (reported by the range check). */
  public static Optional<List<String>> of(ClassLabels labels) {
    if (labels instanceof ClassLabels.Listed listed) {
      return Optional.of(listed.labels().stream().map(Name::text).toList());
    }
    ClassLabels.Range range = (ClassLabels.Range) labels;
    OptionalInt from = Literals.asInt(range.from(), RANGE_END);
    OptionalInt to = Literals.asInt(range.to(), RANGE_END);
    if (from.isEmpty() || to.isEmpty() || from.getAsInt() > to.getAsInt()) {
      return Optional.empty();
    }
    return Optional.of(
        IntStream.rangeClosed(from.getAsInt(), to.getAsInt()).mapToObj(Integer::toString).toList());
  }
}
