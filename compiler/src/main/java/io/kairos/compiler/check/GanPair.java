package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import java.util.List;
import java.util.Optional;

/** A {@code train gan(G, D)} whose two names resolve to networks. */
record GanPair(Declaration.Train train, Declaration.Network generator, Declaration.Network discriminator) {

  static List<GanPair> all(CheckContext context) {
    return context.file().all(Declaration.Train.class).stream()
        .filter(t -> t.kind().text().equals("gan") && t.networks().size() == 2)
        .flatMap(t -> of(context.symbols(), t).stream())
        .toList();
  }

  private static Optional<GanPair> of(Symbols symbols, Declaration.Train train) {
    var g = symbols.network(train.networks().get(0).text());
    var d = symbols.network(train.networks().get(1).text());
    return g.isPresent() && d.isPresent() ? Optional.of(new GanPair(train, g.get(), d.get())) : Optional.empty();
  }
}
