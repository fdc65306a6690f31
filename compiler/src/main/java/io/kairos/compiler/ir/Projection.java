package io.kairos.compiler.ir;

/**
 * All-to-all synapses from {@code source} (an encoder or a population) to {@code target}; weights
 * are a {@code [target.size, source.size]} matrix drawn from {@code init}. Every projection adds
 * one time step of delay.
 *
 * @param source encoder or population name
 * @param target population name
 * @param init weight initialisation
 */
public record Projection(String source, String target, Init init) {}
