package io.kairos.compiler.lang;

import java.util.List;
import java.util.Optional;

/**
 * A closed set of kinds with the same role, e.g. the losses; {@code noun} names the family in
 * messages ("unknown loss 'x'").
 */
public record Family(String noun, List<Schema> kinds) {
  public Family {
    kinds = List.copyOf(kinds);
  }

  public Optional<Schema> kind(String name) {
    return kinds.stream().filter(s -> s.kind().equals(name)).findFirst();
  }

  public List<String> names() {
    return kinds.stream().map(Schema::kind).toList();
  }
}
