package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Weight initialisation of a projection. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Init.Uniform.class, name = "uniform"),
  @JsonSubTypes.Type(value = Init.Normal.class, name = "normal")
})
public sealed interface Init {
  /** Uniform on {@code [low, high)}, {@code low < high}. */
  record Uniform(double low, double high) implements Init {}

  /** Gaussian with the given mean and standard deviation {@code std > 0}. */
  record Normal(double mean, double std) implements Init {}
}
