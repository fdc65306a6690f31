package io.kairos.compiler.check;

import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.OptionalInt;

/** K005: the generator's output layer has as many neurons as the discriminator's input encoder has values. */
final class GanShapeCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (GanPair gan : GanPair.all(context)) {
      var output = Symbols.outputLayer(gan.generator());
      var input = context.symbols().encoder(gan.discriminator().input().text());
      if (output.isEmpty() || input.isEmpty()) {
        continue;
      }
      OptionalInt produced = Symbols.layerSize(output.get());
      OptionalInt consumed = Symbols.encoderSize(input.get());
      if (produced.isPresent() && consumed.isPresent() && produced.getAsInt() != consumed.getAsInt()) {
        context.report(DiagnosticCode.K005, gan.train().networks().get(0).span(),
            "gan generator '" + gan.generator().name().text() + "' outputs " + produced.getAsInt()
                + " values (layer '" + output.get().name().text() + "') but discriminator '"
                + gan.discriminator().name().text() + "' takes " + consumed.getAsInt()
                + " (encoder '" + input.get().name().text() + "')");
      }
    }
  }
}
