package io.kairos.hardware.cost;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A duration. A distinct type from {@link Picojoules} so time and energy cannot be added. JSON: a number. */
public record Nanoseconds(@JsonValue double value) implements Comparable<Nanoseconds> {
    public static final Nanoseconds ZERO = new Nanoseconds(0);

    @JsonCreator
    public Nanoseconds {
    }

    public Nanoseconds plus(Nanoseconds o) {
        return new Nanoseconds(value + o.value);
    }

    public Nanoseconds times(double k) {
        return new Nanoseconds(value * k);
    }

    public Nanoseconds max(Nanoseconds o) {
        return value >= o.value ? this : o;
    }

    public double microseconds() {
        return value / 1e3;
    }

    @Override
    public int compareTo(Nanoseconds o) {
        return Double.compare(value, o.value);
    }

    @Override
    public String toString() {
        return String.format("%.1f ns", value);
    }
}
