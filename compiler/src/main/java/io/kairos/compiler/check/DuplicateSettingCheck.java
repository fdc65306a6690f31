package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.LayerOption;
import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.HashMap;
import java.util.Map;

/** K013: a parameter is given at most once per owner, role and layer; a layer has at most one init and one classes. */
final class DuplicateSettingCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Site site : context.sites()) {
      Map<String, SourceSpan> seen = new HashMap<>();
      for (Site.Entry e : site.entries()) {
        site.param(e).ifPresent(p -> {
          String role = e.role().map(Name::text).orElse("");
          String layer = e.layer().map(l -> l.text()).orElse("");
          SourceSpan first = seen.putIfAbsent(p.name() + " " + role + " " + layer, e.span());
          if (first != null) {
            context.report(DiagnosticCode.K013, e.span(),
                "duplicate " + site.noun() + " '" + p.name() + "'" + (role.isEmpty() ? "" : " for the " + role)
                    + (layer.isEmpty() ? "" : " for layer " + layer)
                    + " in " + site.owner() + " (first at " + Where.at(first) + ")");
          }
        });
      }
    }
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      for (NetworkItem.Dense layer : network.layers()) {
        once(context, layer, LayerOption.Init.class, "init");
        once(context, layer, LayerOption.Classes.class, "classes");
      }
    }
  }

  private static void once(CheckContext context, NetworkItem.Dense layer, Class<? extends LayerOption> kind, String word) {
    var options = layer.options().stream().filter(kind::isInstance).toList();
    for (int i = 1; i < options.size(); i++) {
      context.report(DiagnosticCode.K013, options.get(i).span(),
          "layer '" + layer.name().text() + "' has more than one " + word + " (first at "
              + Where.at(options.get(0).span()) + ")");
    }
  }
}
