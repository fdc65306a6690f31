package io.kairos.hardware.tables;

import java.util.List;

/** One external input: a spike on this port is sent to every destination axon. */
public record InputPort(List<AxonRef> destinations) {
    public InputPort {
        destinations = List.copyOf(destinations);
    }
}
