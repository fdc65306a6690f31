package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Turns input values into one spike time per input neuron (latency coding). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImageLatencyEncoder.class, name = "image_latency"),
  @JsonSubTypes.Type(value = NoiseLatencyEncoder.class, name = "noise_latency")
})
public sealed interface Encoder permits ImageLatencyEncoder, NoiseLatencyEncoder {
  String name();

  /** Number of input neurons (spike times) this encoder produces per sample. */
  int size();
}
