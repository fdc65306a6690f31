package io.kairos.compiler.deploy.mapping;

/** Neurons {@code first .. first+count-1} of layer {@code layer} of a network, placed on one core. */
public record Block(int layer, int first, int count) {}
