package io.kairos.compiler.ir;

/**
 * Uniform noise {@code z} in [0, 1) to spike time: {@code t = floor((1 - z) * window)}.
 *
 * @param name the encoder name
 * @param size number of noise values per sample
 */
public record NoiseLatencyEncoder(String name, int size) implements Encoder {}
