package io.kairos.hardware.tables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A destination of a spike message: input axon {@code axon} of core {@code core} on chip {@code chip}. JSON: {@code [chip, core, axon]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"chip", "core", "axon"})
public record AxonRef(int chip, int core, int axon) {
}
