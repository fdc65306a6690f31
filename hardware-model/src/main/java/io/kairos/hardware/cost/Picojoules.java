package io.kairos.hardware.cost;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An energy. A distinct type from {@link Nanoseconds} so time and energy cannot be added. JSON: a number. */
public record Picojoules(@JsonValue double value) implements Comparable<Picojoules> {
    public static final Picojoules ZERO = new Picojoules(0);

    @JsonCreator
    public Picojoules {
    }

    public Picojoules plus(Picojoules o) {
        return new Picojoules(value + o.value);
    }

    public Picojoules times(double k) {
        return new Picojoules(value * k);
    }

    public double microjoules() {
        return value / 1e6;
    }

    @Override
    public int compareTo(Picojoules o) {
        return Double.compare(value, o.value);
    }

    @Override
    public String toString() {
        return String.format("%.1f pJ", value);
    }
}
