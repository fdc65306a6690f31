package io.kairos.compiler.ir;

/**
 * Non-leaky integrate-and-fire neuron with instantaneous synapses:
 * {@code V(t) = sum_{i: t_i <= t} w_i}, spike when {@code V(t) > threshold}.
 *
 * @param name the neuron model name
 * @param threshold firing threshold (strict), &gt; 0
 * @param refractory refractory period in steps; {@code >= window} means fire at most once
 */
public record IfNeuron(String name, double threshold, int refractory) implements NeuronModel {}
