package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Language;
import java.util.List;

/** K016: a classifier trains one network; a gan trains two different ones (generator, discriminator). */
final class CompositionCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Train train : context.file().all(Declaration.Train.class)) {
      String kind = train.kind().text();
      if (Language.TRAININGS.kind(kind).isEmpty()) {
        continue;
      }
      List<String> roles = Language.trainingRoles(kind);
      int given = train.networks().size();
      if (given != roles.size()) {
        context.report(DiagnosticCode.K016, train.kind().span(),
            "train " + kind + " takes " + roles.size() + " network" + (roles.size() == 1 ? "" : "s")
                + " (" + String.join(", ", roles) + "), got " + given);
      } else if (given == 2 && train.networks().get(0).text().equals(train.networks().get(1).text())) {
        context.report(DiagnosticCode.K016, train.networks().get(1).span(),
            "a gan needs two different networks, got '" + train.networks().get(1).text() + "' twice");
      }
    }
  }
}
