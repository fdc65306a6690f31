package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Temporal loss: how target spike times are set from the output spike times. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Loss.S4nn.class, name = "s4nn"),
  @JsonSubTypes.Type(value = Loss.AggressiveTtfs.class, name = "aggressive_ttfs")
})
public sealed interface Loss {
  /** Margin in time steps between the correct neuron and the others. */
  double gamma();

  /**
   * S4NN relative targets: with {@code tau} the earliest output spike, neurons within
   * {@code gamma} of it are pushed to {@code tau + gamma} and the correct neuron's target is
   * {@code tau}; if nothing fired, the correct target is {@code window - gamma}.
   */
  record S4nn(double gamma) implements Loss {}

  /**
   * Aggressive TTFS: like S4NN for the wrong neurons, but the correct neuron is always pulled
   * earlier. Rule {@code A}: {@code T_c = max(tau - pull, 0)}. Rule {@code B}: an absolute early
   * target {@code T_c = target}, wrong neurons at least {@code target + gamma}.
   *
   * @param rule {@code A} or {@code B}
   * @param gamma the S4NN margin for wrong neurons
   * @param pull steps the correct neuron is pulled before the earliest spike (rule A)
   * @param target absolute target time of the correct neuron (rule B)
   */
  record AggressiveTtfs(Rule rule, double gamma, double pull, double target) implements Loss {}

  /** The two candidate Aggressive TTFS rules. */
  enum Rule {
    A,
    B
  }
}
