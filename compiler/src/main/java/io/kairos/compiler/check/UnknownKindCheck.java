package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.LayerOption;
import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Family;
import io.kairos.compiler.lang.Language;
import io.kairos.compiler.lang.Suggestions;
import io.kairos.compiler.lang.ValueType;
import java.util.List;

/**
 * K010: kinds come from closed lists (neuron kinds, encoders, codings, inits, trainings, losses,
 * optimizers, data sets, deployment targets); an unknown one gets the closest valid name.
 */
final class UnknownKindCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration d : context.file().declarations()) {
      if (d instanceof Declaration.Neuron n) {
        known(context, Language.NEURONS, n.kind());
      } else if (d instanceof Declaration.Encoder e) {
        known(context, Language.ENCODER_SOURCES, e.source().kind());
        known(context, Language.CODINGS, e.coding());
      } else if (d instanceof Declaration.Network network) {
        for (NetworkItem.Dense layer : network.layers()) {
          for (LayerOption o : layer.options()) {
            if (o instanceof LayerOption.Init init) {
              known(context, Language.INITS, init.init().kind());
            }
          }
        }
      } else if (d instanceof Declaration.Train t) {
        known(context, Language.TRAININGS, t.kind());
        if (t.data() instanceof Value.Ref ref) {
          knownName(context, "data set", ref.name(), Language.DATA_SETS, " (or give a folder path in quotes)");
        }
      } else if (d instanceof Declaration.Deploy dep && dep.target() instanceof Value.Ref ref) {
        knownName(context, "target", ref.name(), Language.TARGETS, " (or give a chip spec file path in quotes)");
      }
    }
    for (Site site : context.sites()) {
      for (Site.Entry e : site.entries()) {
        site.param(e)
            .filter(p -> p.type() == ValueType.CALL)
            .ifPresent(p -> Sites.calledKind(e.value()).ifPresent(kind -> known(context, p.family().orElseThrow(), kind)));
      }
    }
  }

  private static void known(CheckContext context, Family family, Name kind) {
    if (family.kind(kind.text()).isEmpty()) {
      knownName(context, family.noun(), kind, family.names(), "");
    }
  }

  private static void knownName(CheckContext context, String noun, Name name, List<String> valid, String alternative) {
    if (!valid.contains(name.text())) {
      context.report(DiagnosticCode.K010, name.span(),
          "unknown " + noun + " '" + name.text() + "'" + Suggestions.hint(name.text(), valid) + alternative);
    }
  }
}
