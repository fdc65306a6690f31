package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.diagnostics.DiagnosticCode;

/** K004: a network's input names an encoder (not a neuron model or another network). */
final class NetworkInputCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      context.symbols().lookup(network.input().text())
          .filter(d -> !(d instanceof Declaration.Encoder))
          .ifPresent(d -> context.report(DiagnosticCode.K004, network.input().span(),
              "the input of network '" + network.name().text() + "' must be an encoder, but '"
                  + network.input().text() + "' is " + Where.kindOf(d)));
    }
  }
}
