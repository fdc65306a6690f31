package io.kairos.compiler.deploy.fidelity;

/**
 * Float versus fixed-point spike times of one layer over all samples.
 *
 * @param layer population name
 * @param identicalShare share of (sample, neuron) spike times that are equal (silent = silent counts)
 * @param meanAbsDifference mean |t_float - t_fixed| over all (sample, neuron), silent as t_max
 * @param floatFiredShare share of (sample, neuron) that fired in float
 * @param fixedFiredShare share that fired in fixed point
 */
public record LayerFidelity(
    String layer, double identicalShare, double meanAbsDifference, double floatFiredShare, double fixedFiredShare) {}
