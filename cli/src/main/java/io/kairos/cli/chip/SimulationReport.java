package io.kairos.cli.chip;

import io.kairos.compiler.deploy.DeployJson;
import java.util.List;

/**
 * {@code simulation.json}: what {@code kairos simulate} measured on the hardware model.
 *
 * @param deployFolder the deploy folder simulated
 * @param network the network fed with inputs
 * @param role classifier, generator or image network
 * @param inputs where the inputs came from
 * @param window time steps per sample
 * @param threads simulator threads (results do not depend on it)
 * @param classifier decisions and accuracy (classifiers only)
 * @param energy timing and energy ESTIMATE per inference, in the mode run
 * @param fullWindowEnergy with {@code --early-exit}: the same samples over the full window
 * @param energySavedUj with {@code --early-exit}: mean total energy saved per inference by stopping early
 * @param referenceCheck with {@code --verify-reference}: bit-exactness against the fixed-point reference
 * @param perSample one line per sample
 * @param files the pictures written
 */
public record SimulationReport(
    String deployFolder,
    String network,
    String role,
    String inputs,
    int window,
    int threads,
    ClassifierResult classifier,
    EnergySummary energy,
    EnergySummary fullWindowEnergy,
    Double energySavedUj,
    ReferenceCheck.Result referenceCheck,
    List<SampleLine> perSample,
    List<String> files) {

  /**
   * Decisions read from output spikes only (the chip exposes no potentials): the earliest output
   * spike names the class; a sample with no output spike has no decision and counts as wrong.
   *
   * @param accuracyS4nn ties that include the correct class count as correct
   * @param accuracyStrict the correct class alone fires first
   * @param silentSamples samples with no output spike
   * @param meanDecisionStep mean step of the first output spike over samples that have one
   */
  public record ClassifierResult(double accuracyS4nn, double accuracyStrict, int silentSamples, double meanDecisionStep) {}

  /**
   * @param prediction earliest output neuron (lowest index on ties), or -1 when no output fired
   * @param decisionStep step of the first output spike, or the window when none
   * @param label the correct class, or -1
   */
  public record SampleLine(int sample, int steps, long cycles, double latencyUs, double dynamicUj, double staticUj,
      double totalUj, long spikes, int prediction, int decisionStep, int label) {}

  public String toJson() {
    return DeployJson.write(this);
  }
}
