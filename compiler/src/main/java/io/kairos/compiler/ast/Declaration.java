package io.kairos.compiler.ast;

import java.util.List;

/** A top-level statement of a model file. */
public sealed interface Declaration extends Node {

  /** {@code window 256}. */
  record Window(SourceSpan span, Value.Number steps) implements Declaration {}

  /** {@code neuron IF : if { threshold 100; refractory window }}. */
  record Neuron(SourceSpan span, Name name, Name kind, List<Setting> settings)
      implements Declaration {
    public Neuron {
      settings = List.copyOf(settings);
    }
  }

  /** {@code encode image : intensity(28 x 28) -> latency}. */
  record Encoder(SourceSpan span, Name name, Call source, Name coding) implements Declaration {}

  /** {@code network G(noise) { dense ...; decode ... }}. */
  record Network(SourceSpan span, Name name, Name input, List<NetworkItem> items)
      implements Declaration {
    public Network {
      items = List.copyOf(items);
    }

    public List<NetworkItem.Dense> layers() {
      return items.stream()
          .filter(NetworkItem.Dense.class::isInstance)
          .map(NetworkItem.Dense.class::cast)
          .toList();
    }

    public List<NetworkItem.Decode> decodes() {
      return items.stream()
          .filter(NetworkItem.Decode.class::isInstance)
          .map(NetworkItem.Decode.class::cast)
          .toList();
    }
  }

  /** {@code train gan(G, D) on mnist { ... }}; {@code data} is a name or a string path. */
  record Train(SourceSpan span, Name kind, List<Name> networks, Value data, List<Setting> settings)
      implements Declaration {
    public Train {
      networks = List.copyOf(networks);
      settings = List.copyOf(settings);
    }
  }

  /** {@code deploy loihi1 { weight_bits 8 }}; {@code target} is a name or a string path. */
  record Deploy(SourceSpan span, Value target, List<Setting> settings) implements Declaration {
    public Deploy {
      settings = List.copyOf(settings);
    }
  }
}
