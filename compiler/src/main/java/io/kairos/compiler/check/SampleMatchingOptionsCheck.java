package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Language;
import io.kairos.compiler.lang.Literals;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * K025: the options of sample matching ({@code matching_pairing} whatever its value, a {@code
 * matching_margin} above 0) are refused in a gan whose {@code sample_matching} is 0 or absent:
 * they would change nothing, which is almost certainly not what was meant (the trainer refuses
 * the same models read from IR). Values that are not valid are reported by the range and type
 * checks, not here.
 */
final class SampleMatchingOptionsCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Train t : context.file().all(Declaration.Train.class)) {
      if (!t.kind().text().equals("gan")) {
        continue;
      }
      Optional<Site> found = Sites.train(t);
      if (found.isEmpty()) {
        continue;
      }
      Site site = found.get();
      Optional<Site.Entry> share = site.entry("sample_matching");
      if (share.isPresent()) {
        OptionalDouble value = number(share.get().value());
        if (value.isEmpty() || value.getAsDouble() != 0) {
          continue;
        }
      }
      for (String option : Language.SAMPLE_MATCHING_OPTIONS) {
        site.entry(option)
            .filter(e -> inUse(option, e.value()))
            .ifPresent(e -> context.report(DiagnosticCode.K025, e.span(),
                option + " needs sample matching: set sample_matching above 0"));
      }
    }
  }

  /** A valid value that asks for something: any pairing, a margin above 0 (bad values are other checks' business). */
  private static boolean inUse(String option, Value v) {
    if (option.equals("matching_margin")) {
      OptionalDouble margin = number(v);
      return margin.isPresent() && margin.getAsDouble() > 0 && margin.getAsDouble() <= 1;
    }
    return v instanceof Value.Ref r && Language.MATCHING_PAIRINGS.contains(r.name().text());
  }

  private static OptionalDouble number(Value v) {
    return v instanceof Value.Number n ? Literals.asDouble(n) : OptionalDouble.empty();
  }
}
