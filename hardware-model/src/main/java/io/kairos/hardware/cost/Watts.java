package io.kairos.hardware.cost;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A power; the only way from time to energy is {@link #over(Nanoseconds)}. */
public record Watts(@JsonValue double value) {
    @JsonCreator
    public Watts {
    }

    /** Energy spent at this power for {@code t}: 1 W x 1 ns = 1 nJ = 1000 pJ. */
    public Picojoules over(Nanoseconds t) {
        return new Picojoules(value * t.value() * 1e3);
    }
}
