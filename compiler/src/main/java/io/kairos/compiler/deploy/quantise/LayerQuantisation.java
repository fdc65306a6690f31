package io.kairos.compiler.deploy.quantise;

import io.kairos.compiler.deploy.fixedpoint.FireOnce;

/**
 * The quantisation report of one layer.
 *
 * @param layer population name
 * @param source source (encoder or population) name
 * @param size compartments
 * @param fanIn source size
 * @param weightBits mantissa width used
 * @param scaleQuantile the quantile of |w| mapped onto the largest mantissa for this layer (its
 *     per-layer override, else the deployment's scale_quantile)
 * @param scale mantissa units per float weight unit
 * @param scaleLimit what set the scale
 * @param weightExp the projection's weight exponent
 * @param voltsPerUnit voltage units per float unit, {@code scale * 2^(weightExp + 6)}
 * @param threshold the float threshold
 * @param vthMant the threshold mantissa
 * @param thresholdRepresented the float threshold the integers realise, {@code vthMant / (scale * 2^exp)}
 * @param clippedFraction share of weights clipped to the mantissa range
 * @param meanAbsRoundingError mean {@code |m / scale - w|} in float units
 * @param maxAbsRoundingError largest {@code |m / scale - w|} in float units
 * @param zeroFraction share of nonzero float weights that became mantissa 0
 * @param du current decay
 * @param dv voltage decay
 * @param biasMant bias mantissa
 * @param biasExp bias exponent
 * @param fireOnce fire-once mechanism
 * @param selfExp exponent of the self-inhibitory synapses
 * @param selfInhibitedNeurons compartments with at least one self-inhibitory synapse
 * @param selfSynapses self-inhibitory synapses in the layer
 * @param maxPositiveInput largest sum of positive increments into one compartment (voltage units)
 * @param maxNegativeInput largest sum of |negative increments| into one compartment, self-inhibition included
 */
public record LayerQuantisation(
    String layer,
    String source,
    int size,
    int fanIn,
    int weightBits,
    double scaleQuantile,
    double scale,
    ScaleLimit scaleLimit,
    int weightExp,
    double voltsPerUnit,
    double threshold,
    int vthMant,
    double thresholdRepresented,
    double clippedFraction,
    double meanAbsRoundingError,
    double maxAbsRoundingError,
    double zeroFraction,
    int du,
    int dv,
    int biasMant,
    int biasExp,
    FireOnce fireOnce,
    int selfExp,
    int selfInhibitedNeurons,
    int selfSynapses,
    long maxPositiveInput,
    long maxNegativeInput) {}
