package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What to train: one classifier network, or a generator and a discriminator as a GAN. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ClassifierTraining.class, name = "classifier"),
  @JsonSubTypes.Type(value = GanTraining.class, name = "gan")
})
public sealed interface Training permits ClassifierTraining, GanTraining {
  Dataset data();

  Loss loss();

  int epochs();

  int batch();

  long seed();
}
