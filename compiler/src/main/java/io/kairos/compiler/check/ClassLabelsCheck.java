package io.kairos.compiler.check;

import io.kairos.compiler.ast.ClassLabels;
import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.HashMap;
import java.util.Map;

/** K020: the class labels of a layer are distinct. */
final class ClassLabelsCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      for (NetworkItem.Dense layer : network.layers()) {
        Labels.option(layer)
            .filter(o -> o.labels() instanceof ClassLabels.Listed)
            .ifPresent(o -> distinct(context, (ClassLabels.Listed) o.labels()));
      }
    }
  }

  private static void distinct(CheckContext context, ClassLabels.Listed listed) {
    Map<String, SourceSpan> seen = new HashMap<>();
    for (Name label : listed.labels()) {
      SourceSpan first = seen.putIfAbsent(label.text(), label.span());
      if (first != null) {
        context.report(DiagnosticCode.K020, label.span(),
            "duplicate class label '" + label.text() + "' (first at " + Where.at(first) + ")");
      }
    }
  }
}
