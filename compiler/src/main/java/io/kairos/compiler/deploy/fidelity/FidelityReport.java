package io.kairos.compiler.deploy.fidelity;

import io.kairos.compiler.deploy.DeployJson;
import java.util.List;
import java.util.Locale;

/**
 * Float versus fixed-point behaviour of one network on given samples.
 *
 * @param network network name
 * @param kind {@code classifier} (labels given) or {@code generator}
 * @param samples number of samples
 * @param floatAccuracyS4nn classifier only: float accuracy under the S4NN rule
 * @param fixedAccuracyS4nn classifier only: fixed-point accuracy under the S4NN rule
 * @param floatAccuracyStrict classifier only: float accuracy under the strict rule
 * @param fixedAccuracyStrict classifier only: fixed-point accuracy under the strict rule
 * @param decisionAgreement networks whose output names classes (a classifier, a discriminator):
 *     share of samples whose S4NN predictions agree; null for a generator
 * @param outputIdenticalShare share of identical output spike times (a generator's pixel times)
 * @param fixedRepeatSpikes spikes after a neuron's first one in fixed point (0 if fire-once holds)
 * @param layers per-layer spike-time agreement, feed-forward order
 */
public record FidelityReport(
    String network,
    String kind,
    int samples,
    Double floatAccuracyS4nn,
    Double fixedAccuracyS4nn,
    Double floatAccuracyStrict,
    Double fixedAccuracyStrict,
    Double decisionAgreement,
    double outputIdenticalShare,
    long fixedRepeatSpikes,
    List<LayerFidelity> layers) {
  public FidelityReport {
    layers = List.copyOf(layers);
  }

  public String toJson() {
    return DeployJson.write(this);
  }

  public String toText() {
    var sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "fidelity of %s %s on %d samples (float vs fixed point)%n", kind, network, samples));
    if (floatAccuracyS4nn != null) {
      sb.append(String.format(Locale.ROOT, "  accuracy, S4NN rule:   float %6.2f%%   fixed %6.2f%%%n",
          100 * floatAccuracyS4nn, 100 * fixedAccuracyS4nn));
      sb.append(String.format(Locale.ROOT, "  accuracy, strict rule: float %6.2f%%   fixed %6.2f%%%n",
          100 * floatAccuracyStrict, 100 * fixedAccuracyStrict));
    }
    if (decisionAgreement != null) {
      sb.append(String.format(Locale.ROOT, "  decision agreement:    %6.2f%%%n", 100 * decisionAgreement));
    }
    sb.append(String.format(Locale.ROOT, "  identical output times: %6.2f%%   repeat spikes in fixed point: %d%n",
        100 * outputIdenticalShare, fixedRepeatSpikes));
    sb.append(String.format(Locale.ROOT, "  %-12s %10s %12s %10s %10s%n", "layer", "identical", "mean |dt|", "float fired", "fixed fired"));
    for (LayerFidelity l : layers) {
      sb.append(String.format(Locale.ROOT, "  %-12s %9.2f%% %12.4f %9.2f%% %9.2f%%%n",
          l.layer(), 100 * l.identicalShare(), l.meanAbsDifference(), 100 * l.floatFiredShare(), 100 * l.fixedFiredShare()));
    }
    return sb.toString();
  }
}
