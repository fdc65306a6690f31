package io.kairos.compiler.ir;

/**
 * Current-based leaky integrate-and-fire neuron, Loihi's compartment in floating point:
 * {@code u(t) = (1 - currentDecay) u(t-1) + sum w_i s_i(t)},
 * {@code v(t) = (1 - voltageDecay) v(t-1) + u(t) + bias}, spike when {@code v(t) > threshold},
 * then {@code v = 0}.
 *
 * @param name the neuron model name
 * @param threshold firing threshold (strict), &gt; 0
 * @param refractory refractory period in steps; {@code >= window} means fire at most once
 * @param currentDecay fraction of the synaptic current lost per step, in [0, 1]
 * @param voltageDecay fraction of the membrane voltage lost per step, in [0, 1]
 * @param bias constant input added to the voltage every step
 */
public record CubaLifNeuron(
    String name,
    double threshold,
    int refractory,
    double currentDecay,
    double voltageDecay,
    double bias)
    implements NeuronModel {}
