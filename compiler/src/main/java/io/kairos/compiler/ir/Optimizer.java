package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Parameter update rule. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Optimizer.Sgd.class, name = "sgd"),
  @JsonSubTypes.Type(value = Optimizer.Adam.class, name = "adam")
})
public sealed interface Optimizer {
  /** Learning rate, &gt; 0. */
  double lr();

  /** L2 weight decay per update: {@code w -= lr * decay * w}. */
  double decay();

  /** Plain SGD as in S4NN: {@code w -= lr * g}, then {@code w -= lr * decay * w}. */
  record Sgd(double lr, double decay) implements Optimizer {}

  /** Adam (Kingma and Ba) with bias correction, plus the same L2 decay. */
  record Adam(double lr, double beta1, double beta2, double epsilon, double decay)
      implements Optimizer {}
}
