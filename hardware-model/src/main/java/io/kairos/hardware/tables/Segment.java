package io.kairos.hardware.tables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Compartments {@code first .. first+count-1} of one core. JSON: {@code [chip, core, first, count]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"chip", "core", "first", "count"})
public record Segment(int chip, int core, int first, int count) {
}
