package io.kairos.compiler.ir;

import java.util.List;
import java.util.Optional;

/**
 * A feed-forward network: an encoder feeding a stack of populations through dense projections.
 *
 * @param name the network name
 * @param input the name of the encoder that feeds the first projection
 * @param populations populations in feed-forward order; the last is the output
 * @param projections dense projections; {@code projections.get(i)} feeds {@code populations.get(i)}
 * @param decoder how the output population's spike times are read as values, or {@code null}
 */
public record Network(
    String name,
    String input,
    List<Population> populations,
    List<Projection> projections,
    Decoder decoder) {

  public Network {
    populations = List.copyOf(populations);
    projections = List.copyOf(projections);
  }

  public Population output() {
    return populations.get(populations.size() - 1);
  }

  public Optional<Population> population(String populationName) {
    return populations.stream().filter(p -> p.name().equals(populationName)).findFirst();
  }

  public Optional<Decoder> decoderSpec() {
    return Optional.ofNullable(decoder);
  }
}
