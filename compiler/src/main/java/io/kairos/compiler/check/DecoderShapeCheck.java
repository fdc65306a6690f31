package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.OptionalInt;

/** K006: a decoded layer has exactly as many neurons as the decoder's encoder has values. */
final class DecoderShapeCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      for (NetworkItem.Decode decode : network.decodes()) {
        var layer = Symbols.layer(network, decode.population().text());
        var encoder = context.symbols().encoder(decode.encoder().text());
        if (layer.isEmpty() || encoder.isEmpty()) {
          continue;
        }
        OptionalInt neurons = Symbols.layerSize(layer.get());
        OptionalInt values = Symbols.encoderSize(encoder.get());
        if (neurons.isPresent() && values.isPresent() && neurons.getAsInt() != values.getAsInt()) {
          context.report(DiagnosticCode.K006, decode.span(),
              "cannot decode layer '" + layer.get().name().text() + "' (" + neurons.getAsInt()
                  + " neurons) as '" + encoder.get().name().text() + "' (" + values.getAsInt() + " values)");
        }
      }
    }
  }
}
