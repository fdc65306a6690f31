package io.kairos.compiler.deploy.quantise;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quantisation choices a deployment may override.
 *
 * @param weightBits signed mantissa width, {@code [-2^(b-1), 2^(b-1) - 1]}; at most the target's
 * @param scaleQuantile the quantile of |w| that maps onto the largest mantissa; 1 (default) maps
 *     the largest |w| and clips nothing, below 1 clips the largest weights for finer resolution
 * @param layerScaleQuantiles per-layer overrides of {@code scaleQuantile}, keyed by {@code
 *     network/population} (a small layer needs its few strongest weights unclipped, a large one
 *     gains resolution by clipping a few; docs/quantisation.md)
 */
public record QuantisationSettings(int weightBits, double scaleQuantile, Map<String, Double> layerScaleQuantiles) {
  public QuantisationSettings {
    checkQuantile("scale_quantile", scaleQuantile);
    var sorted = new TreeMap<String, Double>();
    for (var e : layerScaleQuantiles.entrySet()) {
      checkQuantile("scale_quantile for " + e.getKey(), e.getValue());
      sorted.put(e.getKey(), e.getValue());
    }
    layerScaleQuantiles = Collections.unmodifiableMap(sorted);
  }

  /** One quantile for every layer. */
  public QuantisationSettings(int weightBits, double scaleQuantile) {
    this(weightBits, scaleQuantile, Map.of());
  }

  /** The quantile that layer {@code network/layer} uses: its override, else the global one. */
  public double scaleQuantileOf(String network, String layer) {
    return layerScaleQuantiles.getOrDefault(layerKey(network, layer), scaleQuantile);
  }

  /** The name a deployment gives a layer, {@code network/population}. */
  public static String layerKey(String network, String layer) {
    return network + "/" + layer;
  }

  private static void checkQuantile(String what, Double q) {
    if (q == null || !(q > 0 && q <= 1)) {
      throw new IllegalArgumentException(what + " must be in (0, 1], got " + q);
    }
  }
}
