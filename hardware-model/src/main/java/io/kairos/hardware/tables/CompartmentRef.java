package io.kairos.hardware.tables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One compartment: JSON {@code [chip, core, compartment]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"chip", "core", "compartment"})
public record CompartmentRef(int chip, int core, int compartment) {
}
