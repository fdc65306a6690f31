package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A neuron model that populations refer to by name. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = IfNeuron.class, name = "if"),
  @JsonSubTypes.Type(value = CubaLifNeuron.class, name = "cuba_lif")
})
public sealed interface NeuronModel permits IfNeuron, CubaLifNeuron {
  String name();

  /** Firing threshold: a neuron fires when its potential is strictly greater than this. */
  double threshold();

  /**
   * Refractory period in time steps after a spike. A value of at least the model window means the
   * neuron fires at most once per sample (TTFS).
   */
  int refractory();

  /** True when the neuron can fire at most once within a window of {@code window} steps. */
  default boolean firesOnceWithin(int window) {
    return refractory() >= window;
  }
}
