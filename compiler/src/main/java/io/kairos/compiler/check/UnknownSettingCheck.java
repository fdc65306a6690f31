package io.kairos.compiler.check;

import io.kairos.compiler.ast.Name;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Param;
import io.kairos.compiler.lang.Suggestions;
import java.util.Optional;

/**
 * K011: every setting or named argument is one its owner accepts; positional arguments do not
 * outnumber the parameters; a role ({@code optimizer generator ...}) is one the setting has; only
 * a per-layer parameter is given for a layer ({@code scale_quantile discriminator/hidden ...}).
 */
final class UnknownSettingCheck implements Check {
  @Override
  public void run(CheckContext context) {
    for (Site site : context.sites()) {
      boolean tooManyReported = false;
      for (Site.Entry e : site.entries()) {
        Optional<Param> param = site.param(e);
        if (e.key().isPresent() && param.isEmpty()) {
          String key = e.key().get().text();
          context.report(DiagnosticCode.K011, e.key().get().span(),
              "unknown " + site.noun() + " '" + key + "' for " + site.owner()
                  + Suggestions.hint(key, site.schema().names()));
        } else if (param.isEmpty() && !tooManyReported) {
          tooManyReported = true;
          int count = site.schema().params().size();
          context.report(DiagnosticCode.K011, e.span(),
              site.owner() + " takes " + count + " argument" + (count == 1 ? "" : "s") + ", got "
                  + site.entries().size());
        }
        if (param.isPresent() && e.role().isPresent()) {
          role(context, site, param.get(), e.role().get());
        }
        if (param.isPresent() && e.layer().isPresent() && !param.get().perLayer()) {
          context.report(DiagnosticCode.K011, e.layer().get().span(),
              param.get().name() + " cannot be given per layer in " + site.owner() + "; write `"
                  + param.get().name() + " ...` alone");
        }
      }
    }
  }

  private static void role(CheckContext context, Site site, Param param, Name role) {
    if (param.roles().isEmpty()) {
      context.report(DiagnosticCode.K011, role.span(),
          param.name() + " cannot be given per role in " + site.owner() + "; write `" + param.name() + " ...` alone");
    } else if (!param.roles().contains(role.text())) {
      context.report(DiagnosticCode.K011, role.span(),
          "unknown role '" + role.text() + "' for " + param.name() + Suggestions.hint(role.text(), param.roles()));
    }
  }
}
