package io.kairos.hardware.tables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One synapse: written in JSON as the array {@code [compartment, weight, delay]}.
 *
 * @param compartment target compartment on the same core
 * @param weight      weight mantissa
 * @param delay       extra time steps before the input is integrated (0 = the earliest step)
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"compartment", "weight", "delay"})
public record Synapse(int compartment, int weight, int delay) {
}
