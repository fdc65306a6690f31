package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.HashMap;
import java.util.Map;

/**
 * K002: neurons, encoders and networks share one namespace; layer names are unique within their
 * network and differ from the network's input (a projection names its source).
 */
final class DuplicateNamesCheck implements Check {
  @Override
  public void run(CheckContext context) {
    Map<String, SourceSpan> topLevel = new HashMap<>();
    for (Declaration d : context.file().declarations()) {
      Symbols.declaredName(d).ifPresent(name -> {
        SourceSpan here = nameSpan(d);
        SourceSpan first = topLevel.putIfAbsent(name, here);
        if (first != null) {
          context.report(DiagnosticCode.K002, here,
              "duplicate name '" + name + "' (first declared at " + Where.at(first) + ")");
        }
      });
      if (d instanceof Declaration.Network network) {
        checkLayers(context, network);
      }
    }
  }

  private static void checkLayers(CheckContext context, Declaration.Network network) {
    Map<String, SourceSpan> layers = new HashMap<>();
    for (NetworkItem.Dense layer : network.layers()) {
      String name = layer.name().text();
      SourceSpan first = layers.putIfAbsent(name, layer.name().span());
      if (first != null) {
        context.report(DiagnosticCode.K002, layer.name().span(),
            "duplicate layer '" + name + "' in network '" + network.name().text()
                + "' (first declared at " + Where.at(first) + ")");
      } else if (name.equals(network.input().text())) {
        context.report(DiagnosticCode.K002, layer.name().span(),
            "layer '" + name + "' has the same name as the network's input");
      }
    }
  }

  private static SourceSpan nameSpan(Declaration d) {
    if (d instanceof Declaration.Neuron n) {
      return n.name().span();
    }
    if (d instanceof Declaration.Encoder e) {
      return e.name().span();
    }
    return ((Declaration.Network) d).name().span();
  }
}
