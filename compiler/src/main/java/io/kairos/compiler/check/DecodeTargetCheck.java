package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.List;

/** K017: a network decodes at most once, and only its output (last) layer. */
final class DecodeTargetCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      List<NetworkItem.Decode> decodes = network.decodes();
      for (int i = 1; i < decodes.size(); i++) {
        context.report(DiagnosticCode.K017, decodes.get(i).span(),
            "network '" + network.name().text() + "' already decodes its output at " + Where.at(decodes.get(0).span()));
      }
      var output = Symbols.outputLayer(network);
      for (NetworkItem.Decode decode : decodes) {
        String named = decode.population().text();
        boolean isLayer = Symbols.layer(network, named).isPresent();
        if (isLayer && output.isPresent() && !output.get().name().text().equals(named)) {
          context.report(DiagnosticCode.K017, decode.population().span(),
              "decode must name the output layer '" + output.get().name().text() + "' of network '"
                  + network.name().text() + "', not '" + named + "'");
        }
      }
    }
  }
}
