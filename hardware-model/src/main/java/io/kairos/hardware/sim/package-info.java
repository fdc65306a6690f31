/**
 * The bit-exact functional simulator (docs/fixed-point.md): {@link io.kairos.hardware.sim.ChipSimulator}
 * runs core tables on input spike trains and returns spike times and per-step events
 * ({@link io.kairos.hardware.sim.EventTrace}) for the cost models.
 */
package io.kairos.hardware.sim;
