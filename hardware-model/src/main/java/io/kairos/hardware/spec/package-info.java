/**
 * Chip specs: {@link io.kairos.hardware.spec.ChipSpec} records and the one validating loader,
 * {@link io.kairos.hardware.spec.ChipSpecLoader}, with the shipped presets {@code loihi1} and
 * {@code loihi2}.
 */
package io.kairos.hardware.spec;
