package io.kairos.hardware.tables;

import java.util.List;

/**
 * A named population: neuron {@code i} of the layer is the i-th compartment in the concatenation
 * of the segments.
 */
public record Layer(String name, List<Segment> segments) {
    public Layer {
        segments = List.copyOf(segments);
    }

    /** Number of neurons. */
    public int size() {
        int n = 0;
        for (Segment s : segments) {
            n += s.count();
        }
        return n;
    }
}
