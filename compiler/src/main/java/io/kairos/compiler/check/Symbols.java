package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.lang.Language;
import io.kairos.compiler.lang.Literals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The top-level names of a file (neurons, encoders and networks share one namespace; the first
 * declaration of a name wins, later ones are reported as duplicates) and the sizes that can be
 * read off the AST. Sizes are empty when the literal is invalid; the range check reports those.
 */
public final class Symbols {
  private final ModelFile file;
  private final Map<String, Declaration> byName = new LinkedHashMap<>();

  public Symbols(ModelFile file) {
    this.file = file;
    for (Declaration d : file.declarations()) {
      declaredName(d).ifPresent(name -> byName.putIfAbsent(name, d));
    }
  }

  public ModelFile file() {
    return file;
  }

  static Optional<String> declaredName(Declaration d) {
    if (d instanceof Declaration.Neuron n) {
      return Optional.of(n.name().text());
    }
    if (d instanceof Declaration.Encoder e) {
      return Optional.of(e.name().text());
    }
    if (d instanceof Declaration.Network n) {
      return Optional.of(n.name().text());
    }
    return Optional.empty();
  }

  public Optional<Declaration> lookup(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Optional<Declaration.Neuron> neuron(String name) {
    return lookup(name).filter(Declaration.Neuron.class::isInstance).map(Declaration.Neuron.class::cast);
  }

  public Optional<Declaration.Encoder> encoder(String name) {
    return lookup(name).filter(Declaration.Encoder.class::isInstance).map(Declaration.Encoder.class::cast);
  }

  public Optional<Declaration.Network> network(String name) {
    return lookup(name).filter(Declaration.Network.class::isInstance).map(Declaration.Network.class::cast);
  }

  /** The window, when declared once with a valid value. */
  public OptionalInt window() {
    List<Declaration.Window> windows = file.all(Declaration.Window.class);
    return windows.isEmpty() ? OptionalInt.empty() : Literals.asInt(windows.get(0).steps(), Language.WINDOW);
  }

  public static OptionalInt layerSize(NetworkItem.Dense layer) {
    return Literals.asInt(layer.size(), Language.SIZE);
  }

  /** The number of values an encoder produces per sample: height times width, or the noise size. */
  public static OptionalInt encoderSize(Declaration.Encoder encoder) {
    // The first parameter (shape or size), positional or named; `uniform` may add active and span.
    Optional<Value> first = Sites.encoder(encoder)
        .flatMap(site -> site.entry(site.schema().params().get(0).name()))
        .map(Site.Entry::value);
    if (first.isEmpty()) {
      return OptionalInt.empty();
    }
    Value v = first.get();
    return switch (encoder.source().kind().text()) {
      case "intensity" -> v instanceof Value.Shape shape ? shapeSize(shape) : OptionalInt.empty();
      case "uniform" -> v instanceof Value.Number n ? Literals.asInt(n, Language.SIZE) : OptionalInt.empty();
      default -> OptionalInt.empty();
    };
  }

  private static OptionalInt shapeSize(Value.Shape shape) {
    long size = 1;
    for (Value.Number dim : shape.dims()) {
      OptionalInt d = Literals.asInt(dim, Language.DIMENSION);
      if (d.isEmpty()) {
        return OptionalInt.empty();
      }
      size *= d.getAsInt();
      if (size > Integer.MAX_VALUE) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of((int) size);
  }

  /** The output (last) layer of a network, if it has any. */
  public static Optional<NetworkItem.Dense> outputLayer(Declaration.Network network) {
    List<NetworkItem.Dense> layers = network.layers();
    return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
  }

  public static Optional<NetworkItem.Dense> layer(Declaration.Network network, String name) {
    return network.layers().stream().filter(l -> l.name().text().equals(name)).findFirst();
  }
}
