package io.kairos.compiler.check;

import io.kairos.compiler.diagnostics.DiagnosticCode;

/** K008: a gan discriminator's output layer has exactly two class labels (real first, then fake). */
final class GanDiscriminatorClassesCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (GanPair gan : GanPair.all(context)) {
      var output = Symbols.outputLayer(gan.discriminator());
      if (output.isEmpty()) {
        continue;
      }
      var option = Labels.option(output.get());
      int count = option.flatMap(o -> Labels.of(o.labels())).map(java.util.List::size).orElse(0);
      if (option.isPresent() && Labels.of(option.get().labels()).isEmpty()) {
        continue; // an invalid range, reported by the range check
      }
      if (count != 2) {
        context.report(DiagnosticCode.K008, gan.train().networks().get(1).span(),
            "gan discriminator '" + gan.discriminator().name().text() + "' needs exactly 2 classes on its output layer '"
                + output.get().name().text() + "', e.g. classes(real, fake); it has " + count);
      }
    }
  }
}
