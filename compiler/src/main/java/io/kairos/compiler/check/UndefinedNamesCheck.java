package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.Setting;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.lang.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * K003: every name used refers to a declaration of the right sort: a layer's neuron model, a
 * network's input, a decode's layer and encoder, a training's networks, a per-layer deploy
 * setting's network and layer. (A network input that
 * names something other than an encoder is K004.)
 */
final class UndefinedNamesCheck implements Check {
  @Override
  public void run(CheckContext context) {
    Symbols symbols = context.symbols();
    List<Declaration> all = context.file().declarations();
    List<String> neurons = names(all, Declaration.Neuron.class);
    List<String> encoders = names(all, Declaration.Encoder.class);
    List<String> networks = names(all, Declaration.Network.class);
    for (Declaration.Network network : context.file().all(Declaration.Network.class)) {
      if (symbols.lookup(network.input().text()).isEmpty()) {
        undefined(context, "encoder", network.input(), encoders);
      }
      for (NetworkItem.Dense layer : network.layers()) {
        expect(context, symbols.lookup(layer.neuron().text()), Declaration.Neuron.class, "neuron", layer.neuron(), neurons);
      }
      List<String> layers = network.layers().stream().map(l -> l.name().text()).toList();
      for (NetworkItem.Decode decode : network.decodes()) {
        if (!layers.contains(decode.population().text())) {
          context.report(DiagnosticCode.K003, decode.population().span(),
              "undefined layer '" + decode.population().text() + "' in network '" + network.name().text() + "'"
                  + Suggestions.hint(decode.population().text(), layers));
        }
        expect(context, symbols.lookup(decode.encoder().text()), Declaration.Encoder.class, "encoder", decode.encoder(), encoders);
      }
    }
    for (Declaration.Train train : context.file().all(Declaration.Train.class)) {
      for (Name net : train.networks()) {
        expect(context, symbols.lookup(net.text()), Declaration.Network.class, "network", net, networks);
      }
    }
    for (Declaration.Deploy deploy : context.file().all(Declaration.Deploy.class)) {
      for (Setting s : deploy.settings()) {
        s.layer().ifPresent(layer -> deployedLayer(context, symbols, layer, networks));
      }
    }
  }

  /** {@code scale_quantile discriminator/hidden ...}: a network of the file and one of its layers. */
  private static void deployedLayer(CheckContext context, Symbols symbols, Setting.Layer layer, List<String> networks) {
    Optional<Declaration> found = symbols.lookup(layer.network().text());
    expect(context, found, Declaration.Network.class, "network", layer.network(), networks);
    if (found.isPresent() && found.get() instanceof Declaration.Network network) {
      List<String> layers = network.layers().stream().map(l -> l.name().text()).toList();
      if (!layers.contains(layer.population().text())) {
        context.report(DiagnosticCode.K003, layer.population().span(),
            "undefined layer '" + layer.population().text() + "' in network '" + network.name().text() + "'"
                + Suggestions.hint(layer.population().text(), layers));
      }
    }
  }

  private static void expect(
      CheckContext context, Optional<Declaration> found, Class<? extends Declaration> sort,
      String noun, Name used, List<String> candidates) {
    if (found.isEmpty()) {
      undefined(context, noun, used, candidates);
    } else if (!sort.isInstance(found.get())) {
      context.report(DiagnosticCode.K003, used.span(),
          "'" + used.text() + "' is " + Where.kindOf(found.get()) + ", not a " + noun
              + Suggestions.hint(used.text(), candidates));
    }
  }

  private static void undefined(CheckContext context, String noun, Name used, List<String> candidates) {
    context.report(DiagnosticCode.K003, used.span(),
        "undefined " + noun + " '" + used.text() + "'" + Suggestions.hint(used.text(), candidates));
  }

  private static List<String> names(List<Declaration> all, Class<? extends Declaration> sort) {
    return all.stream().filter(sort::isInstance).map(d -> Symbols.declaredName(d).orElseThrow()).distinct().toList();
  }
}
