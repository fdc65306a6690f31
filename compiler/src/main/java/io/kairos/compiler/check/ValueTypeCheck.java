package io.kairos.compiler.check;

import io.kairos.compiler.diagnostics.DiagnosticCode;

/** K014: each parameter's value has the right form, e.g. "refractory needs a number of steps or `window`". */
final class ValueTypeCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Site site : context.sites()) {
      for (Site.Entry e : site.entries()) {
        site.param(e)
            .filter(p -> !ValueShapes.fits(p.type(), e.value()))
            .ifPresent(p -> context.report(DiagnosticCode.K014, e.value().span(),
                p.name() + " needs " + p.type().phrase()));
      }
    }
  }
}
