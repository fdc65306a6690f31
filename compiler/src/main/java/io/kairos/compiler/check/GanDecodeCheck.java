package io.kairos.compiler.check;

import io.kairos.compiler.diagnostics.DiagnosticCode;

/**
 * K019: a gan generator decodes its output as the discriminator's input encoder, so generated
 * samples and real data have the same coding.
 */
final class GanDecodeCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (GanPair gan : GanPair.all(context)) {
      String wanted = gan.discriminator().input().text();
      if (context.symbols().encoder(wanted).isEmpty()) {
        continue; // an undefined input, reported by the name checks
      }
      boolean decodes = gan.generator().decodes().stream().anyMatch(d -> d.encoder().text().equals(wanted));
      if (!decodes) {
        context.report(DiagnosticCode.K019, gan.train().networks().get(0).span(),
            "gan generator '" + gan.generator().name().text() + "' must decode its output as '" + wanted
                + "', the discriminator's input (add `decode <output layer> as " + wanted + "`)");
      }
    }
  }
}
