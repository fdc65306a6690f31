package io.kairos.compiler.ir;

/**
 * Reads an output population's spike times as the values of an encoder's domain, inverting that
 * encoder: for an image, {@code p = 255 * (1 - t / window)}, and a silent neuron is black.
 *
 * @param population the decoded population (the network's output)
 * @param encoder the encoder whose value domain and shape the output takes
 */
public record Decoder(String population, String encoder) {}
