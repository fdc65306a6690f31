package io.kairos.runtime.data;

/**
 * A training set (in training order) and a test set.
 *
 * @param description where the data came from, for logs and the run manifest
 */
public record TrainTestData(LabelledImages train, LabelledImages test, String description) {}
