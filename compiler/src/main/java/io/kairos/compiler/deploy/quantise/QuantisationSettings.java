package io.kairos.compiler.deploy.quantise;

/**
 * Quantisation choices a deployment may override.
 *
 * @param weightBits signed mantissa width, {@code [-2^(b-1), 2^(b-1) - 1]}; at most the target's
 * @param scaleQuantile the quantile of |w| that maps onto the largest mantissa; 1 (default) maps
 *     the largest |w| and clips nothing, below 1 clips the largest weights for finer resolution
 */
public record QuantisationSettings(int weightBits, double scaleQuantile) {
  public QuantisationSettings {
    if (!(scaleQuantile > 0 && scaleQuantile <= 1)) {
      throw new IllegalArgumentException("scale_quantile must be in (0, 1], got " + scaleQuantile);
    }
  }
}
