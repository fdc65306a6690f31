package io.kairos.compiler.deploy;

import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.quantise.QuantisationSettings;
import java.util.List;
import java.util.Map;

/**
 * The deployment settings a model's {@code deploy} block (or the command line) may give, with
 * their defaults: {@code weight_bits} (integer in [2, the chip's weight bits]; default the chip's)
 * and {@code scale_quantile} (in (0, 1]; default {@link #DEFAULT_SCALE_QUANTILE}).
 */
public final class DeploySettings {
  public static final List<String> KNOWN = List.of("scale_quantile", "weight_bits");

  /**
   * The default quantile of |w| mapped to the largest mantissa: 1, nothing clipped. 0.999 is better
   * for a large layer (the S4NN classifier at 8 bits: 99.30% of decisions identical instead of
   * 98.80%) but clips the strongest weights of a small one (the demo GAN's 400-to-2 discriminator
   * output: 54% of output times identical instead of 85%); docs/results.md, "Deployment". A model
   * chooses it in its deploy block, as examples/s4nn-mnist.snn does.
   */
  public static final double DEFAULT_SCALE_QUANTILE = 1.0;

  private DeploySettings() {}

  public static QuantisationSettings quantisation(Map<String, Double> settings, DatapathWidths chip) {
    for (String k : settings.keySet()) {
      if (!KNOWN.contains(k)) {
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
      if (!(sq > 0 && sq <= 1)) {
        throw new DeploymentException("scale_quantile must be in (0, 1], got " + sq);
      }
      q = sq;
    }
    return new QuantisationSettings(bits, q);
  }
}
