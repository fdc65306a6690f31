package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.LayerOption;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Param;
import java.util.Optional;

/**
 * K012: required parameters are written (a role setting such as a gan's optimizer is satisfied by
 * one plain entry or one entry per role); every layer has an init; every network has a layer.
 */
final class MissingSettingCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Site site : context.sites()) {
      for (Param p : site.schema().params()) {
        if (!p.required()) {
          continue;
        }
        if (p.roles().isEmpty()) {
          if (site.entry(p.name()).isEmpty()) {
            context.report(DiagnosticCode.K012, site.span(), site.owner() + " needs " + p.name());
          }
          continue;
        }
        for (String role : p.roles()) {
          if (site.entry(p.name(), Optional.of(role)).isEmpty()) {
            context.report(DiagnosticCode.K012, site.span(),
                site.owner() + " needs " + p.name() + " for the " + role + " (or one " + p.name() + " for all)");
          }
        }
      }
    }
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      if (network.layers().isEmpty()) {
        context.report(DiagnosticCode.K012, network.name().span(),
            "network '" + network.name().text() + "' needs at least one dense layer");
      }
      for (NetworkItem.Dense layer : network.layers()) {
        if (layer.options().stream().noneMatch(LayerOption.Init.class::isInstance)) {
          context.report(DiagnosticCode.K012, layer.span(),
              "layer '" + layer.name().text() + "' needs an init, e.g. `init uniform(0, 5)`");
        }
      }
    }
  }
}
