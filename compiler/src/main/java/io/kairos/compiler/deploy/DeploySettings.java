package io.kairos.compiler.deploy;

import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.quantise.QuantisationSettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The deployment settings a model's {@code deploy} block (or the command line) may give, with
 * their defaults: {@code weight_bits} (integer in [2, the chip's weight bits]; default the chip's),
 * {@code scale_quantile} (in (0, 1]; default {@link #DEFAULT_SCALE_QUANTILE}) and per-layer
 * overrides of it, {@code scale_quantile.NETWORK/LAYER} (docs/quantisation.md).
 */
public final class DeploySettings {
  public static final List<String> KNOWN = List.of("scale_quantile", "weight_bits");

  /** The prefix of a per-layer scale quantile: {@code scale_quantile.discriminator/hidden}. */
  public static final String LAYER_SCALE_QUANTILE_PREFIX = "scale_quantile.";

  /** Network and population names are DSL identifiers. */
  private static final Pattern LAYER_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*/[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The default quantile of |w| mapped to the largest mantissa: 1, nothing clipped. 0.999 is better
   * for a large layer (the S4NN classifier at 8 bits: 99.30% of decisions identical instead of
   * 98.80%); a layer of fewer than 1,000 weights is unchanged by it (the quantile is then its
   * largest |w|), and lower quantiles that do clip the GAN discriminator's 2 x 400 verdict layer
   * cost fidelity (docs/results.md, "Deployment"). A model chooses it in its deploy block, as
   * examples/s4nn-mnist.snn does, globally or per layer.
   */
  public static final double DEFAULT_SCALE_QUANTILE = 1.0;

  private DeploySettings() {}

  /** The setting name of a per-layer scale quantile for layer {@code network/population}. */
  public static String layerScaleQuantileKey(String layer) {
    return LAYER_SCALE_QUANTILE_PREFIX + layer;
  }

  /**
   * @param settings settings by name
   * @param chip the target's widths
   * @param layers every layer a per-layer setting may name, {@code network/population}
   * @throws DeploymentException for an unknown or malformed name, a value out of range, or a
   *     per-layer setting naming a layer not in {@code layers}
   */
  public static QuantisationSettings quantisation(
      Map<String, Double> settings, DatapathWidths chip, Collection<String> layers) {
    Map<String, Double> perLayer = new TreeMap<>();
    for (var e : settings.entrySet()) {
      String k = e.getKey();
      if (k.startsWith(LAYER_SCALE_QUANTILE_PREFIX)) {
        String layer = k.substring(LAYER_SCALE_QUANTILE_PREFIX.length());
        if (!LAYER_NAME.matcher(layer).matches()) {
          throw malformed(k, layers);
        }
        if (!layers.contains(layer)) {
          throw new DeploymentException(
              "deployment setting '" + k + "' names layer " + layer + ", which the model does not have; layers: "
                  + String.join(", ", layers));
        }
        perLayer.put(layer, quantile(k, e.getValue()));
      } else if (!KNOWN.contains(k)) {
        if (k.matches(".*[./\\[\\]].*")) {
          throw malformed(k, layers);
        }
        throw new DeploymentException(
            "unknown deployment setting '" + k + "'; known settings: " + String.join(", ", KNOWN));
      }
    }
    int bits = chip.weightBits();
    Double b = settings.get("weight_bits");
    if (b != null) {
      if (b != Math.rint(b) || b < 2 || b > chip.weightBits()) {
        throw new DeploymentException(
            "weight_bits must be an integer in [2, " + chip.weightBits() + "] for this chip, got " + b);
      }
      bits = b.intValue();
    }
    double q = DEFAULT_SCALE_QUANTILE;
    Double sq = settings.get("scale_quantile");
    if (sq != null) {
      q = quantile("scale_quantile", sq);
    }
    return new QuantisationSettings(bits, q, perLayer);
  }

  private static double quantile(String key, Double v) {
    if (v == null || !(v > 0 && v <= 1)) {
      throw new DeploymentException(key + " must be in (0, 1], got " + v);
    }
    return v;
  }

  private static DeploymentException malformed(String key, Collection<String> layers) {
    return new DeploymentException(
        "malformed deployment setting '" + key + "'; only scale_quantile has per-layer values, written "
            + LAYER_SCALE_QUANTILE_PREFIX + "NETWORK/LAYER with one of the layers " + String.join(", ", layers));
  }
}
