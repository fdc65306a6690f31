package io.kairos.compiler.lang;

import java.util.List;
import java.util.Optional;

/** The parameters of one kind of thing (a neuron kind, a loss, the train block ...), in order. */
public record Schema(String kind, List<Param> params) {
  public Schema {
    params = List.copyOf(params);
  }

  public Optional<Param> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public List<String> names() {
    return params.stream().map(Param::name).toList();
  }
}
