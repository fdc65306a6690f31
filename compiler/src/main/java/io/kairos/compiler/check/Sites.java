package io.kairos.compiler.check;

import io.kairos.compiler.ast.Argument;
import io.kairos.compiler.ast.Call;
import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.LayerOption;
import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.Setting;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.lang.Family;
import io.kairos.compiler.lang.Language;
import io.kairos.compiler.lang.Param;
import io.kairos.compiler.lang.Schema;
import io.kairos.compiler.lang.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every parameter site of a file whose kind is known (an unknown kind has no schema; the
 * unknown-kind check reports it), including calls nested in train settings.
 */
public final class Sites {
  private Sites() {}

  public static List<Site> collect(ModelFile file) {
    List<Site> sites = new ArrayList<>();
    for (Declaration d : file.declarations()) {
      if (d instanceof Declaration.Neuron n) {
        neuron(n).ifPresent(sites::add);
      } else if (d instanceof Declaration.Encoder e) {
        encoder(e).ifPresent(sites::add);
      } else if (d instanceof Declaration.Network n) {
        for (NetworkItem.Dense layer : n.layers()) {
          for (LayerOption option : layer.options()) {
            if (option instanceof LayerOption.Init init) {
              init(init.init()).ifPresent(sites::add);
            }
          }
          sites.add(overrides(layer));
        }
      } else if (d instanceof Declaration.Train t) {
        train(t).ifPresent(site -> {
          sites.add(site);
          sites.addAll(nestedCalls(site));
        });
      } else if (d instanceof Declaration.Deploy dep) {
        sites.add(deploy(dep));
      }
    }
    return sites;
  }

  public static Optional<Site> neuron(Declaration.Neuron n) {
    return Language.NEURONS.kind(n.kind().text())
        .map(s -> settingsSite("neuron '" + n.name().text() + "'", s, n.settings(), n.span()));
  }

  public static Optional<Site> encoder(Declaration.Encoder e) {
    return Language.ENCODER_SOURCES.kind(e.source().kind().text())
        .map(s -> callSite("encoder '" + e.name().text() + "'", s, e.source()));
  }

  public static Optional<Site> init(Call init) {
    return Language.INITS.kind(init.kind().text()).map(s -> callSite("init " + s.kind(), s, init));
  }

  /** A layer's per-layer overrides ({@code threshold 50}). */
  public static Site overrides(NetworkItem.Dense layer) {
    List<Site.Entry> entries = new ArrayList<>();
    for (LayerOption option : layer.options()) {
      if (option instanceof LayerOption.Override o) {
        entries.add(new Site.Entry(o.span(), Optional.of(o.key()), Optional.empty(), o.value(), entries.size()));
      }
    }
    return new Site("layer '" + layer.name().text() + "'", "setting", Language.LAYER_OVERRIDES, entries, layer.span());
  }

  public static Optional<Site> train(Declaration.Train t) {
    return Language.TRAININGS.kind(t.kind().text())
        .map(s -> settingsSite("train " + s.kind(), s, t.settings(), t.span()));
  }

  public static Site deploy(Declaration.Deploy dep) {
    return settingsSite("deploy", Language.DEPLOY, dep.settings(), dep.span());
  }

  private static List<Site> nestedCalls(Site site) {
    List<Site> nested = new ArrayList<>();
    for (Site.Entry e : site.entries()) {
      Optional<Param> p = site.param(e);
      if (p.isPresent() && p.get().type() == ValueType.CALL) {
        nested(p.get().family().orElseThrow(), e.value()).ifPresent(nested::add);
      }
    }
    return nested;
  }

  /** The kind named by a call-typed value: {@code sgd(lr 0.2)} or a bare {@code s4nn}. */
  public static Optional<Name> calledKind(Value v) {
    if (v instanceof Value.Invocation inv) {
      return Optional.of(inv.call().kind());
    }
    if (v instanceof Value.Ref ref) {
      return Optional.of(ref.name());
    }
    return Optional.empty();
  }

  /** The call site of a call-typed value of a known kind ({@code s4nn} alone has no arguments). */
  public static Optional<Site> nested(Family family, Value v) {
    Optional<Name> kind = calledKind(v);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<Schema> schema = family.kind(kind.get().text());
    if (schema.isEmpty()) {
      return Optional.empty();
    }
    String owner = family.noun() + " " + kind.get().text();
    if (v instanceof Value.Invocation inv) {
      return Optional.of(callSite(owner, schema.get(), inv.call()));
    }
    return Optional.of(new Site(owner, "argument", schema.get(), List.of(), v.span()));
  }

  private static Site settingsSite(String owner, Schema schema, List<Setting> settings, SourceSpan span) {
    List<Site.Entry> entries = new ArrayList<>();
    for (Setting s : settings) {
      entries.add(new Site.Entry(s.span(), Optional.of(s.key()), s.role(), s.layer(), s.value(), entries.size()));
    }
    return new Site(owner, "setting", schema, entries, span);
  }

  private static Site callSite(String owner, Schema schema, Call call) {
    List<Site.Entry> entries = new ArrayList<>();
    for (Argument a : call.arguments()) {
      entries.add(new Site.Entry(a.span(), a.name(), Optional.empty(), a.value(), entries.size()));
    }
    return new Site(owner, "argument", schema, entries, call.span());
  }
}
