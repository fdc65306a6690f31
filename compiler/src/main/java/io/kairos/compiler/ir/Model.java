package io.kairos.compiler.ir;

import java.util.List;
import java.util.Optional;

/**
 * A whole {@code .snn} model: its time window, neuron models, encoders, networks, and what to do
 * with them (train, deploy).
 *
 * @param schemaVersion IR format version, {@link #SCHEMA_VERSION} for models built by this code
 * @param name the model name
 * @param window time steps per sample, {@code t_max}; a spike time of {@code window} means "did not fire"
 * @param neurons neuron models, in declaration order
 * @param encoders input encoders, in declaration order; a noise encoder's span {@link
 *     NoiseLatencyEncoder#SPAN_WINDOW} is replaced by {@code window}
 * @param networks networks, in declaration order
 * @param training the training composition, or {@code null} when the file declares none
 * @param deployment the deployment target, or {@code null} when the file declares none
 */
public record Model(
    int schemaVersion,
    String name,
    int window,
    List<NeuronModel> neurons,
    List<Encoder> encoders,
    List<Network> networks,
    Training training,
    Deployment deployment) {

  /** The IR JSON format version written by this code. */
  public static final int SCHEMA_VERSION = 1;

  public Model {
    neurons = List.copyOf(neurons);
    // A noise encoder's span "the window" becomes the window here, so every model's encoders are explicit.
    encoders = List.copyOf(encoders.stream().map(e -> e instanceof NoiseLatencyEncoder n ? n.inWindow(window) : e).toList());
    networks = List.copyOf(networks);
  }

  public Optional<NeuronModel> neuron(String neuronName) {
    return neurons.stream().filter(n -> n.name().equals(neuronName)).findFirst();
  }

  public Optional<Encoder> encoder(String encoderName) {
    return encoders.stream().filter(e -> e.name().equals(encoderName)).findFirst();
  }

  public Optional<Network> network(String networkName) {
    return networks.stream().filter(n -> n.name().equals(networkName)).findFirst();
  }

  public Optional<Training> trainingSpec() {
    return Optional.ofNullable(training);
  }

  public Optional<Deployment> deploymentSpec() {
    return Optional.ofNullable(deployment);
  }
}
