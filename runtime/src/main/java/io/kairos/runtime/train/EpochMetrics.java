package io.kairos.runtime.train;

import java.util.Map;

/**
 * One line of {@code metrics.jsonl}: what an epoch of training achieved (docs/run-folder.md).
 *
 * @param epoch 1-based epoch number
 * @param trainSeconds wall time of the training pass
 * @param imagesPerSecond training throughput
 * @param runningAccuracy S4NN-rule accuracy of the training forward passes, each measured before
 *     that sample's update
 * @param trainAccuracy training-set accuracy after the epoch, S4NN rule
 * @param trainAccuracyStrict training-set accuracy after the epoch, strict rule
 * @param testAccuracy test-set accuracy, S4NN rule
 * @param testAccuracyStrict test-set accuracy, strict rule
 * @param meanDecisionTime mean first-output-spike time on the test set ({@code window} when none)
 * @param silentOutputs test samples on which no output fired
 * @param spikesPerImage mean spikes per test image by population (input first)
 * @param redrawn dead neurons re-drawn after the epoch, by population
 */
public record EpochMetrics(
    int epoch,
    double trainSeconds,
    double imagesPerSecond,
    double runningAccuracy,
    double trainAccuracy,
    double trainAccuracyStrict,
    double testAccuracy,
    double testAccuracyStrict,
    double meanDecisionTime,
    long silentOutputs,
    Map<String, Double> spikesPerImage,
    Map<String, Integer> redrawn) {}
