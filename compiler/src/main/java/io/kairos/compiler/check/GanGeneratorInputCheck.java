package io.kairos.compiler.check;

import io.kairos.compiler.diagnostics.DiagnosticCode;

/** K022: a gan generator is fed by a noise encoder ({@code uniform(N)}): it turns noise into samples. */
final class GanGeneratorInputCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (GanPair gan : GanPair.all(context)) {
      String input = gan.generator().input().text();
      context.symbols().encoder(input)
          .filter(e -> !e.source().kind().text().equals("uniform"))
          .ifPresent(e -> context.report(DiagnosticCode.K022, gan.train().networks().get(0).span(),
              "gan generator '" + gan.generator().name().text() + "' must read noise, but its input '"
                  + input + "' is an encoder of " + e.source().kind().text()
                  + "; use e.g. `encode noise : uniform(100) -> latency`"));
    }
  }
}
