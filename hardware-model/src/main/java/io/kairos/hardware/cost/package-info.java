/**
 * Timing and energy estimates priced from simulator events (docs/hardware-model.md), with distinct
 * unit types ({@link io.kairos.hardware.cost.Nanoseconds}, {@link io.kairos.hardware.cost.Picojoules},
 * {@link io.kairos.hardware.cost.Watts}) so time and energy cannot be mixed.
 */
package io.kairos.hardware.cost;
