package io.kairos.compiler.check;

import io.kairos.compiler.ast.ClassLabels;
import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Bound;
import io.kairos.compiler.lang.Language;
import io.kairos.compiler.lang.Literals;
import io.kairos.compiler.lang.Param;
import io.kairos.compiler.lang.ValueType;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * K009: numbers within their documented bounds (window 1..65535, sizes >= 1, thresholds and
 * learning rates > 0, probabilities in [0, 1] ...), named choices among their options, label
 * ranges ascending, {@code uniform(low, high)} with {@code low < high}. A literal too large to
 * represent is reported here as out of range, quoting it as written.
 */
final class RangeCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Window w : context.file().all(Declaration.Window.class)) {
      integer(context, "window", w.steps(), Language.WINDOW);
    }
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      for (NetworkItem.Dense layer : network.layers()) {
        integer(context, "the size of layer '" + layer.name().text() + "'", layer.size(), Language.SIZE);
        Labels.option(layer).ifPresent(o -> labelRange(context, o.labels()));
      }
    }
    for (Site site : context.sites()) {
      for (Site.Entry e : site.entries()) {
        site.param(e).filter(p -> ValueShapes.fits(p.type(), e.value())).ifPresent(p -> entry(context, p, e.value()));
      }
      if (site.owner().equals("init uniform")) {
        ordered(context, site);
      }
    }
  }

  private static void entry(CheckContext context, Param p, Value v) {
    if (p.type() == ValueType.SHAPE) {
      for (Value.Number dim : ((Value.Shape) v).dims()) {
        integer(context, "an image dimension", dim, Language.DIMENSION);
      }
    } else if (p.type() == ValueType.NAME && !p.choices().isEmpty()) {
      String chosen = ((Value.Ref) v).name().text();
      if (!p.choices().contains(chosen)) {
        context.report(DiagnosticCode.K009, v.span(),
            p.name() + " must be one of " + String.join(", ", p.choices()) + ", got " + chosen);
      }
    } else if (v instanceof Value.Number n) {
      if (p.type() == ValueType.NUMBER) {
        number(context, p.name(), n, p.bound());
      } else {
        integer(context, p.name(), n, p.bound());
      }
    }
  }

  private static void number(CheckContext context, String what, Value.Number n, Bound bound) {
    OptionalDouble d = Literals.asDouble(n);
    if (d.isEmpty() || !bound.contains(d.getAsDouble())) {
      outOfRange(context, what, n, bound);
    }
  }

  private static void integer(CheckContext context, String what, Value.Number n, Bound bound) {
    OptionalLong l = Literals.asLong(n);
    if (l.isEmpty() || !bound.contains(l.getAsLong())) {
      outOfRange(context, what, n, bound);
    }
  }

  private static void outOfRange(CheckContext context, String what, Value.Number n, Bound bound) {
    String text = n.text().length() > 30 ? n.text().substring(0, 27) + "..." : n.text();
    context.report(DiagnosticCode.K009, n.span(), what + " must be " + bound.phrase() + ", got " + text);
  }

  private static void labelRange(CheckContext context, ClassLabels labels) {
    if (!(labels instanceof ClassLabels.Range range)) {
      return;
    }
    integer(context, "a class label range end", range.from(), Labels.RANGE_END);
    integer(context, "a class label range end", range.to(), Labels.RANGE_END);
    OptionalLong from = Literals.asLong(range.from());
    OptionalLong to = Literals.asLong(range.to());
    if (from.isPresent() && to.isPresent() && from.getAsLong() > to.getAsLong()) {
      context.report(DiagnosticCode.K009, range.span(),
          "class label range " + range.from().text() + ".." + range.to().text() + " is empty; write the smaller end first");
    }
  }

  private static void ordered(CheckContext context, Site site) {
    var low = site.entry("low").map(Site.Entry::value);
    var high = site.entry("high").map(Site.Entry::value);
    if (low.isPresent() && high.isPresent()
        && low.get() instanceof Value.Number l && high.get() instanceof Value.Number h) {
      OptionalDouble lo = Literals.asDouble(l);
      OptionalDouble hi = Literals.asDouble(h);
      if (lo.isPresent() && hi.isPresent() && !(lo.getAsDouble() < hi.getAsDouble())) {
        context.report(DiagnosticCode.K009, site.span(),
            "uniform(low, high) needs low < high, got " + l.text() + " and " + h.text());
      }
    }
  }
}
