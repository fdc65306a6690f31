package io.kairos.compiler.deploy.quantise;

import java.util.List;
import java.util.Locale;

/** The quantisation report of one network: one record per layer, in feed-forward order. */
public record QuantisationReport(String network, List<LayerQuantisation> layers) {
  public QuantisationReport {
    layers = List.copyOf(layers);
  }

  /** A plain-text table, one line per layer. */
  public String toText() {
    var sb = new StringBuilder();
    sb.append("quantisation of network ").append(network).append('\n');
    sb.append(String.format(Locale.ROOT, "%-12s %9s %5s %8s %10s %-20s %3s %10s %8s %9s %9s %10s %-15s %7s%n",
        "layer", "shape", "bits", "quantile", "scale", "scale limited by", "exp", "threshold", "vthMant",
        "clipped", "zeroed", "mean err", "fire once", "self"));
    for (LayerQuantisation l : layers) {
      sb.append(String.format(Locale.ROOT, "%-12s %9s %5d %8s %10.4g %-20s %3d %10.4g %8d %8.3f%% %8.3f%% %10.3g %-15s %7d%n",
          l.layer(), l.size() + "x" + l.fanIn(), l.weightBits(), quantile(l.scaleQuantile()), l.scale(), l.scaleLimit(), l.weightExp(),
          l.threshold(), l.vthMant(), 100 * l.clippedFraction(), 100 * l.zeroFraction(),
          l.meanAbsRoundingError(), l.fireOnce(), l.selfSynapses()));
    }
    return sb.toString();
  }

  /** The quantile as written in settings: 1, 0.999, 0.9995 (no trailing zeros, no exponent). */
  private static String quantile(double q) {
    return new java.math.BigDecimal(Double.toString(q)).stripTrailingZeros().toPlainString();
  }
}
