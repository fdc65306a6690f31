package io.kairos.runtime.gan;

import java.util.Map;

/**
 * What a GAN does at inference, measured on held-out real digits and generated digits
 * (docs/gan.md, "Metrics").
 *
 * @param dAccuracyReal share of real digits D classifies as real (strict rule: unique earliest spike)
 * @param dAccuracyFake share of generated digits D classifies as fake (strict rule)
 * @param dLoss D's loss: mean of {@code 0.5 ||(T - t) / window||^2} over real (label real) and
 *     generated (label fake) digits, targets by the training loss
 * @param gLoss G's loss: the same on generated digits labelled real
 * @param decisionTime D's inference time: mean decision step (first output spike; {@code window}
 *     when none fired) over real and generated digits together
 * @param decisionTimeReal the same over real digits only
 * @param decisionTimeFake the same over generated digits only
 * @param dSpikes D's spikes per inference by population (input first), whole window
 * @param dSpikesBeforeDecision D's spikes per inference by population with time {@code <=} the
 *     decision step (all of them when no output fired)
 * @param gSpikes G's spikes per generated digit by population (noise input first)
 * @param gLastSpike mean time of G's last output spike, over generated digits with any output spike
 * @param silentPixelShare share of G's output neurons that did not fire (black pixels)
 */
public record GanStats(
    double dAccuracyReal,
    double dAccuracyFake,
    double dLoss,
    double gLoss,
    double decisionTime,
    double decisionTimeReal,
    double decisionTimeFake,
    Map<String, Double> dSpikes,
    Map<String, Double> dSpikesBeforeDecision,
    Map<String, Double> gSpikes,
    double gLastSpike,
    double silentPixelShare) {

  /** Total of a per-population spike map. */
  public static double total(Map<String, Double> spikes) {
    return spikes.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
