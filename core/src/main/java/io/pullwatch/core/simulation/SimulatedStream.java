package io.pullwatch.core.simulation;

import java.util.List;

/** A simulated stream in time order, with its answer key. */
public record SimulatedStream(List<SimulatedEvent> events, SimulationTruth truth) {

    public SimulatedStream {
        events = List.copyOf(events);
    }
}
