package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.diagnostics.DiagnosticCode;

/** K018: a classifier's network has class labels on its output layer. */
final class ClassifierClassesCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Train train : context.file().all(Declaration.Train.class)) {
      if (!train.kind().text().equals("classifier") || train.networks().size() != 1) {
        continue;
      }
      var name = train.networks().get(0);
      context.symbols().network(name.text())
          .flatMap(Symbols::outputLayer)
          .filter(output -> Labels.option(output).isEmpty())
          .ifPresent(output -> context.report(DiagnosticCode.K018, name.span(),
              "classifier network '" + name.text() + "' needs class labels on its output layer '"
                  + output.name().text() + "', e.g. classes(0..9)"));
    }
  }
}
