package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Bound;
import io.kairos.compiler.lang.Language;
import io.kairos.compiler.lang.Literals;
import java.util.OptionalInt;

/**
 * K023 and K024: a noise encoder {@code uniform(size, active A, span S)} spikes on at most all of its
 * neurons ({@code A <= size}) and within the window ({@code S <= window}). The lower bounds (both
 * >= 1) are ordinary range checks (K009); values that are not valid integers are reported there.
 */
final class NoiseCodeCheck implements Check {
  @Override
  public void run(CheckContext context) {
    OptionalInt window = context.symbols().window();
    for (Declaration.Encoder encoder : context.file().all(Declaration.Encoder.class)) {
      if (!encoder.source().kind().text().equals("uniform")) {
        continue;
      }
      Site site = Sites.encoder(encoder).orElseThrow();
      String name = encoder.name().text();
      OptionalInt size = Symbols.encoderSize(encoder);
      site.entry("active").ifPresent(e -> {
        OptionalInt active = integer(e.value(), Language.SIZE);
        if (active.isPresent() && size.isPresent() && active.getAsInt() > size.getAsInt()) {
          context.report(DiagnosticCode.K023, e.value().span(),
              "noise encoder '" + name + "' has " + size.getAsInt() + " neurons, so at most " + size.getAsInt()
                  + " can be active, got active " + active.getAsInt());
        }
      });
      site.entry("span").ifPresent(e -> {
        OptionalInt span = integer(e.value(), Language.WINDOW);
        if (span.isPresent() && window.isPresent() && span.getAsInt() > window.getAsInt()) {
          context.report(DiagnosticCode.K024, e.value().span(),
              "noise encoder '" + name + "' spikes within its span, which must fit in the window "
                  + window.getAsInt() + ", got span " + span.getAsInt());
        }
      });
    }
  }

  private static OptionalInt integer(Value v, Bound bound) {
    return v instanceof Value.Number n ? Literals.asInt(n, bound) : OptionalInt.empty();
  }
}
