package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.OptionalInt;

/** K007: a layer with class labels has one label per neuron. */
final class ClassCountCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      for (NetworkItem.Dense layer : network.layers()) {
        var option = Labels.option(layer);
        OptionalInt size = Symbols.layerSize(layer);
        if (option.isEmpty() || size.isEmpty()) {
          continue;
        }
        Labels.of(option.get().labels()).ifPresent(labels -> {
          if (labels.size() != size.getAsInt()) {
            context.report(DiagnosticCode.K007, option.get().span(),
                "layer '" + layer.name().text() + "' has " + size.getAsInt() + " neurons but "
                    + labels.size() + " class labels");
          }
        });
      }
    }
  }
}
